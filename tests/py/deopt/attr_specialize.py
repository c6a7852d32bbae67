# Instance attribute loads/stores and method loads that get specialized, then
# see the class or the object change under them.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(objs):
    return [o.x for o in objs]


def total(objs):
    s = 0
    for o in objs:
        s += o.norm1()
    return s


pts = [P(i, -i) for i in range(50)]
print(sum(read_x(pts)), total(pts))

# A data descriptor on the class now wins over the instance dict.
P.x = property(lambda self: 1000)
print(sum(read_x(pts)))
del P.x
print(sum(read_x(pts)))

# Keys in another order in another instance (same type).
q = P.__new__(P)
q.y = 5
q.x = 7
print(read_x(pts[:3] + [q]), total([q] * 3))

# Missing instance attribute falls back to the class attribute, then to __getattr__.
r = P.__new__(P)
P.x = "class-x"
print(read_x([pts[0], r]))
del P.x
P.__getattr__ = lambda self, name: "getattr-" + name
print(read_x([pts[1], r]))
del P.__getattr__
try:
    read_x([r])
except AttributeError as e:
    print(type(e).__name__, e)

# __getattribute__ added to the class.
P.__getattribute__ = lambda self, name: "ga-" + name
print(read_x(pts[:2]))
del P.__getattribute__
print(read_x(pts[:2]))

# Swapping __class__.
class Q:
    x = "Q.x"

    def norm1(self):
        return -1


o = P(3, 4)
print(read_x([o, o]), total([o, o]))
o.__class__ = Q
print(read_x([o]), total([o]))
del o.x
print(read_x([o]))

# The method shadowed by an instance attribute.
p = P(1, 2)
print(total([p, p]))
p.norm1 = lambda: 100
print(total([p, p]))
del p.norm1
print(total([p]))

# The method replaced on the class.
P.norm1 = lambda self: 42
print(total(pts[:3]))

# Stores: warm up, then a property setter and __setattr__ take over.
def set_all(objs, v):
    for o in objs:
        o.x = v


set_all(pts, 9)
print(sum(read_x(pts)))
log = []
P.x = property(lambda self: self.__dict__["x"], lambda self, v: log.append(v))
set_all(pts[:3], 11)
print(log, sum(read_x(pts)))
del P.x
P.__setattr__ = lambda self, k, v: log.append((k, v))
set_all(pts[:2], 12)
print(log[-2:], pts[0].x)
del P.__setattr__
set_all(pts[:2], 13)
print(pts[0].x, pts[1].x)

# Stores into fresh objects (the name is not in the dict yet).
def make(n):
    out = []
    for i in range(n):
        o = P.__new__(P)
        o.a = i
        o.b = i * 2
        out.append(o)
    return out


objs = make(40)
print(sum(o.a + o.b for o in objs), list(vars(objs[3]).items()))

# __slots__ classes and builtin methods.
class S:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


ss = [S(i) for i in range(30)]
print(sum(read_x(ss)))
set_all(ss, 2)
print(sum(read_x(ss)))
try:
    set_all([S(1)], 1) or S(1).__dict__
except AttributeError as e:
    print(type(e).__name__, e)


def appender(lst, n):
    for i in range(n):
        lst.append(i)
    return lst


print(len(appender([], 30)))
try:
    appender((), 1)
except AttributeError as e:
    print(type(e).__name__, e)


class MyList(list):
    pass


ml = appender(MyList(), 5)
print(ml, type(ml).__name__)
ml.append = lambda v: print("shadowed", v)
appender(ml, 2)
print(ml)

# An object whose attribute is deleted between calls.
class D:
    pass


d = D()
d.v = 1
print([d.v for _ in range(20)][-1])
del d.v
try:
    print(d.v)
except AttributeError as e:
    print(type(e).__name__, e)
