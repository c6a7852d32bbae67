import copy
import itertools as it

def strip(r):
    # reduce tuples hold iterators: show their types and reduce values instead of addresses
    out = []
    for x in r:
        if isinstance(x, tuple):
            out.append(tuple(type(y).__name__ if 'iterator' in type(y).__name__ or callable(y) else y for y in x))
        else:
            out.append(x)
    return tuple(out)

objs = {
    'count': lambda: it.count(3, 2), 'repeat': lambda: it.repeat('x', 3),
    'chain': lambda: it.chain('ab', 'cd'), 'from_iterable': lambda: it.chain.from_iterable(['xy', [1, 2]]),
    'starmap': lambda: it.starmap(pow, [(2, 3), (3, 2), (4, 2)]),
    'compress': lambda: it.compress('abcdef', [1, 0, 1, 1, 0, 1]),
    'dropwhile': lambda: it.dropwhile(lambda x: x < 2, [1, 2, 3, 0]),
    'takewhile': lambda: it.takewhile(lambda x: x < 3, [1, 2, 3, 1]),
    'filterfalse': lambda: it.filterfalse(None, [0, 1, 0, 2, 0]),
    'pairwise': lambda: it.pairwise('abcd'),
}
for name, mk in objs.items():
    o = mk()
    next(o)
    try:
        print(name, 'reduce', strip(o.__reduce__())[1:] if name not in ('count', 'repeat') else o.__reduce__()[1:])
    except TypeError as e:
        print(name, 'TypeError', e)
    for op in [copy.copy, copy.deepcopy] if name != 'pairwise' else []:
        try:
            r = op(o)
            print(name, op.__name__, type(r).__name__, list(it.islice(r, 5)))
        except TypeError as e:
            print(name, op.__name__, 'TypeError', e)
    print(name, 'original', list(it.islice(o, 5)))

# takewhile/dropwhile state survives a copy
t = it.takewhile(lambda x: x < 3, [1, 5, 1, 1])
print(list(t), list(copy.copy(t)))
d = it.dropwhile(lambda x: x < 3, [1, 5, 1])
next(d)
d2 = copy.deepcopy(d)
print(list(d2), list(d))
c = it.chain()
for state in [(), (iter([]),) * 3, 5, (1,), (iter([]), 2)]:
    try:
        c.__setstate__(state)
        print('ok')
    except TypeError as e:
        print('TypeError', e)
c.__setstate__((iter(['pq', 'r']), iter('xy')))
print(list(c))

# the sequence iterators
for seq in [[1, 2, 3], (1, 2, 3), 'abc', b'abc']:
    i = iter(seq)
    next(i)
    print(type(i).__name__, i.__reduce__()[1:], list(copy.copy(i)), list(i))
    print(i.__reduce__()[1:])
    j = iter(seq)
    j.__setstate__(2)
    k = iter(seq)
    k.__setstate__(-5)
    m = iter(seq)
    m.__setstate__(99)
    print(list(j), list(k), list(m))
print(iter.__name__, iter([1]).__reduce__()[0] is iter)

# islice and zip_longest
for mk in [lambda: it.islice('abcdef', 1, 5, 2), lambda: it.islice('abc', 2), lambda: it.islice(iter(list(range(10))), 3, None),
           lambda: it.zip_longest('ab', 'c', fillvalue='-'), lambda: it.zip_longest([1, 2, 3], 'xy')]:
    o = mk()
    print(type(o).__name__, strip(o.__reduce__())[1:])
    next(o)
    print(strip(o.__reduce__())[1:])
    print(list(copy.copy(o)), list(copy.deepcopy(o)), list(o))
    print(strip(o.__reduce__())[1:])
s = it.islice('abcdef', 0, None, 2)
s.__setstate__(4)
print(list(s))
z = it.zip_longest('ab', 'abc')
z.__setstate__('*')
print(list(z))

# cycle: first pass, replay, and restored state
c = it.cycle('abc')
print(strip(c.__reduce__())[1:])
next(c)
print(strip(c.__reduce__())[1:], list(it.islice(copy.copy(c), 5)), list(it.islice(copy.deepcopy(c), 5)))
print(list(it.islice(c, 7)))
r = c.__reduce__()
print(strip(r)[1:], list(it.islice(copy.copy(c), 5)), list(it.islice(c, 4)))
c2 = it.cycle('xy')
c2.__setstate__((['p', 'q'], True))
print(list(it.islice(c2, 6)))
for state in [5, (1, 2, 3), ('ab', 0)]:
    try:
        it.cycle('a').__setstate__(state)
    except TypeError as e:
        print('TypeError', e)
