# namedtuple: fields, defaults, rename, _make, _asdict, _replace, _fields, repr, errors.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__name__, Point.__match_args__)
print(p._asdict(), p._replace(y=10), Point._make([5, 6]), Point._make(range(2)))
print(hash(p) == hash((1, 2)), p + (3,), p * 2, sorted([Point(2, 1), Point(1, 5)]))
x, y = p
print(x, y, type(p).__name__, Point.x.__doc__)

P3 = namedtuple('P3', 'a, b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', ['ok', 'def', 'ok', '_x', '1bad'], rename=True)
print(R._fields)
one = namedtuple('One', 'only')
print(one(7), one._make([8]))
empty = namedtuple('Empty', '')
print(empty(), empty._fields)

for args, kw in [(('P', 'x y'), {}), (('P', ['x', 'x']), {}), (('P', ['_x']), {}), (('P', ['def']), {}),
                 (('1P', ['x']), {}), (('P', ['a b']), {}), (('P', ['x', 3]), {}), (('P', 'x'), {'defaults': (1, 2)})]:
    try:
        namedtuple(*args, **kw)
        print('ok', args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point._make([1]),
            lambda: p._replace(z=1), lambda: setattr(p, 'z', 5), lambda: setattr(p, 'x', 5), lambda: delattr(p, 'y')]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return 'Vec<%s,%s>' % self
v = Vec(3, 4)
print(v, v.norm2(), v._replace(x=0), Vec._make([1, 1]).norm2())
M = namedtuple('M', 'a', module='mymod')
print(M.__module__)
match Point(0, 5):
    case Point(0, yy):
        print('on y axis at', yy)
