# The `re` module for Pyrite. Matching is native (the `_re` helper module:
# parser, compiler and backtracking engine in src/stdlib/re/); this layer
# provides the public API: flags, the error class, Pattern and Match
# objects, replacement templates and the compiled-pattern cache.

import _re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'template', 'escape', 'error',
           'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'NOFLAG',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'RegexFlag']

_MAXSIZE = 9223372036854775807

# ---------------------------------------------------------------- flags

# (name, value) in the order CPython lists them in a flag's repr.
_FLAG_ORDER = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4),
               ('UNICODE', 32), ('MULTILINE', 8), ('DOTALL', 16),
               ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))
_ALL_FLAGS = 511


def _flag_names(value, order, prefix):
    names = []
    rest = value
    for name, bit in order:
        if value & bit:
            names.append(prefix + name)
            rest &= ~bit
    if rest:
        names.append(hex(rest))
    return names


class RegexFlag(int):
    """Flags for compile(); combine them with |."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        for n, bit in _FLAG_ORDER:
            if bit == int(self):
                return n
        if int(self) == 0:
            return 'NOFLAG'
        return None

    def __repr__(self):
        if int(self) == 0:
            return 're.NOFLAG'
        return '|'.join(_flag_names(int(self), _FLAG_ORDER, 're.'))

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __iter__(self):
        for _, bit in _FLAG_ORDER:
            if int(self) & bit:
                yield RegexFlag(bit)

    def __len__(self):
        return sum(1 for _ in self)

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(other).__name__}' and 'RegexFlag'")
        return int(other) & int(self) == int(other)

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __reduce__(self):
        return (RegexFlag, (int(self),))


RegexFlag.__module__ = 're'
NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)
for _n, _v in (('NOFLAG', NOFLAG), ('ASCII', A), ('IGNORECASE', I),
               ('LOCALE', L), ('UNICODE', U), ('MULTILINE', M),
               ('DOTALL', S), ('VERBOSE', X), ('TEMPLATE', T),
               ('DEBUG', DEBUG), ('A', A), ('I', I), ('L', L), ('U', U),
               ('M', M), ('S', S), ('X', X), ('T', T)):
    setattr(RegexFlag, _n, _v)
del _n, _v

# ---------------------------------------------------------------- errors


class error(Exception):
    """Raised for an invalid regular expression or replacement template."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        text = msg
        if pos is not None and pattern is not None:
            text = f'{msg} at position {pos}'
            nl = '\n' if isinstance(pattern, str) else b'\n'
            head = pattern[:pos]
            self.lineno = head.count(nl) + 1
            self.colno = len(head) - head.rfind(nl)
            if nl in pattern:
                text = f'{text} (line {self.lineno}, column {self.colno})'
        Exception.__init__(self, text)


error.__module__ = 're'
PatternError = error

# ---------------------------------------------------------------- helpers


def _piece(string, a, b):
    # Substring of the subject; bytes-like subjects give bytes.
    if type(string) is str or type(string) is bytes:
        return string[a:b]
    if isinstance(string, str):
        return str(string[a:b])
    return bytes(string[a:b])


_GROUP_ERR = 'no such group'


def _readonly_mapping(d):
    return _re.proxy(d)


# ---------------------------------------------------------------- templates

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                     't': '\t', 'v': '\v', '\\': '\\'}


def _template_error(msg, template, pos):
    return error(msg, template, pos)


def _compile_template(pattern, template):
    # Returns a list whose items are literal strings and group numbers (int).
    is_bytes = isinstance(template, (bytes, bytearray))
    text = template.decode('latin-1') if is_bytes else template
    parts = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern.groups

    def add_group(g, pos):
        if g > groups:
            raise _template_error(f'invalid group reference {g}', template, pos)
        if lit:
            parts.append(''.join(lit))
            lit.clear()
        parts.append(g)

    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        if i + 1 >= n:
            raise _template_error('bad escape (end of pattern)', template, start)
        c = text[i + 1]
        i += 2
        if c == 'g':
            if i >= n or text[i] != '<':
                raise _template_error('missing <', template, i)
            i += 1
            close = text.find('>', i)
            if close < 0:
                if i == n:
                    raise _template_error('missing group name', template, i)
                raise _template_error('missing >, unterminated name', template, i)
            name = text[i:close]
            if not name:
                raise _template_error('missing group name', template, i)
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError(f'unknown group name {name!r}')
                g = pattern.groupindex[name]
            else:
                if not (name.isdigit() and name.isascii()):
                    raise _template_error(f'bad character in group name {name!r}', template, i)
                g = int(name)
            add_group(g, i)
            i = close + 1
        elif c == '0':
            j = i
            while j < n and j < i + 2 and text[j] in '01234567':
                j += 1
            lit.append(chr(int(text[i - 1:j], 8)))
            i = j
        elif c in '123456789':
            if (i + 1 < n and c in '01234567' and text[i] in '01234567'
                    and text[i + 1] in '01234567'):
                value = int(text[i - 1:i + 2], 8)
                if value > 0o377:
                    raise _template_error(
                        f'octal escape value \\{text[i - 1:i + 2]} outside of range 0-0o377',
                        template, start)
                lit.append(chr(value))
                i += 2
                continue
            j = i
            if j < n and text[j] in '0123456789':
                j += 1
            add_group(int(text[i - 1:j]), start + 1)
            i = j
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise _template_error(f'bad escape \\{c}', template, start)
        else:
            lit.append('\\' + c)
    if lit:
        parts.append(''.join(lit))
    if is_bytes:
        parts = [p.encode('latin-1') if isinstance(p, str) else p for p in parts]
    return parts


