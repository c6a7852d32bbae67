# Methods whose only needs of a frame are attribute slow paths run
# natively (no frame) when called from compiled code: their LOAD_ATTR,
# LOAD_METHOD and STORE_ATTR misses go to frame-free helpers or leave to
# the interpreter. Each case warms up, then feeds objects the fast paths
# did not see: other shapes, subclasses, properties, __getattr__, a
# materialized __dict__, a missing attribute (AttributeError and its
# traceback through the natively called method), and a class attribute
# rebound mid-loop.
import sys
import traceback


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def bump(self, d):
        self.x = self.x + d
        return self.x

    def norm1(self):
        return self.dot(self)


def dots(a, items, n):
    t = 0
    for i in range(n):
        t += a.dot(items[i % len(items)])
    return t


a = V(1, 2)
print("warm", dots(a, [V(3, 4)], 3000))


class W(V):
    pass


class Prop:
    def __init__(self):
        self.y = 5

    @property
    def x(self):
        return 100


class Dyn:
    def __getattr__(self, name):
        return 7


odd = V(1, 1)
odd.extra = 9  # another shape
dictish = V(2, 2)
dictish.__dict__["z"] = 1  # a materialized dict
print("mixed", dots(a, [V(3, 4), W(5, 6), odd, dictish], 3000))
print("prop", dots(a, [V(3, 4), Prop()], 3000))
print("getattr", dots(a, [Dyn(), V(1, 1)], 3000))


def missing(n):
    t = 0
    items = [V(1, 1)] * (n - 1) + [object()]
    try:
        for o in items:
            t += a.dot(o)
    except AttributeError as e:
        tb = [f.name for f in traceback.extract_tb(sys.exc_info()[2])]
        return t, str(e), tb


print("missing", missing(3000))


def bumps(objs, n):
    t = 0
    for i in range(n):
        t += objs[i % len(objs)].bump(1)
    return t


print("bumps", bumps([V(0, 0)], 3000))


class Slotted(V):
    __slots__ = ()


class Frozen(V):
    def __setattr__(self, name, value):
        raise TypeError("frozen " + name)


print("bumps2", bumps([V(0, 0), W(1, 1), Slotted(2, 2)], 3000))
try:
    bumps([V(0, 0), Frozen(1, 1)], 3000)
except TypeError as e:
    print("bumps3", e)


def norms(objs, n):
    t = 0
    for i in range(n):
        t += objs[i % len(objs)].norm1()
    return t


print("norms", norms([V(1, 2)], 3000))


# A method rebound on the class while a native caller runs.
def rebind(n):
    v = V(1, 2)
    t = 0
    for i in range(n):
        if i == n // 2:
            V.dot = lambda self, o: -1
        t += v.norm1()
    return t


print("rebind", rebind(3000))


class K:
    scale = 2

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v * self.scale


def scaled(n):
    k = K(3)
    t = 0
    for i in range(n):
        if i == n - 10:
            K.scale = 10
        if i == n - 5:
            k.scale = 100
        t += k.get()
    return t


print("scaled", scaled(3000))


# Deep recursion through natively called methods.
class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def length(self):
        if self.nxt is None:
            return 1
        return 1 + self.nxt.length()


def chain(k):
    n = None
    for _ in range(k):
        n = Node(n)
    return n


c = chain(50)
print("lengths", sum(c.length() for _ in range(200)))
try:
    chain(100000).length()
except RecursionError:
    print("RecursionError")


# Truth tests in natively run methods: builtins answer in the helper, a
# user class with __bool__ / __len__ makes the method leave to the
# interpreter (and a bad __bool__ raises there).
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v > 0


class L:
    def __len__(self):
        return 0


class Plain:
    pass


class Bad:
    def __bool__(self):
        return 1


class T:
    def __init__(self, a):
        self.a = a

    def test(self):
        if self.a:
            return 1
        return 0

    def neg(self):
        return not self.a

    def either(self):
        return self.a or 5


def truths(objs, n):
    s = 0
    for i in range(n):
        t = objs[i % len(objs)]
        s += t.test() + t.neg() + (1 if t.either() == 5 else 0)
    return s


print("truth builtins", truths([T(True), T(None), T(0), T(""), T([1])], 3000))
print("truth users", truths([T(True), T(B(1)), T(B(-1)), T(L()), T(Plain())], 3000))
try:
    truths([T(1), T(Bad())], 3000)
except TypeError as e:
    print("truth TypeError", e)
