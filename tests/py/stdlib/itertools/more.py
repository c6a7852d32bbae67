import itertools as it
from itertools import *
# laziness
def gen():
    for i in range(3):
        print('yield', i)
        yield i
c = chain.from_iterable(([x] for x in gen()))
print('made'); print(next(c)); print(list(c))
z = zip_longest(gen(), 'ab')
print(next(z))
# accumulate with initial and func
print(list(accumulate([1, 2, 3], lambda a, b: a - b, initial=10)))
# count with floats and negative step
print(list(islice(count(10, -2.5), 4)), list(islice(count(1j), 2)))
# cycle after exhaustion remembers
cy = cycle(gen())
print([next(cy) for _ in range(5)])
# groupby with key and invalidation
for k, g in groupby(sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry']), key=lambda s: s[0]):
    print(k, list(g))
g = groupby([1, 1, 2])
_, first = next(g)
_, second = next(g)
print(list(first), list(second))
# product of iterators consumed eagerly
p = product(iter([1, 2]), iter('ab'))
print(next(p), list(p))
print(list(product('ab', repeat=0)), list(permutations([])), list(permutations('ab', 0)), list(combinations([], 0)))
print(sum(1 for _ in combinations(range(10), 4)), sum(1 for _ in combinations_with_replacement(range(5), 3)), sum(1 for _ in permutations(range(5), 3)))
# starmap with iterables of args
print(list(starmap(lambda *a: sum(a), [[1, 2, 3], (4,), ()])))
# islice with huge stop and step
print(list(islice(range(100), 5, 10**18, 30)))
# takewhile stops for good
tw = takewhile(lambda x: x < 3, [1, 2, 5, 1])
print(list(tw), list(tw))
# dropwhile/filterfalse laziness
print(list(dropwhile(lambda x: x, [1, 0, 1])), list(filterfalse(bool, [0, 1, '', 'x'])))
# tee iterated independently
a, b = tee(x * x for x in range(4))
print(list(zip(a, b)))
# compress shorter selectors
print(list(compress(range(10), [0, 1] * 2)))
print(repr(repeat([1], 2)), repr(count(-1)), repr(count(0, -1)))
print(list(zip(count(), 'abc')), list(map(pow, range(4), repeat(2))))
