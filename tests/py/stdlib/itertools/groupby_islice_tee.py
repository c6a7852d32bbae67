from itertools import groupby, islice, tee, count
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 8], key=lambda x: x // 3)])
groups = []
for k, g in groupby('AABBBC'):
    groups.append(g)
print([list(g) for g in groups])
gb = groupby('aabbcc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(list(groupby([])))
print([(k, len(list(g))) for k, g in groupby([1.0, 1, True, 2, 2.0])])

print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice('ABCDEFG', None)), list(islice('ABCDEFG', None, None, None)))
print(list(islice(range(10), 1, 8, 3)), list(islice('abc', 5, 10)), list(islice(count(), 0)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
for args in [(-1,), (1, -1), (-1, 3), (0, 1, 0), (0, 1, -1), ('a',), ('a', 2), (1, 'b'), (0, 2, 'x'), (2**70,), (-2, 3), (1, -2)]:
    try:
        islice('abc', *args)
    except Exception as e:
        print(args, type(e).__name__, e)
for args in [(), ('a',), (1, 2, 3, 4, 5)]:
    try:
        islice(*args)
    except Exception as e:
        print(type(e).__name__, e)

a, b = tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
print(tee('ab', 0), len(tee('ab', 3)), type(tee('x')[0]))
a, b, c = tee(iter(range(5)), 3)
print(list(a), list(b), list(c))
a, b = tee(count())
print([next(a) for _ in range(3)], next(b))
a, = tee('xyz', 1)
a2, b2 = tee(a)
print(next(a2), list(b2), list(a))
try:
    tee([], -1)
except ValueError as e:
    print(e)