def _expand(parts, m, empty):
    out = []
    for p in parts:
        if type(p) is int:
            s = m.group(p)
            if s is not None:
                out.append(s)
        else:
            out.append(p)
    return empty.join(out)


# ---------------------------------------------------------------- Match


class Match:
    """The result of a successful match."""

    __slots__ = ('_pattern', '_string', '_pos', '_endpos', '_spans', '_last')

    def __init__(self, pattern, string, pos, endpos, raw):
        self._pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        # raw is (lastindex, start0, end0, start1, end1, ...)
        self._last = raw[0]
        self._spans = raw

    def _index(self, g):
        if type(g) is int and 0 <= g <= self._pattern._groups:
            return g
        if isinstance(g, int):
            if 0 <= g <= self._pattern.groups:
                return g
        else:
            try:
                idx = self._pattern._names.get(g)
            except TypeError:
                idx = None
            if idx is not None:
                return idx
        raise IndexError(_GROUP_ERR)

    def _get(self, i, default=None):
        a = self._spans[2 * i + 1]
        b = self._spans[2 * i + 2]
        if a < 0 or b < 0:
            return default
        return _piece(self._string, a, b)

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self._pattern.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self._pattern._names.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 2]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i + 1], self._spans[2 * i + 2])

    @property
    def regs(self):
        s = self._spans
        return tuple((s[2 * i + 1], s[2 * i + 2]) for i in range(self._pattern.groups + 1))

    def expand(self, template):
        parts = _compile_template(self._pattern, template)
        return _expand(parts, self, self._string[:0] if isinstance(self._string, (str, bytes)) else b'')

    @property
    def lastindex(self):
        return None if self._last < 0 else self._last

    @property
    def lastgroup(self):
        if self._last < 0:
            return None
        for name, i in self._pattern._names.items():
            if i == self._last:
                return name
        return None

    @property
    def re(self):
        return self._pattern

    @property
    def string(self):
        return self._string

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    def __repr__(self):
        text = repr(self.group(0))
        if len(text) > 50:
            text = text[:50]
        return f'<re.Match object; span=({self._spans[1]}, {self._spans[2]}), match={text}>'

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(type(list[int]))


Match.__module__ = 're'

# ---------------------------------------------------------------- Scanner


class SRE_Scanner:
    """Successive matches of a pattern over one string (Pattern.scanner)."""

    __slots__ = ('pattern', '_state', '_string', '_pos', '_endpos')

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._state = _re.scanner(pattern._prog, string, pos, endpos)
        self._string = string
        self._pos, self._endpos = _bounds(string, pos, endpos)

    def match(self):
        raw = _re.step(self._state, 0)
        if raw is None:
            return None
        return Match(self.pattern, self._string, self._pos, self._endpos, raw)

    def search(self):
        raw = _re.step(self._state, 2)
        if raw is None:
            return None
        return Match(self.pattern, self._string, self._pos, self._endpos, raw)


SRE_Scanner.__module__ = '_sre'

# ---------------------------------------------------------------- Pattern


