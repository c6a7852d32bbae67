"""CSV reading and writing for Pyrite: reader/writer state machines,
dialects (excel, excel-tab, unix) and the DictReader/DictWriter helpers.
"""

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

__version__ = '1.0'


class Error(Exception):
    __module__ = '_csv'


_limit = 131072


def field_size_limit(*args):
    """Get (and with an argument, set) the largest field the reader accepts."""
    global _limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got {}'.format(len(args)))
    old = _limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit = args[0]
    return old


class Dialect:
    """Describes a CSV format; subclass it and set the class attributes."""
    _name = ''
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
        if type(self) is not Dialect:
            self._valid = True
        _Spec(self)


def _one_char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"{}" must be string or None, not {}'.format(name, type(value).__name__))
        raise TypeError('"{}" must be string, not {}'.format(name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"{}" must be a 1-character string'.format(name))
    return value


class _Spec:
    """A validated, immutable set of dialect parameters."""

    def __init__(self, base=None, **kw):
        def pick(name, default):
            if name in kw:
                return kw[name]
            if base is not None and getattr(base, name, None) is not None:
                return getattr(base, name)
            if base is not None and name in ('escapechar',):
                return getattr(base, name, None)
            return default

        unknown = set(kw) - {'delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                             'lineterminator', 'quoting', 'strict'}
        if unknown:
            raise TypeError("'{}' is an invalid keyword argument for Dialect()".format(sorted(unknown)[0]))
        quoting = pick('quoting', QUOTE_MINIMAL)
        if not isinstance(quoting, int) or quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        self.delimiter = _one_char('delimiter', pick('delimiter', ','), False)
        qc = pick('quotechar', '"')
        self.quotechar = _one_char('quotechar', qc, True)
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        self.escapechar = _one_char('escapechar', pick('escapechar', None), True)
        lt = pick('lineterminator', '\r\n')
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string, not ' + type(lt).__name__)
        self.lineterminator = lt
        self.doublequote = bool(pick('doublequote', True))
        self.skipinitialspace = bool(pick('skipinitialspace', False))
        self.strict = bool(pick('strict', False))


_registry = {}


def _resolve(dialect, kw):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    return _Spec(dialect, **kw)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    base = dialect if dialect is not None else None
    if isinstance(base, str):
        base = get_dialect(base)
    _registry[name] = _PublicDialect(_Spec(base, **fmtparams))


def unregister_dialect(name):
    if name not in _registry:
        raise Error('unknown dialect')
    del _registry[name]


def get_dialect(name):
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_registry)


class _PublicDialect:
    """What get_dialect returns: read-only dialect attributes."""

    def __init__(self, spec):
        for k in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                  'lineterminator', 'quoting', 'strict'):
            object.__setattr__(self, k, getattr(spec, k))

    def __setattr__(self, name, value):
        raise AttributeError('attribute is not writable')


_PublicDialect.__name__ = 'Dialect'
_PublicDialect.__qualname__ = 'Dialect'


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


# ----- writing -----

class _Writer:
    def __init__(self, f, spec):
        self._write = getattr(f, 'write', None)
        if self._write is None:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _PublicDialect(spec)
        self._spec = spec
        marks = {spec.delimiter, spec.quotechar, spec.escapechar} | set(spec.lineterminator)
        marks.discard(None)
        self._specials = ''.join(sorted(marks))

    def _field(self, value, out):
        """Append the text of one field."""
        sp = self._spec
        if value is None:
            text = ''
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        quote = sp.quoting == QUOTE_ALL or (
            sp.quoting == QUOTE_NONNUMERIC and (value is None or not isinstance(value, (int, float))))
        for c in self._specials:
            if c in text:
                break
        else:
            out.append(sp.quotechar + text + sp.quotechar if quote else text)
            return
        pieces = []
        for ch in text:
            special = (ch == sp.delimiter or ch == sp.escapechar or ch == sp.quotechar
                       or ch in sp.lineterminator)
            escape = False
            if special:
                if sp.quoting == QUOTE_NONE:
                    escape = True
                elif ch == sp.quotechar:
                    if sp.doublequote:
                        pieces.append(ch)
                        quote = True
                    else:
                        escape = True
                elif ch == sp.escapechar:
                    escape = True
                else:
                    quote = True
                if escape:
                    if sp.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    pieces.append(sp.escapechar)
            pieces.append(ch)
        body = ''.join(pieces)
        if quote:
            body = sp.quotechar + body + sp.quotechar
        out.append(body)

    def writerow(self, row):
        try:
            items = iter(row)
        except TypeError:
            raise Error('iterable expected, not ' + type(row).__name__) from None
        sp = self._spec
        out = []
        for value in items:
            self._field(value, out)
        if len(out) == 1 and out[0] == '':
            if sp.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out[0] = sp.quotechar * 2
        return self._write(sp.delimiter.join(out) + sp.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """A writer object that formats rows onto `csvfile` (anything with write)."""
    return _Writer(csvfile, _resolve(dialect, fmtparams))


# ----- reading -----

_START_RECORD, _START_FIELD, _ESCAPED, _IN_FIELD, _IN_QUOTED, _ESCAPE_IN_QUOTED, \
    _QUOTE_IN_QUOTED, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)


class _Reader:
    def __init__(self, source, spec):
        self._lines = iter(source)
        self.dialect = _PublicDialect(spec)
        self._spec = spec
        self.line_num = 0

    def __iter__(self):
        return self

    def _plain(self, line):
        """Whether `line` needs no quote/escape handling: then splitting on
        the delimiter gives the same fields as the state machine."""
        sp = self._spec
        if sp.quotechar is not None and sp.quoting != QUOTE_NONE and sp.quotechar in line:
            return False
        if sp.escapechar is not None and sp.escapechar in line:
            return False
        body = line.rstrip('\r\n')
        return '\r' not in body and '\n' not in body

    def _split_plain(self, line):
        sp = self._spec
        body = line.rstrip('\r\n')
        if not body:
            return []
        fields = body.split(sp.delimiter)
        if sp.skipinitialspace:
            fields = [f.lstrip(' ') for f in fields]
        for f in fields:
            if len(f) > _limit:
                raise Error('field larger than field limit ({})'.format(_limit))
        if sp.quoting == QUOTE_NONNUMERIC:
            fields = [float(f) if f else f for f in fields]
        return fields

    def __next__(self):
        sp = self._spec
        fields = []
        field = []
        numeric = False
        state = _START_RECORD

        def finish(chars, as_number):
            text = ''.join(chars)
            if as_number:
                text = float(text)
            fields.append(text)

        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if field or state == _IN_QUOTED:
                    if sp.strict:
                        raise Error('unexpected end of data')
                    finish(field, numeric)
                    return fields
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not {} (the file should be opened in text mode)'.format(
                    type(line).__name__))
            self.line_num += 1
            if '\0' in line:
                raise Error('line contains NUL')
            if state == _START_RECORD and self._plain(line):
                return self._split_plain(line)
            for ch in line:
                if state == _START_RECORD:
                    if ch in '\r\n':
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if ch in '\r\n':
                        finish(field, False)
                        field = []
                        state = _EAT_CRNL
                    elif ch == sp.quotechar and sp.quoting != QUOTE_NONE:
                        state = _IN_QUOTED
                    elif ch == sp.escapechar:
                        state = _ESCAPED
                    elif ch == ' ' and sp.skipinitialspace:
                        pass
                    elif ch == sp.delimiter:
                        finish(field, False)
                        field = []
                    else:
                        field.append(ch)
                        numeric = sp.quoting == QUOTE_NONNUMERIC
                        state = _IN_FIELD
                elif state == _ESCAPED:
                    field.append(ch)
                    state = _AFTER_ESCAPED_CRNL if ch in '\r\n' else _IN_FIELD
                elif state in (_IN_FIELD, _AFTER_ESCAPED_CRNL):
                    if ch in '\r\n':
                        finish(field, numeric)
                        field = []
                        numeric = False
                        state = _EAT_CRNL
                    elif ch == sp.escapechar:
                        state = _ESCAPED
                    elif ch == sp.delimiter:
                        finish(field, numeric)
                        field = []
                        numeric = False
                        state = _START_FIELD
                    else:
                        field.append(ch)
                        state = _IN_FIELD
                elif state == _IN_QUOTED:
                    if ch == sp.escapechar:
                        state = _ESCAPE_IN_QUOTED
                    elif ch == sp.quotechar and sp.quoting != QUOTE_NONE:
                        state = _QUOTE_IN_QUOTED if sp.doublequote else _IN_FIELD
                    else:
                        field.append(ch)
                elif state == _ESCAPE_IN_QUOTED:
                    field.append(ch)
                    state = _IN_QUOTED
                elif state == _QUOTE_IN_QUOTED:
                    if ch == sp.quotechar:
                        field.append(ch)
                        state = _IN_QUOTED
                    elif ch == sp.delimiter:
                        finish(field, numeric)
                        field = []
                        numeric = False
                        state = _START_FIELD
                    elif ch in '\r\n':
                        finish(field, numeric)
                        field = []
                        numeric = False
                        state = _EAT_CRNL
                    elif not sp.strict:
                        field.append(ch)
                        state = _IN_FIELD
                    else:
                        raise Error("'{}' expected after '{}'".format(sp.delimiter, sp.quotechar))
                elif state == _EAT_CRNL:
                    if ch not in '\r\n':
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file in universal-newline mode?")
                if len(field) > _limit:
                    raise Error('field larger than field limit ({})'.format(_limit))
            # end of the line
            if state in (_START_RECORD, _EAT_CRNL):
                return fields
            if state in (_START_FIELD, _IN_FIELD, _QUOTE_IN_QUOTED):
                finish(field, numeric)
                return fields
            if state == _ESCAPED:
                field.append('\n')
                state = _IN_FIELD
            elif state == _ESCAPE_IN_QUOTED:
                field.append('\n')
                state = _IN_QUOTED
            # otherwise (escaped line end, quoted field) the record goes on
            # with the next line


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the rows (lists of str) of `csvfile`'s lines."""
    return _Reader(csvfile, _resolve(dialect, fmtparams))


# ----- dict helpers -----

class DictReader:
    """Rows as dicts keyed by `fieldnames` (by default the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        names = self.fieldnames
        row = next(self.reader)
        while row == []:
            row = next(self.reader)
        self.line_num = self.reader.line_num
        result = dict(zip(names, row))
        if len(row) > len(names):
            result[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                result[key] = self.restval
        return result


class DictWriter:
    """Writes dicts as rows in `fieldnames` order."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction ({}) must be 'raise' or 'ignore'".format(extrasaction))
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(list(self.fieldnames))

    def _row(self, rowdict):
        if self.extrasaction == 'raise':
            extra = [k for k in rowdict if k not in self.fieldnames]
            if extra:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join(repr(k) for k in extra))
        return [rowdict.get(k, self.restval) for k in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._row(r) for r in rowdicts)
