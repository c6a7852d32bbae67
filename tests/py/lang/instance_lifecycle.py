# Instances of plain classes: allocation (attributes in the object's own
# room, then a separate array), reuse of freed memory, __slots__, builtin
# subclasses, __class__ assignment after warm-up, __del__ order, weakrefs
# and cycles.
import gc
import weakref


class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i * 10)


def attrs(o):
    return sorted(vars(o).items())


for n in range(8):
    objs = [P(n) for _ in range(50)]
    print(n, attrs(objs[-1]), all(attrs(o) == attrs(objs[0]) for o in objs))
    del objs

# Attributes added, deleted and re-added across the room boundary.
p = P(3)
p.x = 1
p.y = 2
del p.a1
p.z = 3
print(attrs(p))
p.__dict__.clear()
p.q = 9
print(attrs(p))

# Freed memory is reused: values never leak between instances.
for round_ in range(3):
    made = [P(4) for _ in range(200)]
    del made
    fresh = [P(0) for _ in range(200)]
    print(round_, sum(len(vars(o)) for o in fresh))


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = S()
print(s.a, hasattr(s, "b"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)


class SD:
    __slots__ = ("a", "__dict__")


sd = SD()
sd.a = 1
sd.b = 2
sd.c = 3
sd.d = 4
sd.e = 5
print(sd.a, sorted(vars(sd).items()))


class L(list):
    pass


class E(Exception):
    pass


ls = [L([i, i]) for i in range(100)]
for o in ls:
    o.tag = len(o)
print(ls[7], ls[7].tag, sum(o.tag for o in ls))
del ls
e = E("boom")
e.extra = 5
print(repr(e), e.extra)


class A:
    def __init__(self, v):
        self.v = v

    def who(self):
        return "A%d" % self.v


class B:
    def __init__(self, v):
        self.v = v

    def who(self):
        return "B%d" % self.v


out = []
for i in range(40):
    a = A(i)
    if i >= 30:
        a.__class__ = B
    out.append(a.who())
print(out[28:33], type(a).__name__)


class D:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        D.log.append(self.name)


def scope():
    x = D("x")
    y = D("y")
    z = D("z")
    del y
    return z


kept = scope()
print(D.log)
del kept
print(D.log)


class R:
    pass


got = []
r = R()
w = weakref.ref(r, lambda ref: got.append("callback"))
print(w() is r)
del r
print(w(), got)

gc.collect()
for i in range(100):
    c1 = R()
    c2 = R()
    c1.other = c2
    c2.other = c1
    c1.d = D("cyc%d" % i) if i % 50 == 0 else None
del c1, c2
D.log.clear()
gc.collect()
print(sorted(D.log))

# Freeing long chains at once (frees deeper than the nesting bound are
# deferred and drained by the outermost one), twice in a row, with
# finalizers inside the chain.
for rep in range(2):
    head = None
    for i in range(30000):
        node = R()
        node.next = head
        node.i = i
        head = node
    lst = None
    for i in range(30000):
        lst = [lst, i]
    D.log.clear()
    mid = head
    for _ in range(15000):
        mid = mid.next
    mid.fin = D("mid%d" % rep)
    del mid, node
    head = lst = None
    print(rep, D.log)