def _bounds(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    """A compiled regular expression."""

    __slots__ = ('_prog', '_pattern', '_flags', '_groups', '_names', '_index_proxy', '__weakref__')

    def _run(self, string, pos, endpos, mode):
        raw = _re.match(self._prog, string, pos, endpos, mode)
        if raw is None:
            return None
        if pos == 0 and endpos == _MAXSIZE:
            return Match(self, string, 0, len(string), raw)
        p, e = _bounds(string, pos, endpos)
        return Match(self, string, p, e, raw)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _re.findall(self._prog, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter(self.scanner(string, pos, endpos).search, None)

    def split(self, string, maxsplit=0):
        return _re.split(self._prog, string, maxsplit)

    def _subx(self, repl, string, count):
        is_str = isinstance(string, str)
        empty = '' if is_str else b''
        if callable(repl):
            parts = None
        else:
            if isinstance(repl, str):
                sep = '\\'
            elif isinstance(repl, (bytes, bytearray)):
                sep = b'\\'
            else:
                raise TypeError(f"decoding to str: need a bytes-like object, {type(repl).__name__} found")
            if sep in repl:
                parts = _compile_template(self, repl)
                if len(parts) == 1 and type(parts[0]) is not int:
                    repl = parts[0]
                    parts = None
                elif not parts:
                    repl = empty
                    parts = None
                else:
                    repl = None
            else:
                parts = None
        if count < 0:
            return string, 0
        if not callable(repl):
            done = _re.subt(self._prog, string, parts if parts is not None else [repl], count)
            if done is not None:
                return done
        pieces = []
        last = 0
        n = len(string)
        found = 0
        step = _re.step
        state = _re.scanner(self._prog, string, 0, _MAXSIZE)
        while not count or found < count:
            raw = step(state, 2)
            if raw is None:
                break
            found += 1
            a = raw[1]
            b = raw[2]
            if last < a:
                pieces.append(_piece(string, last, a))
            if parts is not None:
                m = Match(self, string, 0, n, raw)
                item = _expand(parts, m, empty)
            elif callable(repl):
                item = repl(Match(self, string, 0, n, raw))
            else:
                item = repl
            if item is not None:
                pieces.append(item)
            last = b
        if last < n:
            pieces.append(_piece(string, last, n))
        if not found and type(string) in (str, bytes):
            return string, 0
        return empty.join(pieces), found

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return SRE_Scanner(self, string, pos, endpos)

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return self._index_proxy

    def __repr__(self):
        text = repr(self._pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self._flags
        if isinstance(self._pattern, str):
            flags &= ~32
        if not flags:
            return f're.compile({text})'
        order = (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4),
                 ('MULTILINE', 8), ('DOTALL', 16), ('UNICODE', 32),
                 ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256))
        return f"re.compile({text}, {'|'.join(_flag_names(flags, order, 're.'))})"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(type(list[int]))


Pattern.__module__ = 're'

# ---------------------------------------------------------------- module API

_cache = {}
_CACHE_LIMIT = 512


def _make(pattern, flags):
    if type(flags) is not int:
        flags = int(flags)
    res = _re.compile(pattern, flags)
    if len(res) == 3:
        raise error(res[1], pattern, res[2])
    prog, final_flags, groups, names = res
    p = object.__new__(Pattern)
    p._prog = prog
    p._pattern = pattern
    p._flags = final_flags
    p._groups = groups
    p._names = dict(names)
    p._index_proxy = _readonly_mapping(p._names)
    return p


def _pattern_for(pattern, flags):
    if type(pattern) is Pattern:
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    p = _make(pattern, flags)
    if len(_cache) >= _CACHE_LIMIT:
        # Forget the oldest entry (dicts keep insertion order).
        for oldest in _cache:
            break
        _cache.pop(oldest, None)
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _pattern_for(pattern, flags)


def match(pattern, string, flags=0):
    return _pattern_for(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _pattern_for(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _pattern_for(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _pattern_for(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _pattern_for(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _pattern_for(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _pattern_for(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _pattern_for(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _pattern_for(pattern, flags | T)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    data = bytes(pattern)
    return ''.join('\\' + c if c in _SPECIAL else c for c in data.decode('latin-1')).encode('latin-1')


class Scanner:
    """A simple tokenizer: ``Scanner([(pattern, action), ...]).scan(text)``
    matches the patterns (tried in order, as one alternation) at successive
    positions; a callable action is called as ``action(scanner, token)``,
    any other action is used as is, ``None`` drops the token. Returns the
    results and the unmatched rest of the text."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # One capturing group around each pattern tells which one matched;
        # the patterns' own groups come after it in the numbering.
        alternatives = []
        self._slots = []
        group = 1
        for source, _action in lexicon:
            self._slots.append(group)
            inner = compile(source, flags).groups
            # Numbered backreferences keep pointing at the pattern's own groups.
            if inner and isinstance(source, str):
                source = _shift_refs(source, group)
            group += 1 + inner
            alternatives.append('(' + source + ')')
        self.scanner = compile('|'.join(alternatives), flags)
        self.match = None

    def scan(self, string):
        found = []
        at = 0
        size = len(string)
        while at <= size:
            m = self.scanner.match(string, at)
            if m is None or m.end() == at:
                break
            for slot, (_source, action) in zip(self._slots, self.lexicon):
                if m.start(slot) != -1:
                    break
            if callable(action):
                self.match = m
                action = action(self, m.group(0))
            if action is not None:
                found.append(action)
            at = m.end()
        return found, string[at:]


def _shift_refs(source, by):
    """`source` with its `\\N` backreferences renumbered by `by`."""
    def renumber(m):
        text = m.group(0)
        if text == '\\\\':
            return text
        return '\\' + str(int(text[1:]) + by)
    return _pattern_for(r'\\(?:\\|[1-9][0-9]?)', 0).sub(renumber, source)
