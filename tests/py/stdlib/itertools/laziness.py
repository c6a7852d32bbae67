# When each itertools iterator pulls from its inputs (a printing generator shows it).
import itertools as it

def gen(name, items):
    for x in items:
        print('  ', name, 'yields', x)
        yield x
    print('  ', name, 'done')

def show(label, make, steps):
    print(label)
    obj = make()
    print('  created')
    for _ in range(steps):
        try:
            print('  ->', next(obj))
        except StopIteration:
            print('  -> StopIteration')
            break

show('chain', lambda: it.chain(gen('a', [1, 2]), gen('b', [3])), 5)
show('chain.from_iterable', lambda: it.chain.from_iterable(gen('outer', [[1], [], [2]])), 4)
show('cycle', lambda: it.cycle(gen('c', 'ab')), 5)
show('accumulate', lambda: it.accumulate(gen('acc', [1, 2, 3]), initial=10), 5)
show('compress', lambda: it.compress(gen('data', 'abc'), gen('sel', [0, 1])), 3)
show('dropwhile', lambda: it.dropwhile(lambda x: x < 2, gen('d', [1, 2, 0, 3])), 4)
show('takewhile', lambda: it.takewhile(lambda x: x < 2, gen('t', [1, 2, 0])), 3)
show('filterfalse', lambda: it.filterfalse(None, gen('f', [1, 0, '', 'x'])), 3)
show('islice(2, 6, 2)', lambda: it.islice(gen('s', range(10)), 2, 6, 2), 3)
show('islice(3)', lambda: it.islice(gen('s', range(10)), 3), 4)
show('islice(0)', lambda: it.islice(gen('s', range(3)), 0), 1)
show('pairwise', lambda: it.pairwise(gen('p', 'abc')), 3)
show('starmap', lambda: it.starmap(pow, gen('sm', [(2, 3), [3, 2]])), 3)
show('zip_longest', lambda: it.zip_longest(gen('x', [1, 2]), gen('y', [3]), fillvalue='-'), 3)
show('groupby', lambda: map(lambda kg: kg[0], it.groupby(gen('g', 'aab'))), 3)
show('product', lambda: it.product(gen('p1', 'ab'), gen('p2', 'xy')), 2)
show('permutations', lambda: it.permutations(gen('pm', 'abc'), 2), 2)
show('combinations', lambda: it.combinations(gen('cb', 'abc'), 2), 2)
show('cwr', lambda: it.combinations_with_replacement(gen('cw', 'ab'), 2), 2)

print('tee')
a, b = it.tee(gen('tee', [1, 2, 3]))
print(' ', next(a), next(a))
print(' ', next(b), list(b), list(a))

# islice consumes exactly what CPython consumes
src = iter(range(20))
print(list(it.islice(src, 1, 10, 4)), next(src))
src = iter(range(20))
print(list(it.islice(src, 5, 5)), next(src))
src = iter(range(3))
print(list(it.islice(src, 1, None, 5)), list(src))
# zip_longest and an erroring input
def boom():
    yield 1
    raise ValueError('boom')
z = it.zip_longest([1, 2, 3], boom())
print(next(z))
try:
    next(z)
except ValueError as e:
    print('ValueError', e)
print(list(z))
# chain stops after an uniterable argument
c = it.chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError', e)
print(list(c))
