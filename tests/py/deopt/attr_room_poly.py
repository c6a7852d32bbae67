# Instance attributes kept in the object's own room (the first few) and in a
# separate array past it, read and written through warm specialized sites
# that see several types (polymorphic caches), while classes and objects
# change under them: class attributes, __getattr__, __slots__, properties
# and other descriptors, __class__ swaps, deletions, many attributes.

N = 300


class Base:
    def __init__(self, v):
        self.a = v
        self.b = v * 0.5


class A(Base):
    pass


class B(Base):
    def __init__(self, v):
        super().__init__(v)
        self.c = -v


class C(Base):
    def __init__(self, v):
        super().__init__(v)
        self.c = 1.0
        self.d = 2.0
        self.e = 3.0          # past the room of 4
        self.f = 4.0


class D(Base):
    pass


def read_a(o):
    return o.a


def read_b_plus(o):
    return o.b + o.a


def write_a(o, v):
    o.a = v


def bump(o):
    o.b += 1.5


objs = [A(1.0), B(2.0), C(3.0), D(4.0), A(5.0), C(6.0)]

# Warm up one polymorphic read site and one write site over four types.
tot = 0.0
for i in range(N):
    for o in objs:
        tot += read_a(o) + read_b_plus(o)
print("warm", tot)
for i in range(N):
    for o in objs:
        bump(o)
print("bumped", [o.b for o in objs])

# Many attributes: values move out of the room, stay readable and in order.
big = C(7.0)
for k in range(12):
    setattr(big, "x%d" % k, float(k))
for i in range(N):
    tot = read_a(big) + big.x11 + big.e
print("big", tot, list(vars(big))[:8], len(vars(big)))

# An object that grows past the room while a warm site reads it.
g = A(8.0)
seen = []
for k in range(10):
    setattr(g, "g%d" % k, k)
    seen.append(read_a(g) + getattr(g, "g%d" % k))
print("grow", seen, g.g0, g.g9)

# A class attribute shadowing nothing: instance value still wins.
A.a = "class-a"
print("class attr", [read_a(o) for o in objs])
del A.a

# A data descriptor (property) on a subclass wins over the instance value.
D.a = property(lambda self: "prop-a")
print("property", [read_a(o) for o in objs])
try:
    write_a(objs[3], 9.0)
except AttributeError:
    # (CPython words this without the name for a property assigned after
    # the class body; only the type is compared here.)
    print("AttributeError on store")
del D.a
print("property gone", [read_a(o) for o in objs])


# A non-data descriptor does not beat the instance value.
class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"


B.a = NonData()
print("nondata", [read_a(o) for o in objs])
del B.a


# __getattr__ is only asked for missing attributes.
def ga(self, name):
    return "getattr:" + name


C.__getattr__ = ga
print("getattr", [read_a(o) for o in objs], objs[2].missing)
del objs[2].a
print("getattr after del", [read_a(o) for o in objs])
del C.__getattr__
try:
    read_a(objs[2])
except AttributeError as e:
    print("AttributeError", e)
objs[2].a = 33.0

# Deleting attributes, then adding them back in another order.
o = B(10.0)
for i in range(N):
    read_a(o)
del o.a
try:
    read_a(o)
except AttributeError as e:
    print("AttributeError", e)
o.a = "back"
print("readded", read_a(o), vars(o))


# __class__ swap between layouts with and without the names.
class E:
    pass


for o in objs:
    for i in range(5):
        read_a(o)
s = A(11.0)
s.__class__ = E
print("swapped", read_a(s), type(s).__name__)
s.__class__ = B
print("swapped back", read_a(s), read_b_plus(s))


# __slots__ classes at the same sites, and one with a __dict__ too.
class S:
    __slots__ = ("a", "b")

    def __init__(self, v):
        self.a = v
        self.b = v + 1


class SD(S):
    def __init__(self, v):
        super().__init__(v)
        self.c = 0


mixed = objs + [S(20.0), SD(30.0)]
for i in range(N):
    tot = 0.0
    for o in mixed:
        tot += read_a(o) if not isinstance(read_a(o), str) else 0.0
        write_a(o, read_a(o))
print("slots", tot)
empty = S.__new__(S)
try:
    read_a(empty)
except AttributeError as e:
    print("AttributeError", e)

# The instance dict materialized (vars / __dict__) while sites are warm.
m = A(40.0)
for i in range(N):
    read_a(m)
d = m.__dict__
d["a"] = "via dict"
print("dict", read_a(m), read_b_plus(A(1.0)))
m.z = 1
print("dict keys", list(vars(m)))

# Subclass adding a property after instances exist.
class F(A):
    pass


fs = [F(float(i)) for i in range(4)]
for i in range(N):
    for o in fs + objs[:2]:
        read_a(o)
F.a = property(lambda self: "F-prop")
print("subclass prop", [read_a(o) for o in fs + objs[:2]])

# Float arithmetic through the specialized float ops: in-place forms,
# int mixing, division by zero, nan/inf.
x = 1.0
vals = []
for i in range(N):
    x += 0.5
    x -= 0.25
    x *= 1.0
    x /= 1.0
    vals.append(x)
print("floats", vals[-1], 3.0 - 2, 2 * 1.5, 1 / 4.0, 7.5 // 2.0, 7.5 % 2.0)
for den in (2.0, 0.0):
    try:
        print(1.0 / den)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        y = 3.0
        y /= den
        print(y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
inf = float("inf")
print(inf - inf, inf * 0.0, -inf + 1.0, (inf - inf) * -1.0)


class MyFloat(float):
    def __add__(self, o):
        return "myadd"


for i in range(N):
    r = 1.5 + 2.5
print(r, MyFloat(1.0) + 2.0, 2.0 + MyFloat(1.0))
