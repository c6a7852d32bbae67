"""Pretty-printing of Python data structures (the `pprint` module), written
for Pyrite.

A container whose one-line repr does not fit in the remaining width is
broken over several lines, one item per line, indented under its opening
bracket; strings and bytes that do not fit are split into adjacent
literals.
"""

import sys as _sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr',
           'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print `object` to `stream` (default sys.stdout)."""
    opts = dict(compact=compact, sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    PrettyPrinter(indent, width, depth, stream, **opts).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed form of `object` as a string."""
    opts = dict(compact=compact, sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return PrettyPrinter(indent, width, depth, None, **opts).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint() but dictionaries keep their insertion order by default."""
    kwargs['sort_dicts'] = sort_dicts
    pprint(object, *args, **kwargs)


def saferepr(object):
    """repr() that survives recursive data structures."""
    return PrettyPrinter()._plain(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of `object` can rebuild it with eval()."""
    return PrettyPrinter()._plain(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether `object` contains itself."""
    return PrettyPrinter()._plain(object, {}, None, 0)[2]


class _Out:
    """Collects written text (a minimal stand-in for io.StringIO)."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return ''.join(self.parts)


class _Ordered:
    """Sort key that orders values of different, unorderable types by
    type name so that sorting mixed keys never fails."""

    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        try:
            return self.v < other.v
        except TypeError:
            a = (str(type(self.v)), id(self.v))
            b = (str(type(other.v)), id(other.v))
            return a < b


def _pair_key(pair):
    return (_Ordered(pair[0]), _Ordered(pair[1]))


def _split_words(line):
    """Splits `line` into runs of non-space followed by spaces."""
    out = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        out.append(line[i:j])
        i = j
    return out


def _coll(name):
    mod = _sys.modules.get('collections')
    return getattr(mod, name, None) if mod is not None else None


class PrettyPrinter:
    """Formats objects with a given indent per level, line width and
    maximum depth."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if not (depth is None or depth > 0):
            raise ValueError('depth must be > 0')
        if width == 0:
            raise ValueError('width must be != 0')
        self._max_depth = depth
        self._step = indent
        self._cols = width
        self._dest = stream if stream is not None else _sys.stdout
        self._packed = bool(compact)
        self._sorted_keys = sort_dicts
        self._grouped_ints = underscore_numbers

    def pprint(self, object):
        """Writes the formatted `object` and a newline to the stream."""
        dest = self._dest
        if dest is None:
            return
        dest.write(self.pformat(object) + '\n')

    def pformat(self, object):
        """The formatted `object` as a string."""
        buf = _Out()
        self._emit(object, buf, 0, 0, {}, 0)
        return buf.getvalue()

    def isrecursive(self, object):
        return bool(self._plain(object, {}, 0, 0)[2])

    def isreadable(self, object):
        info = self._plain(object, {}, 0, 0)
        return info[1] and not info[2]

    def format(self, object, context, maxlevels, level):
        """(repr string, is readable, is recursive) of `object`."""
        return self._plain(object, context, maxlevels, level)

    # -- multi-line layout ---------------------------------------------------

    def _emit(self, obj, out, indent, allowance, context, level):
        key = id(obj)
        if key in context:
            out.write('<Recursion on %s with id=%s>' % (type(obj).__name__, key))
            return
        rep = self.format(obj, context.copy(), self._max_depth, level)[0]
        room = self._cols - indent - allowance
        if len(rep) > room:
            layout = self._layout_for(obj)
            if layout is not None:
                context[key] = 1
                layout(obj, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.write(rep)

    def _layout_for(self, obj):
        r = type(obj).__repr__
        if r is dict.__repr__:
            return self._lay_dict
        if r is list.__repr__:
            return self._lay_list
        if r is tuple.__repr__:
            return self._lay_tuple
        if r is set.__repr__ or r is frozenset.__repr__:
            return self._lay_set
        if r is str.__repr__:
            return self._lay_str
        if r is bytes.__repr__:
            return self._lay_bytes
        if r is bytearray.__repr__:
            return self._lay_bytearray
        for name, fn in (('OrderedDict', self._lay_ordered),
                         ('defaultdict', self._lay_defaultdict),
                         ('Counter', self._lay_counter),
                         ('deque', self._lay_deque)):
            cls = _coll(name)
            if cls is not None and r is cls.__repr__:
                return fn
        return None

    def _lay_dict(self, obj, out, indent, allowance, context, level):
        out.write('{')
        if self._step > 1:
            out.write(' ' * (self._step - 1))
        if len(obj):
            pairs = list(obj.items())
            if self._sorted_keys:
                pairs.sort(key=_pair_key)
            self._lay_pairs(pairs, out, indent, allowance + 1, context, level)
        out.write('}')

    def _lay_pairs(self, pairs, out, indent, allowance, context, level):
        indent += self._step
        sep = ',\n' + ' ' * indent
        n = len(pairs)
        for i in range(n):
            k, v = pairs[i]
            krep = self.format(k, context.copy(), self._max_depth, level)[0]
            out.write(krep)
            out.write(': ')
            at_end = i == n - 1
            self._emit(v, out, indent + len(krep) + 2,
                       allowance if at_end else 1, context, level)
            if not at_end:
                out.write(sep)

    def _lay_list(self, obj, out, indent, allowance, context, level):
        out.write('[')
        self._lay_items(list(obj), out, indent, allowance + 1, context, level)
        out.write(']')

    def _lay_tuple(self, obj, out, indent, allowance, context, level):
        out.write('(')
        close = ',)' if len(obj) == 1 else ')'
        self._lay_items(list(obj), out, indent, allowance + len(close), context, level)
        out.write(close)

    def _lay_set(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        if type(obj) is set:
            out.write('{')
            close = '}'
        else:
            name = type(obj).__name__
            out.write(name + '({')
            close = '})'
            indent += len(name) + 1
        items = sorted(obj, key=_Ordered)
        self._lay_items(items, out, indent, allowance + len(close), context, level)
        out.write(close)

    def _lay_items(self, items, out, indent, allowance, context, level):
        step = self._step
        indent += step
        if step > 1:
            out.write(' ' * (step - 1))
        if not items:
            return
        sep_nl = ',\n' + ' ' * indent
        full = self._cols - indent + 1
        avail = full
        sep = ''
        n = len(items)
        for i in range(n):
            item = items[i]
            at_end = i == n - 1
            if at_end:
                full -= allowance
                avail -= allowance
            if self._packed:
                rep = self.format(item, context.copy(), self._max_depth, level)[0]
                need = len(rep) + 2
                if avail < need:
                    avail = full
                    if sep:
                        sep = sep_nl
                if avail >= need:
                    avail -= need
                    out.write(sep)
                    sep = ', '
                    out.write(rep)
                    continue
            out.write(sep)
            sep = sep_nl
            self._emit(item, out, indent, allowance if at_end else 1, context, level)

    def _lay_str(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        if level == 1:
            indent += 1
            allowance += 1
        room = self._cols - indent
        pieces = []
        lines = obj.splitlines(True)
        last_line = len(lines) - 1
        rep = ''
        for li in range(len(lines)):
            line = lines[li]
            rep = repr(line)
            limit = room - allowance if li == last_line else room
            if len(rep) <= limit:
                pieces.append(rep)
                continue
            words = _split_words(line)
            acc = ''
            for wi in range(len(words)):
                trial = acc + words[wi]
                lim = room
                if li == last_line and wi == len(words) - 1:
                    lim -= allowance
                if len(repr(trial)) > lim:
                    if acc:
                        pieces.append(repr(acc))
                    acc = words[wi]
                else:
                    acc = trial
            if acc:
                pieces.append(repr(acc))
        if len(pieces) == 1:
            out.write(rep)
            return
        if level == 1:
            out.write('(')
        out.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            out.write(')')

    def _lay_bytes(self, obj, out, indent, allowance, context, level):
        if len(obj) <= 4:
            out.write(repr(obj))
            return
        wrap = level == 1
        if wrap:
            indent += 1
            allowance += 1
            out.write('(')
        room = self._cols - indent
        pieces = []
        acc = b''
        last_start = len(obj) // 4 * 4
        for start in range(0, len(obj), 4):
            chunk = obj[start:start + 4]
            if start == last_start:
                room -= allowance
            trial = acc + chunk
            if len(repr(trial)) > room:
                if acc:
                    pieces.append(repr(acc))
                acc = chunk
            else:
                acc = trial
        if acc:
            pieces.append(repr(acc))
        out.write(('\n' + ' ' * indent).join(pieces))
        if wrap:
            out.write(')')

    def _lay_bytearray(self, obj, out, indent, allowance, context, level):
        out.write('bytearray(')
        self._lay_bytes(bytes(obj), out, indent + 10, allowance + 1, context, level + 1)
        out.write(')')

    def _lay_ordered(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '(')
        self._emit(list(obj.items()), out, indent + len(name) + 1, allowance + 1, context, level)
        out.write(')')

    def _lay_defaultdict(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        frep = self.format(obj.default_factory, context.copy(), self._max_depth, level)[0]
        name = type(obj).__name__
        indent += len(name) + 1
        out.write('%s(%s,\n%s' % (name, frep, ' ' * indent))
        self._lay_dict(obj, out, indent, allowance + 1, context, level)
        out.write(')')

    def _lay_counter(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '({')
        if self._step > 1:
            out.write(' ' * (self._step - 1))
        self._lay_pairs(obj.most_common(), out, indent + len(name) + 1,
                        allowance + 2, context, level)
        out.write('})')

    def _lay_deque(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        indent += len(name) + 1
        out.write(name + '([')
        if obj.maxlen is None:
            self._lay_items(list(obj), out, indent, allowance + 2, context, level)
            out.write('])')
        else:
            self._lay_items(list(obj), out, indent, 2, context, level)
            mrep = self.format(obj.maxlen, context.copy(), self._max_depth, level)[0]
            out.write('],\n%smaxlen=%s)' % (' ' * indent, mrep))

    # -- one-line repr -------------------------------------------------------

    def _plain(self, obj, context, maxlevels, level):
        """(repr, readable, recursive), with `...` beyond `maxlevels` and a
        recursion marker for an object already being printed."""
        t = type(obj)
        r = t.__repr__
        if t in _SCALARS:
            return repr(obj), True, False
        if r is int.__repr__ and not issubclass(t, bool):
            if self._grouped_ints:
                return format(obj, '_d'), True, False
            return repr(obj), True, False
        is_dict = issubclass(t, dict) and r is dict.__repr__
        is_list = issubclass(t, list) and r is list.__repr__
        is_tuple = issubclass(t, tuple) and r is tuple.__repr__
        if not (is_dict or is_list or is_tuple):
            s = repr(obj)
            return s, bool(s) and not s.startswith('<'), False
        if not obj:
            return repr(obj), True, False
        key = id(obj)
        if maxlevels and maxlevels <= level:
            if is_dict:
                cut = '{...}'
            elif is_list:
                cut = '[...]'
            else:
                cut = '(...,)' if len(obj) == 1 else '(...)'
            return cut, False, key in context
        if key in context:
            return '<Recursion on %s with id=%s>' % (t.__name__, key), False, True
        context[key] = 1
        readable = True
        recursive = False
        level += 1
        parts = []
        if is_dict:
            pairs = list(obj.items())
            if self._sorted_keys:
                pairs.sort(key=_pair_key)
            for k, v in pairs:
                ks, kr, kc = self._plain(k, context, maxlevels, level)
                vs, vr, vc = self._plain(v, context, maxlevels, level)
                parts.append('%s: %s' % (ks, vs))
                readable = readable and kr and vr
                recursive = recursive or kc or vc
        else:
            for item in obj:
                s, rd, rc = self._plain(item, context, maxlevels, level)
                parts.append(s)
                readable = readable and rd
                recursive = recursive or rc
        del context[key]
        body = ', '.join(parts)
        if is_dict:
            return '{' + body + '}', readable, recursive
        if is_list:
            return '[' + body + ']', readable, recursive
        if len(parts) == 1:
            body += ','
        return '(' + body + ')', readable, recursive


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})
