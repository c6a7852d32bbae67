# namedtuple fields are _tuplegetter descriptors; _make/_replace/_asdict/defaults/rename.
from collections import namedtuple
import _collections


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


P = namedtuple('P', 'x y', defaults=[5])
p = P(1)
print(p, p.x, p.y, P.x, type(P.x).__name__, type(P.x).__module__, P.x.__doc__)


def s():
    p.x = 3


t(s)


def s():
    del p.x


t(s)
t(lambda: P.x.__get__(p))
t(lambda: P.x.__get__(p, P))
t(lambda: P.x.__get__(None, P))
t(lambda: P.x.__get__((9,)))
t(lambda: P.y.__get__((9,)))
t(lambda: P.x.__get__([9]))
t(lambda: P.x.__set__(p, 3))
t(lambda: P.x.__delete__(p))
t(lambda: P.x.__reduce__())
P.x.__doc__ = 'new'
print(P.x.__doc__)
print(_collections._tuplegetter(1, 'd'))
t(lambda: _collections._tuplegetter(1))
t(lambda: _collections._tuplegetter('a', 'd'))
t(lambda: _collections._tuplegetter(-1, 'd').__get__((1, 2)))
t(lambda: _collections._tuplegetter(1, 'd', 3))
t(lambda: _collections._tuplegetter(index=1, doc='d'))
print(p._replace(y=7), P._make([3, 4]), p._asdict(), P._fields, P._field_defaults)
t(lambda: P._make([1]))
t(lambda: p._replace(z=1))
R = namedtuple('R', ['a', 'def', 'a', '_b'], rename=True)
print(R._fields, R(1, 2, 3, 4))
M = namedtuple('M', 'a b', module='mymod')
print(M.__module__)


class Point(namedtuple('Point', 'x y')):
    __slots__ = ()

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)


pt = Point(3, -4)
print(pt, pt.norm, pt.x, Point.x)
total = 0
for i in range(1000):
    total += pt.x * i
print(total)
