# reprlib for Pyrite: size-limited reprs (Repr and its limits, repr) and
# the recursive_repr decorator, written from the documented behaviour of
# CPython 3.11's reprlib.

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice

try:
    from _thread import get_ident as _ident
except ImportError:
    def _ident():
        return 0


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a recursive call gives fillvalue."""

    def decorate(method):
        active = set()

        def wrapper(self):
            key = (id(self), _ident())
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return method(self)
            finally:
                active.discard(key)

        for name in ('__module__', '__doc__', '__name__', '__qualname__', '__annotations__'):
            if hasattr(method, name):
                setattr(wrapper, name, getattr(method, name))
        return wrapper

    return decorate


def _shorten(text, limit, fill='...'):
    # Keep the head and tail of text so the result is `limit` long.
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fill + text[len(text) - tail:]


def _ordered(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Produces reprs with limits on size and nesting."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        kind = type(x).__name__
        if ' ' in kind:
            kind = '_'.join(kind.split())
        handler = getattr(self, 'repr_' + kind, None)
        if handler is not None:
            return handler(x, level)
        return self.repr_instance(x, level)

    def _sequence(self, x, level, left, right, limit, trail=''):
        count = len(x)
        if level <= 0 and count:
            inner = self.fillvalue
        else:
            parts = [self.repr1(item, level - 1) for item in islice(x, limit)]
            if count > limit:
                parts.append(self.fillvalue)
            inner = ', '.join(parts)
            if count == 1 and trail:
                right = trail + right
        return '%s%s%s' % (left, inner, right)

    def repr_tuple(self, x, level):
        return self._sequence(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._sequence(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._sequence(x, level, "array('%s', [" % x.typecode, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._sequence(_ordered(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._sequence(_ordered(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._sequence(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        parts = []
        for key in islice(_ordered(x), self.maxdict):
            parts.append('%s: %s' % (self.repr1(key, level - 1), self.repr1(x[key], level - 1)))
        if len(x) > self.maxdict:
            parts.append(self.fillvalue)
        return '{%s}' % ', '.join(parts)

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) > self.maxstring:
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            text = builtins.repr(x[:head] + x[len(x) - tail:])
            text = text[:head] + self.fillvalue + text[len(text) - tail:]
        return text

    def repr_int(self, x, level):
        return _shorten(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _shorten(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
