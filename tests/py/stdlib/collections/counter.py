# Counter: construction, counting, most_common order, arithmetic, repr, comparisons.
from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(3), c.most_common(0), c.most_common(-1))
print(c['a'], c['zzz'], 'zzz' in c, c.total(), len(c))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
print(Counter(), Counter({'x': 3, 'y': 1}), Counter(x=1, y=5), Counter(['a', 'b', 'a']))
print(repr(Counter({'b': 1, 'a': 1, 'c': 2})))

d = Counter(a=3, b=1)
d.update('aab')
d.update({'c': 2, 'a': -1})
d.update(z=4)
print(d)
d.subtract('zz')
d.subtract({'c': 5})
d.subtract(b=10)
print(d)
del d['nope']
del d['a']
print(d, d.copy() == d, type(d.copy()).__name__)

p, q = Counter(a=3, b=1, c=-2), Counter(a=1, b=2, d=4)
print(p + q, p - q, q - p, p | q, p & q)
print(+p, -p, +Counter(), -Counter(x=-3, y=2))
x = Counter(a=3, b=1)
x += Counter(a=-3, c=2)
print(x)
x -= Counter(c=5, d=-2)
print(x)
x |= Counter(d=1, e=7)
print(x)
x &= Counter(d=5, e=3)
print(x)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter(a=3) > Counter(a=2))
print(Counter(a=1).__eq__(3), Counter(a=1).__add__(3))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    hash(Counter())
except TypeError as e:
    print('TypeError', e)
try:
    Counter(a=1) + {'a': 1}
except TypeError as e:
    print('TypeError', e)

class Tally(Counter):
    pass
t = Tally('hello')
print(t, type(t + t).__name__, isinstance(t, dict))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(2))
print(dict(Counter(words)), list(Counter(words)))
