# Pyrite's `json` module, written for Pyrite. The real work happens in two
# natives placed in this namespace by src/stdlib/json/mod.rs:
#   _encode(obj, default, skipkeys, ensure_ascii, check_circular, allow_nan,
#           sort_keys, indent_unit_or_None, item_sep, key_sep) -> str
#   _decode(text, start, whole, error_class, strict, object_hook,
#           object_pairs_hook, parse_float, parse_int, parse_constant)
#   _iterencode(same arguments) -> list of the chunks iterencode yields
# This file only holds the public classes and argument plumbing.

__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """ValueError subclass for JSON syntax errors, with the position."""

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        column = pos - doc.rfind('\n', 0, pos)
        super().__init__(f'{msg}: line {line} column {column} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = column

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


def _indent_unit(indent):
    if indent is None or isinstance(indent, str):
        return indent
    return ' ' * indent


class JSONEncoder(object):
    """Turns Python values (dict, list, tuple, str, int, float, bool,
    None) into JSON text. Subclasses override default() for other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.check_circular, self.allow_nan = check_circular, allow_nan
        self.sort_keys, self.indent = sort_keys, indent
        if separators is not None:
            item_sep, key_sep = separators
            self.item_separator, self.key_separator = item_sep, key_sep
        elif indent is not None:
            # No trailing blanks at line ends when indenting.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        name = type(o).__name__
        raise TypeError(f'Object of type {name} is not JSON serializable')

    def encode(self, o):
        if type(self).iterencode is not JSONEncoder.iterencode:
            # A subclass that changes the pieces changes the whole text too.
            return ''.join(self.iterencode(o, _one_shot=True))
        return _encode(o, self.default, self.skipkeys, self.ensure_ascii,
                       self.check_circular, self.allow_nan, self.sort_keys,
                       _indent_unit(self.indent), self.item_separator,
                       self.key_separator)

    def iterencode(self, o, _one_shot=False):
        # The document is built at once, then handed out in the same pieces
        # CPython's iterating encoder yields.
        pieces = _iterencode(o, self.default, self.skipkeys,
                             self.ensure_ascii, self.check_circular,
                             self.allow_nan, self.sort_keys,
                             _indent_unit(self.indent), self.item_separator,
                             self.key_separator)
        return iter(pieces)


class JSONDecoder(object):
    """Turns JSON text into Python values, with optional hooks."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_float = float if parse_float is None else parse_float
        self.parse_int = int if parse_int is None else parse_int
        self.parse_constant, self.strict = parse_constant, strict

    def _run(self, s, start, whole):
        pf = self.parse_float
        pi = self.parse_int
        return _decode(s, start, whole, JSONDecodeError, self.strict,
                       self.object_hook, self.object_pairs_hook,
                       None if pf is float else pf,
                       None if pi is int else pi,
                       self.parse_constant)

    def decode(self, s):
        """The Python value of the JSON document `s` (a str)."""
        return self._run(s, 0, True)

    def raw_decode(self, s, idx=0):
        """Decodes one JSON value starting at s[idx]: (value, end index)."""
        return self._run(s, idx, False)


_plain_decoder = JSONDecoder()


def _string_literal(s, ascii_only):
    if not isinstance(s, str):
        raise TypeError(f'first argument must be a string, not {type(s).__name__}')
    return _encode(s, None, False, ascii_only, False, True, False, None, ', ', ': ')


def encode_basestring(s):
    """The JSON string literal for `s`, non-ASCII characters kept."""
    return _string_literal(s, False)


def encode_basestring_ascii(s):
    """The JSON string literal for `s`, with \\uXXXX escapes for non-ASCII."""
    return _string_literal(s, True)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """`obj` as a JSON formatted str."""
    if cls is None:
        if not kw:
            if separators is None:
                item_sep = ', ' if indent is None else ','
                key_sep = ': '
            else:
                item_sep, key_sep = separators
            return _encode(obj, default, skipkeys, ensure_ascii,
                           check_circular, allow_nan, sort_keys,
                           _indent_unit(indent), item_sep, key_sep)
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan,
                  indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    return encoder.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Writes `obj` as JSON to the file-like `fp` (which has .write)."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan,
                  indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for piece in encoder.iterencode(obj):
        fp.write(piece)


def detect_encoding(b):
    """The encoding of a JSON document given as bytes (RFC 4627 / 8259:
    a BOM, or the pattern of zero bytes at the start)."""
    head = bytes(b[:4])
    if head[:4] in (b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00'):
        return 'utf-32'
    if head[:2] in (b'\xfe\xff', b'\xff\xfe'):
        return 'utf-16'
    if head[:3] == b'\xef\xbb\xbf':
        return 'utf-8-sig'
    n = len(b)
    if n >= 4:
        if head[0] == 0:
            return 'utf-32-be' if head[1] == 0 else 'utf-16-be'
        if head[1] == 0:
            return 'utf-32-le' if head[2] == 0 and head[3] == 0 else 'utf-16-le'
    elif n == 2:
        if head[0] == 0:
            return 'utf-16-be'
        if head[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document `s` (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        encoding = detect_encoding(s)
        s = s.decode(encoding, 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {type(s).__name__}')
    hooks = {}
    for name, value in (('object_hook', object_hook),
                        ('parse_float', parse_float),
                        ('parse_int', parse_int),
                        ('parse_constant', parse_constant),
                        ('object_pairs_hook', object_pairs_hook)):
        if value is not None:
            hooks[name] = value
    if cls is None:
        if not hooks and not kw:
            return _plain_decoder.decode(s)
        cls = JSONDecoder
    hooks.update(kw)
    return cls(**hooks).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Reads the file-like `fp` and decodes its text as JSON."""
    text = fp.read()
    kw.update(cls=cls, object_hook=object_hook, parse_float=parse_float,
              parse_int=parse_int, parse_constant=parse_constant,
              object_pairs_hook=object_pairs_hook)
    return loads(text, **kw)
