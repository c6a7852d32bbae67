# Attribute loads, stores and method loads inlined in compiled code: each
# site is warmed up (compiled with its specialized form), then something the
# fast path's guards depend on changes, and the same site must see it.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_total(o):
    return o.total()


def loop(objs, n):
    acc = 0
    for i in range(n):
        for o in objs:
            set_x(o, get_x(o) + 1)
            acc += call_total(o)
    return acc


def warm():
    objs = [V(i, 2 * i) for i in range(4)]
    print("warm", loop(objs, 300), [o.x for o in objs])


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


warm()

# Another order of the same names: another shape at the same sites.
a = V.__new__(V)
a.y = 10
a.x = 1
print("other order", loop([a], 5), get_x(a), list(vars(a)))

# Deleting an attribute (the dict takes over), then reading it.
b = V(5, 6)
del b.x
attempt("deleted", get_x, b)
set_x(b, 9)
print("re-added", get_x(b), call_total(b), list(b.__dict__.items()))

# Assigning __dict__.
c = V(1, 1)
c.__dict__ = {"x": 40, "y": 2}
print("new dict", get_x(c), call_total(c))
set_x(c, 41)
print("dict store", c.__dict__)


# Swapping __class__ to a class with a property of that name.
class W:
    def __init__(self):
        self.y = 0

    @property
    def x(self):
        return "prop-x"

    def total(self):
        return "W.total"


d = V(3, 4)
d.__class__ = W
print("swapped", get_x(d), call_total(d))
attempt("swapped store", set_x, d, 1)
d.__class__ = V
attempt("swapped back", get_x, d)


# Subclass instances at the same sites.
class Sub(V):
    def total(self):
        return self.x * 10


s = Sub(2, 3)
print("subclass", loop([s], 3), get_x(s), call_total(s))


# A method shadowed by an instance attribute.
e = V(1, 2)
e.total = lambda: "shadow"
print("shadowed", call_total(e))
del e.total
print("unshadowed", call_total(e))


# __slots__ instances.
class S:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x - self.y


sl = S(10, 4)
print("slots", loop([sl], 3), get_x(sl), call_total(sl))
del sl.x
attempt("slots deleted", get_x, sl)


# Non-instances at the sites.
class K:
    x = "class attr"

    def total(self):
        return "K.total"


print("class object", get_x(K))
attempt("int", get_x, 5)
attempt("str method", call_total, "abc")

# Changing the class: a class attribute, a new method, a property.
orig_total = V.total
V.total = lambda self: ("patched", self.x)
f = V(7, 8)
print("patched method", call_total(f))
V.x = property(lambda self: "data descriptor")
print("property wins", get_x(f))
try:
    set_x(f, 1)
except AttributeError as e:
    print("property store", type(e).__name__)
del V.x
print("property gone", get_x(f))


# __getattr__ and __getattribute__ added to the class later.
def ga(self, name):
    return "ga:" + name


V.__getattr__ = ga
g = V(1, 2)
del g.x
print("getattr", get_x(g))
V.__getattribute__ = lambda self, name: "gab:" + name
print("getattribute", get_x(g), get_x(f))
attempt("getattribute method", call_total, f)
del V.__getattribute__
del V.__getattr__
print("restored", get_x(f), call_total(f))

# __setattr__ added later.
log = []
V.__setattr__ = lambda self, name, v: log.append((name, v))
set_x(f, 99)
print("setattr", log, get_x(f))
del V.__setattr__
set_x(f, 100)
print("setattr gone", get_x(f))

V.total = orig_total

# A class created after compiling changes the type epoch: the compiled
# sites must keep working (and produce the same results).
class Late:
    pass


h = V(1, 1)
print("after new class", loop([h], 50), get_x(h))


# Replacing an attribute value whose refcount drops to zero runs __del__
# right away, before the next statement.
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


holder = V(None, 0)
for i in range(3):
    set_x(holder, Noisy(i))
    print("stored", i)
set_x(holder, 0)
print("end", get_x(holder))
