# collections.abc: abstract method sets, structural checks and MutableSequence mixins.
from collections.abc import *
class E:
    def __eq__(self, o): return True
print(isinstance(E(), Hashable))
for c in [Sized, Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet, Collection, Generator, KeysView, Callable]:
    print(c.__name__, sorted(c.__abstractmethods__))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), isinstance(It(), Reversible))
print(issubclass(dict, Collection), issubclass(str, Reversible), issubclass(type({}.items()), Set))
class MS(MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
m = MS(); m.append(1); m.extend([2, 3]); m += [4]; m.reverse(); print(m.d, m.pop(), m.pop(0), m.d, m.index(2), 2 in m, list(reversed(m)))
m.remove(2); print(m.d); m.clear(); print(m.d)
try: issubclass(3, Sized)
except TypeError as e: print(e)
try: Sized.register(3)
except TypeError as e: print(e)
import random
from collections import deque, OrderedDict, defaultdict, Counter
print(isinstance(deque(), MutableSequence), isinstance(OrderedDict(), MutableMapping), isinstance(Counter(), Mapping), isinstance(defaultdict(), MutableMapping))
print(random.Random(1).sample(deque(range(10)), 3))
