# tee buffering, copies, tee of a tee; groupby group invalidation.
import copy
from itertools import tee, groupby, islice, count, chain

a, b, c = tee(range(100), 3)
print(list(islice(a, 60))[-3:], next(b), list(c)[-2:], list(a)[:3], len(list(b)))
a, b = tee([1, 2, 3])
a2 = copy.copy(a)
a3 = a.__copy__()
print(next(a), next(a), list(a2), list(a3), list(b), list(a))
x, = tee('abc', 1)
print(type(x).__name__, list(x))
print(tee([], 0))
t1, t2 = tee(iter([1, 2, 3, 4]))
next(t1)
u1, u2 = tee(t1)
print(type(u1).__name__, list(u1), list(u2), list(t2))
it = iter('xyz')
t = type(tee([])[0])(it)
print(next(t), list(t), list(it))
# tee of an iterator that has __copy__ uses it
class Copyable:
    def __init__(self, n=0):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def __copy__(self):
        print('  __copy__ called')
        return Copyable(self.n)
p, q = tee(Copyable())
print(type(p).__name__, list(p), list(q))
# re-entering a tee
def reenter():
    yield next(holder[0])
holder = []
r1, r2 = tee(reenter())
holder.append(r1)
try:
    next(r1)
except RuntimeError as e:
    print('RuntimeError', e)
# big lag between copies (many buffer blocks), then dropping them
a, b = tee(range(5000))
print(sum(a), next(b), sum(b))
a, b = tee(count())
for _ in range(200000):
    next(a)
print(next(a), next(b))
del a, b

gb = groupby('aaabbbccd')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), next(g2))
k3, g3 = next(gb)
print(k3, list(g2), list(g3), list(g3))
print([k for k, _ in gb])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0, 3], key=lambda v: v)])
print([(k, ''.join(g)) for k, g in groupby('AaBbbA', key=str.lower)])
print([(k, list(g)) for k, g in groupby([], key=len)])
gs = [g for _, g in groupby('aabbc')]
print([list(g) for g in gs])
gb = groupby('aabb')
k, g = next(gb)
print(list(g), next(gb)[0], list(g))
calls = []
def key(v):
    calls.append(v)
    return v // 10
print([(k, list(g)) for k, g in groupby([1, 2, 11, 12, 21], key=key)], calls)
def bad_key(v):
    if v == 3:
        raise KeyError('no key')
    return v
gb = groupby([1, 2, 3], key=bad_key)
print(next(gb)[0], next(gb)[0])
try:
    next(gb)
except KeyError as e:
    print('KeyError', e)
class NoEq:
    def __eq__(self, other):
        raise ValueError('cannot compare')
gb = groupby([NoEq(), NoEq()])
next(gb)
try:
    next(gb)
except ValueError as e:
    print('ValueError', e)
