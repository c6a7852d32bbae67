# Counter on the native _count_elements, most_common, and _count_elements itself.
from collections import Counter
import _collections


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(), c.most_common(0), c.most_common(-1))
c.update('aaz')
c.update({'z': 5})
c.update(b=2)
print(c, c.total())
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1), Counter(x % 3 for x in range(10)))
d = {}
_collections._count_elements(d, 'abca')
print(d)
t(lambda: _collections._count_elements(d, 5))
t(lambda: _collections._count_elements(5, 'a'))
t(lambda: _collections._count_elements(d))
t(lambda: _collections._count_elements({'a': 'x'}, 'a'))
t(lambda: _collections._count_elements({}, [[1]]))
f = {'a': 1.5}
_collections._count_elements(f, 'aa')
print(f)


class Loud(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        dict.__setitem__(self, k, v)


m = Loud()
_collections._count_elements(m, 'aa')
print(m)


class Getter(dict):
    def get(self, k, default=None):
        print('get', k)
        return dict.get(self, k, default)


g = Getter()
_collections._count_elements(g, 'ab')
print(g)
big = Counter(i % 7 for i in range(1000))
print(big.most_common(3), sum(big.values()))
