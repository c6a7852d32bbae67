"""CSV reading and writing for Pyrite. The parser, the writer and the
dialect registry are native (`_csv`); this module adds the Dialect base
class, the standard dialects and the DictReader/DictWriter helpers.
"""

import re
import io as _io
from _csv import (Error, Dialect as _NativeDialect, reader, writer, register_dialect,
                  unregister_dialect, get_dialect, list_dialects, field_size_limit, _dict_row,
                  QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, __version__)


class Dialect:
    """Describes a CSV format; subclass it and set the class attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        # Only subclasses describe a usable format; checking the attributes
        # through the native constructor gives CPython's messages.
        self._valid = type(self) is not Dialect
        try:
            _NativeDialect(self)
        except TypeError as exc:
            raise Error(str(exc)) from None


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Files generated on UNIX: '\\n' line ends and every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)


# ----- dict helpers -----

class DictReader:
    """Iterates over the records of `f` as dicts keyed by `fieldnames`
    (by default the first record). Extra values go in a list under
    `restkey`; missing ones are `restval`. Blank records are skipped."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey, self.restval = restkey, restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            header = next(self.reader, None)
            if header is not None:
                self._fieldnames = header
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        keys = self._fieldnames if self.line_num else self.fieldnames
        src = self.reader
        while True:
            record = next(src)
            if record:
                break
        self.line_num = src.line_num
        return _dict_row(keys, record, self.restkey, self.restval)


