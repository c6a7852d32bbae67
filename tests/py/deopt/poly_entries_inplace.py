# Polymorphic attribute / method / store sites: a site alternating between
# several classes serves the non-primary ones from its earlier entries in
# place. Each entry must keep its own shape refresh, append position and
# method, and every class change, __class__ assignment, materialized dict,
# __slots__ member or new __getattr__ must still be seen.
import math


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return ("base", self.v)


class A(Base):
    def get(self):
        return ("a", self.v)


class B(Base):
    def __init__(self, v):
        self.pad = 0
        super().__init__(v)


class C(Base):
    pass


class S:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def get(self):
        return ("s", self.v)


def read(objs):
    return [o.v for o in objs]


def call(objs):
    return [o.get() for o in objs]


def write(objs, x):
    for o in objs:
        o.v = x
        o.w = x  # appends on first store for each shape


def fmt(xs):
    return [repr(x) for x in xs]


objs = [A(1), B(2.5), C(-0.0), Base(10 ** 30), S(float("nan"))]
for _ in range(200):
    r = read(objs)
    m = call(objs)
print(fmt(r), m)

# Another shape of the same class at the same site (entry refreshes in place).
b2 = B(7)
b2.extra = 1
objs2 = [A(3), b2, B(8), C(float("inf")), S(-1)]
for _ in range(50):
    r = read(objs2)
print(fmt(r))

# Stores alternate between classes; the append position is per entry.
fresh = lambda: [A(0), B(0), C(0), Base(0)]
for i in range(60):
    xs = fresh()
    write(xs, i * 0.5)
print([(o.v, o.w) for o in xs])
s = S(1)
try:
    write([A(0), s], 1)
except AttributeError as e:
    print("AttributeError", e)
print(s.v)

# A class attribute changed after warm-up: a property on one subclass.
C.v = property(lambda self: "prop")
print(read(objs))
try:
    write(fresh(), 2)
except AttributeError as e:
    print("AttributeError (no setter)")
del C.v
print(read(objs))

# A method overridden on one class after warm-up; one instance shadows it.
C.get = lambda self: ("c-new", self.v)
print(call(objs))
objs[1].get = lambda: "instance"
print(call(objs))
del objs[1].get
print(call(objs))

# __class__ assignment moves an object to another class of the site.
a = objs[0]
a.__class__ = C
print(call(objs)[0], read(objs)[0])
a.__class__ = A
print(call(objs)[0])

# A materialized dict (vars) and a deleted attribute.
vars(objs[2])["v"] = "dict"
print(read(objs)[2])
del objs[3].v
try:
    read(objs)
except AttributeError as e:
    print("AttributeError", e)

# __getattr__ added to one class only answers missing names.
Base.__getattr__ = lambda self, name: ("ga", name)
print(read(objs)[3], objs[0].v)
del Base.__getattr__

# More classes than entries: the site keeps working while thrashing.
classes = [type("K%d" % i, (Base,), {}) for i in range(8)]
many = [k(i) for i, k in enumerate(classes)]
for _ in range(30):
    r = read(many)
    m = call(many)
    write(many, -1)
print(read(many), m[-1], [o.w for o in many][:3])

# Int overflow and float edge values through a poly store/load pair.
vals = [2 ** 62, -(2 ** 63), math.inf, -math.inf, -0.0]
for v in vals:
    xs = fresh()
    write(xs, v)
    print(fmt(read(xs)))
