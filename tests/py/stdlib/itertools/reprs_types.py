# Type names, module, reprs, __length_hint__, subclassing.
import itertools
from itertools import *
from fractions import Fraction
from decimal import Decimal

objs = [chain(), count(), cycle([]), repeat(1), accumulate([]), compress([], []), dropwhile(len, []),
        takewhile(len, []), filterfalse(len, []), groupby([]), islice([], 1), pairwise([]),
        starmap(len, []), tee([])[0], zip_longest(), product(), permutations([]), combinations([], 1),
        combinations_with_replacement([], 1), next(groupby([1]))[1]]
for o in objs:
    t = type(o)
    print(t.__name__, t.__module__, t.__qualname__, iter(o) is o, hasattr(o, '__next__'))
print(chain, count, type(tee([])[0]))
print(itertools.tee.__name__, type(itertools.tee).__name__)
for c in [count(), count(5), count(-3), count(1.5, 0.5), count(0, True), count(True), count(True, 2),
          count(0, 1.0), count(2**70), count(2**70, -1), count(1j, 2), count(Fraction(1, 3), Fraction(1, 2)),
          count(Decimal('0.5'))]:
    print(repr(c), [next(c) for _ in range(3)], repr(c))
c = count(9223372036854775806)
print([next(c) for _ in range(4)], repr(c))
c = count(-9223372036854775807, -1)
print([next(c) for _ in range(3)], repr(c))
c = count(start=2, step=-0.25)
print([next(c) for _ in range(3)])
for r in [repeat('a'), repeat('a', 3), repeat([1], 0), repeat(None, -5), repeat(object=2, times=2)]:
    try:
        hint = r.__length_hint__()
    except TypeError as e:
        hint = 'TypeError ' + str(e)
    print(repr(r), hint, list(islice(r, 4)), repr(r))
r = repeat('x', 2)
print(list(r), repr(r), r.__length_hint__())
print(list(map(pow, range(4), repeat(2))))

class MyChain(chain):
    def __init__(self, *args):
        self.n = len(args)
print(list(MyChain([1], [2, 3])), MyChain([1], [2]).n, isinstance(MyChain(), chain))
class Evens(count):
    def __next__(self):
        return super().__next__() * 2
e = Evens(3)
print(next(e), next(e), repr(e), list(islice(Evens(), 3)))
class Twice(islice):
    pass
print(list(Twice('abcdef', 1, None, 2)), type(Twice('a', 1)).__name__)
class Rep(repeat):
    pass
print(repr(Rep('z', 2)))
for bad in ['_tee', '_grouper']:
    try:
        class X(getattr(itertools, bad)):
            pass
        print(bad, 'subclassable')
    except TypeError:
        print(bad, 'not subclassable')
