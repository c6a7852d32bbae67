# functools.reduce and cmp_to_key (native).
import functools
import operator

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.add, [], 10))
print(functools.reduce(lambda a, b: a + [b], 'abc', []), functools.reduce(operator.mul, range(1, 6), 1))
print(functools.reduce(max, iter([3, 9, 2])), functools.reduce(operator.add, [5]))
t(functools.reduce)
t(functools.reduce, len)
t(functools.reduce, operator.add, 5)
t(functools.reduce, operator.add, [])
t(functools.reduce, operator.add, [1], 0, 1)
t(functools.reduce, operator.add, [1], initial=0)
t(functools.reduce, operator.add, [1, 'a'])
def gen():
    yield 1
    raise KeyError('inside')
t(functools.reduce, operator.add, gen())
print(functools.reduce)

calls = []
def cmp(a, b):
    calls.append((a, b))
    return (a > b) - (a < b)
key = functools.cmp_to_key(cmp)
print(type(key).__name__, type(key))
print(sorted([3, 1, 2, 5, 4], key=key), len(calls) > 0)
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
k1, k2, k3 = key(1), key(2), key(1)
calls.clear()
print(k1 < k2, k1 <= k3, k1 == k3, k1 != k2, k2 > k1, k2 >= k3, calls)
print(k1.obj, k2.obj)
k1.obj = 10
print(k1.obj, k1 > k2)
t(lambda: k1 < 3)
t(lambda: 3 < k1)
t(key)
t(key, 1, 2)
t(lambda: key < key)
t(lambda: key.obj)
t(functools.cmp_to_key)
weird = functools.cmp_to_key(lambda a, b: 'x')
t(lambda: weird(1) < weird(2))
lst = functools.cmp_to_key(lambda a, b: [1])
t(lambda: lst(1) == lst(2))
t(lambda: lst(1) != lst(2))
print(max([1, 5, 3], key=functools.cmp_to_key(lambda a, b: b - a)))
