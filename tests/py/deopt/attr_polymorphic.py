# Attribute and method sites that see several types (polymorphic inline
# caches): each type keeps its own entry, and any class mutation, shadowing
# instance attribute, __class__ swap or __slots__ member is still honoured.


class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return self.v


class A(Base):
    pass


class B(Base):
    def get(self):
        return -self.v


class C(Base):
    def __init__(self, v):
        self.extra = "c"  # another layout: `v` at another index
        super().__init__(v)


class D:
    __slots__ = ("v", "w")

    def __init__(self, v):
        self.v = v
        self.w = v + 1

    def get(self):
        return self.v * 10


class E:
    def __init__(self, v):
        self.v = v
        self.w = 0

    def get(self):
        return "e"


def read_all(objs):
    return [(o.v, o.w, o.get()) for o in objs]


def bump_all(objs, d):
    for o in objs:
        o.v = o.v + d


objs = [A(1), B(2), C(3), D(4), E(5), A(6), B(7), C(8), D(9), E(10)]
for _ in range(30):
    r = read_all(objs)
print(r)
for _ in range(30):
    bump_all(objs, 1)
print(read_all(objs))

# A property on one class now shadows the instance attribute.
A.v = property(lambda self: "prop")
print(read_all(objs))
del A.v
print(read_all(objs))

# A method replaced on one class, then removed again.
B.get = lambda self: "patched"
print(read_all(objs))
del B.get
print(read_all(objs))

# An instance attribute shadows a method of one object only.
objs[4].get = lambda: "own"
print(read_all(objs))
del objs[4].get

# __getattr__ does not change found attributes; __getattribute__ does.
E.__getattribute__ = lambda self, name: (lambda: "ga-get") if name == "get" else "ga:" + name
print(read_all(objs))
del E.__getattribute__
print(read_all(objs))

# __class__ swapped between compatible classes.
o = objs[0]
o.__class__ = B
print(read_all(objs))
o.__class__ = A

# A missing attribute on one type raises as usual.
class F:
    def get(self):
        return "f"


f = F()
f.v = 1
try:
    read_all(objs + [f])
except AttributeError as e:
    print(type(e).__name__, e)

# Deleting an attribute of one instance.
del objs[1].w
try:
    read_all(objs)
except AttributeError as e:
    print(type(e).__name__, e)
objs[1].w = "back"
print(read_all(objs))

# Stores through a polymorphic site, including a __setattr__ added later.
for _ in range(20):
    bump_all(objs, 2)
print([o.v for o in objs])
log = []
C.__setattr__ = lambda self, name, value: log.append((name, value))
bump_all(objs, 100)
print([o.v for o in objs], log)
