# Instance attributes kept inline (shapes) and their inline caches: warm a
# site up, then change the object's layout and check every result.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(o):
    return o.x


def read_y(o):
    return o.y


def write_x(o, v):
    o.x = v


def call_norm(o):
    return o.norm1()


def warm(n=50):
    total = 0
    for i in range(n):
        p = P(i, -i)
        write_x(p, i + 1)
        total += read_x(p) + read_y(p) + call_norm(p)
    return total


print("warm", warm())

# Attributes added in a different order: same names, other shape.
q = P.__new__(P)
q.y = 7
q.x = 3
print("other order", read_x(q), read_y(q), list(vars(q)), call_norm(q))
write_x(q, 11)
print("after write", read_x(q), list(q.__dict__.items()))

# Dict order is insertion order, also after materializing.
r = P(1, 2)
r.z = 3
r.a = 4
print("order", list(r.__dict__), r.__dict__)
r.__dict__["b"] = 5
print("dict write seen", r.b, read_x(r))
r.x = 100
print("attr write seen in dict", r.__dict__["x"], read_x(r))

# Deleting an attribute.
s = P(5, 6)
del s.x
try:
    read_x(s)
except AttributeError as e:
    print("AttributeError", e)
s.x = 9
print("re-added", read_x(s), list(vars(s)))
try:
    del s.nothere
except AttributeError as e:
    print("AttributeError", e)
t = P(1, 1)
try:
    del t.nothere
except AttributeError as e:
    print("AttributeError", e)

# __dict__ assignment and deletion.
u = P(1, 2)
u.__dict__ = {"y": 20, "x": 10}
print("assigned", read_x(u), read_y(u), vars(u))
write_x(u, 30)
print("assigned write", u.__dict__)
d = {"x": 1}
u.__dict__ = d
d["x"] = 2
print("shared dict", read_x(u))
try:
    u.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
del u.__dict__
print("deleted dict", vars(u))
try:
    read_x(u)
except AttributeError as e:
    print("AttributeError", e)
u.x = 4
print("after delete", read_x(u), u.__dict__)


class DictSub(dict):
    pass


u.__dict__ = DictSub(x=8)
print("dict subclass", read_x(u), type(u.__dict__).__name__)

# __class__ swap.


class Q:
    def __init__(self):
        self.x = "q"

    def norm1(self):
        return "Q.norm1"


v = P(1, 2)
for _ in range(20):
    read_x(v)
    call_norm(v)
v.__class__ = Q
print("class swap", read_x(v), call_norm(v), read_y(v))
v.__class__ = P
print("swap back", call_norm(v))

# An instance attribute shadowing a method.
w = P(2, 3)
print("method", call_norm(w))
w.norm1 = lambda: "shadowed"
print("shadowed", call_norm(w))
del w.norm1
print("unshadowed", call_norm(w))

# A data descriptor with the same name added to the class later.
print("before property", read_x(P(4, 5)))
P.x = property(lambda self: "prop", lambda self, v: None)
try:
    print("property", read_x(P(4, 5)))
except AttributeError as e:
    print("AttributeError", e)
del P.x
print("property removed", read_x(P(4, 5)))

# __getattr__ / __getattribute__ added later.
P.__getattr__ = lambda self, name: "missing:" + name
print("getattr hook", read_x(P(1, 2)), P(1, 2).nothere)
del P.__getattr__
P.__getattribute__ = lambda self, name: "all:" + name
print("getattribute hook", read_x(P(1, 2)), read_y(P(1, 2)))
del P.__getattribute__
print("hooks removed", read_x(P(1, 2)), warm(10))

# Many attributes (past the inline limit).


class Big:
    pass


b = Big()
for i in range(50):
    setattr(b, "a%d" % i, i)
print("big", b.a0, b.a49, len(vars(b)), list(vars(b))[:3], list(vars(b))[-2:])
b2 = Big()
for i in range(50):
    setattr(b2, "a%d" % i, i * 2)
    if i % 7 == 0:
        print("big read", i, getattr(b2, "a%d" % i), b2.a0)
del b2.a10
print("big del", hasattr(b2, "a10"), len(vars(b2)))

# Non-str keys and str subclasses in __dict__.
c = P(1, 2)
c.__dict__[1] = "one"
print("non-str key", c.__dict__[1], read_x(c), sorted(k for k in vars(c) if isinstance(k, str)))


class S(str):
    pass


e = P(1, 2)
setattr(e, S("zz"), "sub")
print("str subclass", e.zz, [type(k).__name__ for k in vars(e)])
f = P(3, 4)
print("getattr str subclass", getattr(f, S("x")), hasattr(f, S("nothere")))

# dir() and vars() see inline attributes; copies keep them.
g = P(7, 8)
g.extra = 1
print("dir", [n for n in dir(g) if not n.startswith("__")])
import copy
h = copy.copy(g)
h.x = -1
print("copy", vars(g), vars(h))

# Polymorphic site: instances of one class with different shapes.
objs = []
for i in range(30):
    o = P.__new__(P)
    if i % 3 == 0:
        o.x = i
        o.y = 0
    elif i % 3 == 1:
        o.y = 0
        o.x = i
    else:
        o.k = 1
        o.x = i
        o.y = 0
    objs.append(o)
print("poly", sum(read_x(o) for o in objs), [list(vars(o)) for o in objs[:3]])
for o in objs:
    write_x(o, 1)
print("poly write", sum(read_x(o) for o in objs))


# Exceptions with attributes.
class MyError(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.code = 42


for _ in range(20):
    try:
        raise MyError("boom")
    except MyError as ex:
        last = ex
print("exception attrs", last.code, last.__dict__, vars(last), last.args)


# __slots__ classes and a class with both slots and __dict__.
class Sl:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2


sl = Sl()
for _ in range(20):
    sl.b += 1
    sl.a += 1
print("slots + dict", sl.a, sl.b, vars(sl))


# Object freed with inline attributes holding cycles.
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
        self.val = 1


head = None
for i in range(1000):
    head = Node(head)
n = 0
while head is not None:
    n += head.val
    head = head.nxt
print("chain", n)


# One site, several subclasses (the cache follows the type), then a
# subclass whose class attribute or property of the same name must win.
class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def bump(self):
        self.v = self.v + 1
        return self.tag()

    def tag(self):
        return "base"


class SubA(Base):
    def tag(self):
        return "A"


class SubB(Base):
    pass


class SubProp(Base):
    @property
    def v(self):
        return 100

    @v.setter
    def v(self, val):
        self.__dict__["stored"] = val


class SubClassAttr(Base):
    tag = staticmethod(lambda: "static")


objs = [SubA(1), SubB(2), Base(3), SubA(4)]
for _ in range(10):
    res = [(o.get(), o.bump()) for o in objs]
print("subclasses", res)
sp = SubProp(5)
print("subclass property", sp.get(), sp.bump(), vars(sp))
sc = SubClassAttr(6)
print("subclass class attr", sc.get(), sc.bump())
sc.tag = lambda: "instance"
print("instance shadows", sc.bump(), [o.bump() for o in objs])
