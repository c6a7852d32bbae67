# collections.abc: isinstance/issubclass for builtins, structural checks,
# registration, mixin methods and abstract-method errors.
import collections.abc as cabc
from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Set, Iterable, Iterator, Sized, Callable, Hashable, Container, Collection, Reversible, Generator, MutableSet, KeysView

checks = [
    ({}, [Mapping, MutableMapping, Collection, Iterable, Sized, Container, Sequence, Hashable]),
    ([], [MutableSequence, Sequence, Reversible, Mapping, Hashable]),
    ((), [Sequence, MutableSequence, Hashable]),
    ('s', [Sequence, Hashable, Iterable]),
    (range(3), [Sequence, Reversible]),
    (set(), [Set, MutableSet, Hashable]),
    (frozenset(), [Set, MutableSet, Hashable]),
    (iter([]), [Iterator, Iterable]),
    ((x for x in []), [Generator, Iterator]),
    (len, [Callable, Hashable]),
    (3, [Hashable, Iterable, Sized]),
    ({}.keys(), [KeysView, Set, Iterable]),
    (b'', [Sequence, cabc.ByteString]),
]
for obj, abcs in checks:
    print(type(obj).__name__, [(a.__name__, isinstance(obj, a)) for a in abcs])

class Structural:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())
    def __contains__(self, x):
        return False
print(issubclass(Structural, Sized), issubclass(Structural, Collection), issubclass(Structural, Sequence))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), issubclass(dict, Mapping), issubclass(list, Mapping))

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), 9 in s, 7 in s, s.index(9), s.count(4), list(reversed(s)), isinstance(s, Sequence))
try:
    s.index(7)
except ValueError:
    print('ValueError')

class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry()
r.update({'a': 1}, b=2)
print(r.get('a'), r.get('z'), 'b' in r, sorted(r.keys()), sorted(r.values()), sorted(r.items()), r.setdefault('c', 3), r.pop('a'), len(r))
print(r == {'b': 2, 'c': 3}, r.popitem(), len(r))
r.clear()
print(len(r), isinstance(r, Mapping))

class Bad(Sequence):
    pass
try:
    Bad()
except TypeError as e:
    print('TypeError', e)
class Half(MutableMapping):
    def __getitem__(self, k):
        return 1
try:
    Half()
except TypeError as e:
    print('TypeError', e)

class Anything:
    pass
Sequence.register(Anything)
print(isinstance(Anything(), Sequence), issubclass(Anything, Collection), issubclass(Anything, Reversible))

class Bits(Set):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, Bits([2]) < a, a == Bits([3, 2, 1]), a.isdisjoint([9]))
print(cabc.__name__ if hasattr(cabc, '__name__') else '', Mapping.__module__, sorted(cabc.__all__)[:5])