class DictWriter:
    """Writes dicts as records with the values in `fieldnames` order;
    absent keys get `restval`, unknown keys raise ValueError unless
    `extrasaction` is 'ignore'."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        mode = extrasaction.lower()
        if mode not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(list(self.fieldnames))

    def _values(self, rowdict):
        names = self.fieldnames
        if self.extrasaction == 'raise':
            for key in rowdict:
                if key not in names:
                    unknown = ', '.join(repr(k) for k in rowdict if k not in names)
                    raise ValueError('dict contains fields not in fieldnames: ' + unknown)
        get, fill = rowdict.get, self.restval
        out = []
        for key in names:
            out.append(get(key, fill))
        return out

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._values, rowdicts))


# ----- Sniffer -----

# Quoted fields, tried in this order until one finds something: a quoted
# field between two delimiters, at the start of a line, at the end of a
# line, then alone on a line.  `delim` is any non-word character other than
# a quote or newline; `space` catches one optional blank after it.
_NOT_WORD = r'[^\w\n"\']'
_QUOTED = r'(?P<quote>["\']).*?(?P=quote)'
_QUOTE_SHAPES = (
    '(?P<delim>' + _NOT_WORD + ')(?P<space> ?)' + _QUOTED + '(?P=delim)',
    '(?:^|\n)' + _QUOTED + '(?P<delim>' + _NOT_WORD + ')(?P<space> ?)',
    '(?P<delim>' + _NOT_WORD + ')(?P<space> ?)' + _QUOTED + '(?:$|\n)',
    '(?:^|\n)' + _QUOTED + '(?:$|\n)',
)


def _most_common(counts):
    """The key with the highest count (the first seen among equals)."""
    return max(counts, key=counts.get)


class Sniffer:
    """Guesses the dialect of a CSV sample (`sniff`) and whether its first
    row is a header (`has_header`)."""

    def __init__(self):
        # Delimiters to pick, in this order, when several look equally good.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing `sample`."""
        quote, doubled, delim, blank = self._quoted_fields(sample, delimiters)
        if not delim:
            delim, blank = self._regular_char(sample, delimiters)
        if not delim:
            raise Error("Could not determine delimiter")
        found = {'_name': 'sniffed', 'lineterminator': '\r\n', 'quoting': QUOTE_MINIMAL,
                 'doublequote': doubled, 'delimiter': delim, 'quotechar': quote or '"',
                 'skipinitialspace': blank}
        return type('dialect', (Dialect,), found)

    def _quoted_fields(self, data, delimiters):
        """Look at quoted fields: the commonest quote character, the
        commonest character right before/after them, whether a blank
        follows that delimiter every time, and whether quotes are doubled."""
        found = []
        for shape in _QUOTE_SHAPES:
            found = list(re.finditer(shape, data, re.DOTALL | re.MULTILINE))
            if found:
                break
        if not found:
            return "", False, None, 0
        quote_counts, delim_counts, blanks = {}, {}, 0
        for m in found:
            q = m.group('quote')
            if q:
                quote_counts[q] = quote_counts.get(q, 0) + 1
            if 'delim' not in m.re.groupindex:
                continue
            d = m.group('delim')
            if d and (delimiters is None or d in delimiters):
                delim_counts[d] = delim_counts.get(d, 0) + 1
            if m.group('space'):
                blanks += 1
        quotechar = _most_common(quote_counts)
        delim, skipinitialspace = '', 0
        if delim_counts:
            delim = _most_common(delim_counts)
            skipinitialspace = delim_counts[delim] == blanks
            if delim == '\n':
                # A single column of quoted values.
                delim = ''
        # Doubled quotes: a field (between delimiters or line ends) holding
        # three quote characters.
        d = re.escape(delim)
        outside = '[^' + d + '\n]*'
        doubled = ('((' + d + ')|^)\\W*' + quotechar + outside + quotechar + outside
                   + quotechar + '\\W*((' + d + ')|$)')
        doublequote = re.search(doubled, data, re.MULTILINE) is not None
        return quotechar, doublequote, delim, skipinitialspace

    def _regular_char(self, data, delimiters):
        """Find a character that occurs the same number of times on (nearly)
        every line, looking at growing chunks of ten lines."""
        lines = [line for line in data.split('\n') if line]
        step = min(10, len(lines))
        candidates = [chr(c) for c in range(127)]
        # char -> {count on a line: number of lines with that count}
        histograms = {}
        modes = {}
        chosen = {}
        rounds = 0
        lo = 0
        while lo < len(lines):
            rounds += 1
            for line in lines[lo:lo + step]:
                for ch in candidates:
                    hist = histograms.setdefault(ch, {})
                    n = line.count(ch)
                    hist[n] = hist.get(n, 0) + 1
            for ch, hist in histograms.items():
                pairs = list(hist.items())
                if len(pairs) == 1:
                    if pairs[0][0] == 0:
                        continue
                    modes[ch] = pairs[0]
                    continue
                best = max(pairs, key=lambda p: p[1])
                others = sum(p[1] for p in pairs) - best[1]
                modes[ch] = (best[0], best[1] - others)
            seen = float(min(step * rounds, len(lines)))
            # Lower the bar from 100% to 90% until some character qualifies.
            bar = 1.0
            while not chosen and bar >= 0.9:
                for ch, (count, lines_with) in modes.items():
                    if count > 0 and lines_with > 0 and lines_with / seen >= bar \
                            and (delimiters is None or ch in delimiters):
                        chosen[ch] = (count, lines_with)
                bar -= 0.01
            if len(chosen) == 1:
                only = next(iter(chosen))
                return (only, self._blank_after(lines[0], only))
            lo += step
        if not chosen:
            return ('', 0)
        if len(chosen) > 1:
            for ch in self.preferred:
                if ch in chosen:
                    return (ch, self._blank_after(lines[0], ch))
        ranked = sorted((mode, ch) for ch, mode in chosen.items())
        best = ranked[-1][1]
        return (best, self._blank_after(lines[0], best))

    @staticmethod
    def _blank_after(line, delim):
        """Whether every `delim` on `line` is followed by a blank."""
        return line.count(delim) == line.count(delim + ' ')

    def has_header(self, sample):
        """Guess whether the first row of `sample` is a header: a column
        whose values all parse as numbers (or all have one length) while
        the first row's value does not votes for a header."""
        rows = reader(_io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        # column -> complex (numeric) or an int (the common length)
        kinds = dict.fromkeys(range(width))
        for looked, row in enumerate(rows):
            if looked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                value = row[col]
                try:
                    complex(value)
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(value)
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                votes += 1 if len(header[col]) != kind else -1
                continue
            try:
                kind(header[col])
            except (ValueError, TypeError):
                votes += 1
            else:
                votes -= 1
        return votes > 0
