"""Common string constants, capwords, Template strings and Formatter.

Written for Pyrite. Template placeholders are found by a hand-written
scanner (Pyrite has no `re` module yet), so a Template subclass may change
`delimiter` but not `idpattern`, `braceidpattern`, `flags` or `pattern`."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = ''.join(chr(c) for c in range(ord('a'), ord('z') + 1))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = f'{ascii_lowercase}{ascii_uppercase}'
digits = '0123456789'
hexdigits = '0123456789abcdefABCDEF'
octdigits = digits[:8]
punctuation = ''.join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
printable = ''.join([digits, ascii_letters, punctuation, whitespace])


def capwords(s, sep=None):
    """Split `s` on `sep`, capitalize each word, join with `sep` (or one space)."""
    return (' ' if sep is None else sep).join([w.capitalize() for w in s.split(sep)])


# ---------------------------------------------------------------------------
# Template

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_NOTHING = object()


def _identifier_end(text, i):
    """End of the ASCII identifier starting at `i` (== i if there is none)."""
    n = len(text)
    if i < n and text[i] in _ID_START:
        i += 1
        while i < n and text[i] in _ID_CHARS:
            i += 1
    return i


class Template:
    """A string with $-placeholders: Template('$who likes $what')."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        """Yields (kind, start, end, name) for every delimiter use, where kind is
        'escaped', 'named', 'braced' or 'invalid' and start..end is the text it
        covers; for 'invalid', end is where the placeholder should have begun."""
        cls = type(self)
        if (cls.idpattern != Template.idpattern or cls.braceidpattern is not None
                or 'pattern' in dir(cls) or 'flags' in dir(cls)):
            raise NotImplementedError('string.Template with a custom idpattern, braceidpattern, '
                                      'flags or pattern needs the re module, which Pyrite lacks')
        text = self.template
        delim = cls.delimiter
        dn = len(delim)
        pos = 0
        while True:
            at = text.find(delim, pos)
            if at < 0 or dn == 0:
                return
            after = at + dn
            if text.startswith(delim, after):
                yield 'escaped', at, after + dn, None
                pos = after + dn
                continue
            end = _identifier_end(text, after)
            if end > after:
                yield 'named', at, end, text[after:end]
                pos = end
                continue
            if after < len(text) and text[after] == '{':
                end = _identifier_end(text, after + 1)
                if end > after + 1 and end < len(text) and text[end] == '}':
                    yield 'braced', at, end + 1, text[after + 1:end]
                    pos = end + 1
                    continue
            yield 'invalid', at, after, None
            pos = after

    def _invalid(self, where):
        lines = self.template[:where].splitlines(keepends=True)
        if lines:
            line, col = len(lines), where - len(''.join(lines[:-1]))
        else:
            line, col = 1, 1
        raise ValueError(f'Invalid placeholder in string: line {line}, col {col}')

    def _render(self, mapping, kws, safe):
        def lookup(name):
            if name in kws:
                return kws[name]
            if mapping is _NOTHING:
                raise KeyError(name)
            return mapping[name]

        out = []
        last = 0
        text = self.template
        for kind, start, end, name in self._pieces():
            out.append(text[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(text[start:end])
            elif safe:
                try:
                    out.append(str(lookup(name)))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append(str(lookup(name)))
        out.append(text[last:])
        return ''.join(out)

    def substitute(self, mapping=_NOTHING, /, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=_NOTHING, /, **kws):
        return self._render(mapping, kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _, _ in self._pieces())

    def get_identifiers(self):
        seen = []
        for kind, _, _, name in self._pieces():
            if name is not None and name not in seen:
                seen.append(name)
        return seen


# ---------------------------------------------------------------------------
# Formatter


def _parse_format(s):
    """Splits a format string into (literal, field_name, spec, conversion) tuples."""
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # A replacement field: the name runs to ':', '!' or '}' outside [...].
        j = i + 1
        while True:
            if j >= n:
                raise ValueError("expected '}' before end of string")
            c = s[j]
            if c == '[':
                close = s.find(']', j)
                if close < 0:
                    raise ValueError("expected '}' before end of string")
                j = close + 1
                continue
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c in ':!}':
                break
            j += 1
        name = s[i + 1:j]
        conversion = None
        if s[j] == '!':
            if j + 1 >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[j + 1]
            j += 2
            if j < n and s[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if j < n and s[j] == ':':
            depth = 1
            k = j + 1
            while k < n:
                if s[k] == '{':
                    depth += 1
                elif s[k] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= n:
                raise ValueError("unmatched '{' in format spec")
            spec = s[j + 1:k]
            j = k
        elif j >= n:
            raise ValueError("unmatched '{' in format spec")
        yield ''.join(literal), name, spec, conversion
        literal = []
        i = j + 1
    if literal:
        yield ''.join(literal), None, None, None


def _field_parts(name, k):
    """Yields (is_attribute, key) for each `.attr` / `[key]` of `name` from `k` on."""
    n = len(name)
    while k < n:
        if name[k] == '.':
            end = k + 1
            while end < n and name[end] not in '.[':
                end += 1
            attr = name[k + 1:end]
            if not attr:
                raise ValueError('Empty attribute in format string')
            yield True, attr
            k = end
        else:
            end = name.find(']', k)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:end]
            if not key:
                raise ValueError('Empty attribute in format string')
            yield False, int(key) if key.isdigit() else key
            k = end + 1
            if k < n and name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(name):
    """'a[0].b' -> ('a', iterator of (False, 0), (True, 'b')); digit-only parts
    become ints. Errors in the tail show up while iterating, as in CPython."""
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    return first, _field_parts(name, k)


class Formatter:
    """str.format's machinery, with every step overridable."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, dict(kwargs))

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._expand(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _expand(self, format_string, args, kwargs, used, depth, next_auto):
        """Formats one level; `next_auto` is the next automatic field number,
        or None once fields were numbered by hand. Returns (text, next_auto)."""
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field is None:
                continue
            if field == '':
                if next_auto is None:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field = str(next_auto)
                next_auto += 1
            elif field.isdigit():
                if next_auto:
                    # (CPython's Formatter words both directions this way.)
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                next_auto = None
            value, key = self.get_field(field, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec, next_auto = self._expand(spec, args, kwargs, used, depth - 1, next_auto)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), next_auto

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            value = getattr(value, key) if is_attr else value[key]
        return value, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion}')
