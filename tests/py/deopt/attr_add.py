# Stores that add an attribute (`self.x = ...` in `__init__`) are done in
# place by compiled code once warm; each case warms a site up, then breaks
# one of the facts the in-place add relies on.


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def build(n):
    out = []
    for i in range(n):
        out.append(V(i, i * 2, i * 3))
    return out


vs = build(500)
print(sum(v.x + v.y + v.z for v in vs), sorted(vars(vs[7]).items()))


def add_w(o, w):
    o.w = w


for v in vs:
    add_w(v, v.x)
print(sum(v.w for v in vs), list(vars(vs[3])))

# An object whose dict was materialized (vars) before the add.
o = V(1, 2, 3)
d = vars(o)
add_w(o, 99)
print(d, o.w)

# An object with attributes in another order (another shape).
class W:
    pass


a = W()
a.z = 1
a.y = 2
add_w(a, 3)
print(sorted(vars(a).items()), list(vars(a)))

# Attribute already present: the store replaces.
o = V(1, 2, 3)
o.w = 5
add_w(o, 6)
print(o.w, list(vars(o)))


# One instance only gets an extra attribute; the site keeps working for others.
class P:
    def __init__(self, a, extra):
        self.a = a
        if extra:
            self.b = a + 1
        self.c = a + 2


ps = [P(i, i % 3 == 0) for i in range(600)]
print(sum(p.a + p.c for p in ps), sum(getattr(p, "b", 0) for p in ps), list(vars(ps[3])), list(vars(ps[4])))


# A data descriptor (property) added to the class after warm-up: the store
# must go through it.
class Q:
    def __init__(self, v):
        self.v = v


qs = [Q(i) for i in range(400)]
log = []
Q.v = property(lambda self: "prop", lambda self, val: log.append(val))
q = Q(7)
print(q.v, log, "v" in vars(q))
del Q.v


# __setattr__ added to the class after warm-up.
class R:
    def __init__(self, v):
        self.v = v


rs = [R(i) for i in range(400)]


def setattr_hook(self, name, val):
    object.__setattr__(self, name, val * 10)


R.__setattr__ = setattr_hook
print(R(4).v)


# __slots__ subclass and a class without __dict__.
class S:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def make_s(n):
    return [S(i).v for i in range(n)]


print(sum(make_s(400)))


def add_attr(o, val):
    o.attr = val


class T:
    pass


ts = [T() for _ in range(400)]
for t_ in ts:
    add_attr(t_, 1)
try:
    add_attr(S(1), 2)
except AttributeError as e:
    print("AttributeError", e)
try:
    add_attr(object(), 2)
except AttributeError as e:
    print("AttributeError", e)

# Many attributes: past the inline limit the object switches to a dict.
class Big:
    pass


def fill(o, n):
    for i in range(n):
        setattr(o, "a%d" % i, i)


def add_many(o):
    o.p0 = 0
    o.p1 = 1
    o.p2 = 2
    o.p3 = 3


for i in range(300):
    b = Big()
    add_many(b)
big = Big()
fill(big, 40)
add_many(big)
print(len(vars(big)), big.p3, big.a39)

# The values added are owned by the objects: dropping them frees in order.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


holder = V(Tracked("x"), Tracked("y"), Tracked("z"))
del holder
print("end")
