"""CSV reading and writing for Pyrite. The parser, the writer and the
dialect registry are native (`_csv`); this module adds the Dialect base
class, the standard dialects and the DictReader/DictWriter helpers.
"""

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
