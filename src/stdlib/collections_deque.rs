//! `collections.deque` (with its iterator) and `collections.defaultdict`, as
//! embedded Python source run by the `collections` module.

/// Python source of this part of `collections`.
pub const SRC: &str = r#"__all__ = ['defaultdict', 'deque']

import sys as _sys

def _itemgetter(i):
    def get(obj):
        return obj[i]
    return get

def _eq(a, b):
    return a == b

_repr_running = set()

def _recursive_repr(fillvalue='...'):
    def wrap_repr(user_function):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fillvalue
            _repr_running.add(key)
            try:
                result = user_function(self)
            finally:
                _repr_running.discard(key)
            return result
        wrapper.__name__ = user_function.__name__
        return wrapper
    return wrap_repr

class _deque_iterator:
    def __init__(self, dq, rev):
        self._dq = dq
        self._state = dq._state
        self._i = 0
        self._n = len(dq._d)
        self._rev = rev
    def __iter__(self):
        return self
    def __next__(self):
        dq = self._dq
        if dq._state != self._state:
            self._n = 0
            raise RuntimeError('deque mutated during iteration')
        if self._i >= self._n:
            raise StopIteration
        i = self._i
        self._i = i + 1
        if self._rev:
            return dq._d[len(dq._d) - 1 - i]
        return dq._d[i]
    def __length_hint__(self):
        return self._n - self._i

_deque_iterator.__module__ = '_collections'
_deque_iterator.__qualname__ = _deque_iterator.__name__ = '_deque_iterator'

def _index(i):
    if isinstance(i, int):
        return i
    try:
        return i.__index__()
    except AttributeError:
        raise TypeError(f'sequence index must be integer, not {type(i).__name__!r}') from None

class deque:
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._d = []
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                try:
                    maxlen = maxlen.__index__()
                except AttributeError:
                    raise TypeError(f"'{type(maxlen).__name__}' object cannot be interpreted as an integer") from None
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if self._d:
            self._state += 1
            self._d.clear()
        if iterable is not None:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        self._state += 1
        d = self._d
        m = self._maxlen
        if m == 0:
            return
        d.append(x)
        if m is not None and len(d) > m:
            del d[0]

    def appendleft(self, x):
        self._state += 1
        d = self._d
        m = self._maxlen
        if m == 0:
            return
        d.insert(0, x)
        if m is not None and len(d) > m:
            d.pop()

    def pop(self):
        if not self._d:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._d.pop()

    def popleft(self):
        if not self._d:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._d.pop(0)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        n = _index(n)
        d = self._d
        ln = len(d)
        self._state += 1
        if ln <= 1:
            return
        k = n % ln
        if k:
            d[:] = d[-k:] + d[:-k]

    def clear(self):
        self._state += 1
        self._d.clear()

    def copy(self):
        if type(self) is deque:
            return deque(self._d, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        c = 0
        for y in list(self._d):
            if y is x or y == x:
                c += 1
        return c

    def index(self, x, start=0, stop=_sys.maxsize):
        d = self._d
        n = len(d)
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        i = start
        state = self._state
        while i < stop:
            y = d[i]
            if y is x or y == x:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            i += 1
        raise ValueError(f'{x!r} is not in deque')

    def insert(self, i, x):
        i = _index(i)
        d = self._d
        if self._maxlen is not None and len(d) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        d.insert(i, x)

    def remove(self, value):
        d = self._d
        for i in range(len(d)):
            y = d[i]
            if y is value or y == value:
                self._state += 1
                del d[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        self._state += 1
        self._d.reverse()

    def __len__(self):
        return len(self._d)

    def __bool__(self):
        return bool(self._d)

    def __getitem__(self, i):
        i = _index(i)
        d = self._d
        n = len(d)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return d[i]

    def __setitem__(self, i, x):
        i = _index(i)
        d = self._d
        n = len(d)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        d[i] = x

    def __delitem__(self, i):
        i = _index(i)
        d = self._d
        n = len(d)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        self._state += 1
        del d[i]

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __contains__(self, x):
        for y in list(self._d):
            if y is x or y == x:
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d == other._d

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d != other._d

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d < other._d

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d <= other._d

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d > other._d

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._d >= other._d

    def __hash__(self):
        name = 'collections.deque' if type(self) is deque else type(self).__name__
        raise TypeError(f"unhashable type: '{name}'")

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        try:
            n = _index(n)
        except TypeError:
            return NotImplemented
        new = self.copy()
        new.__imul__(n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        try:
            n = _index(n)
        except TypeError:
            return NotImplemented
        d = self._d
        self._state += 1
        if n <= 0 or not d:
            d.clear()
            return self
        m = self._maxlen
        if m is not None and len(d) * n > m:
            items = list(d)
            total = len(items) * n
            start = total - m
            d[:] = [items[i % len(items)] for i in range(start, total)]
        else:
            d[:] = d * n
        return self

    @_recursive_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        body = repr(self._d)
        if self._maxlen is not None:
            return f'{name}({body}, maxlen={self._maxlen})'
        return f'{name}({body})'

    def __reduce__(self):
        return (type(self), (list(self._d), self._maxlen))

    def __class_getitem__(cls, item):
        return cls

class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwds)
        self.default_factory = default_factory

    def __missing__(self, key):
        f = self.default_factory
        if f is None:
            raise KeyError(key)
        value = f()
        self[key] = value
        return value

    def __repr__(self):
        f = self.default_factory
        if f is None:
            fr = 'None'
        else:
            key = id(f)
            if key in _repr_running:
                fr = '...'
            else:
                _repr_running.add(key)
                try:
                    fr = repr(f)
                finally:
                    _repr_running.discard(key)
        return f'{type(self).__name__}({fr}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self
"#;
