import itertools as it
from itertools import *

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(0.5, 0.25), 3)))
print(repr(count(5)), repr(count(5, 2)), repr(count(1, 1.0)), repr(count(2.5)))
c = count(3); next(c); print(c)
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(repeat('a', 3)), repr(repeat('a', 3)), repr(repeat('a')), repr(repeat(1, -5)))
r = repeat(7, 2); next(r); print(r, list(r), r)
print(list(repeat(times=2, object='x')))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
import operator
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate('abc', operator.add)))
print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1, 2, 3])), list(zip_longest()))
print(list(product('ab', range(2))), list(product([0, 1], repeat=3))[:4], list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)), len(list(permutations(range(4)))), list(permutations('AB', 5)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('A', 2)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))
for name in ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'filterfalse', 'groupby',
             'islice', 'pairwise', 'starmap', 'takewhile', 'zip_longest', 'product', 'permutations', 'combinations',
             'combinations_with_replacement']:
    t = getattr(it, name)
    print(t, t.__name__, t.__module__)
x = count()
print(iter(x) is x, type(x).__name__)
