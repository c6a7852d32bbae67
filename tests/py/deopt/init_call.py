# `Cls(args)` sites for plain classes (a Python __init__, object.__new__):
# once warm they allocate the instance and run __init__ as an inlined frame
# (CALL_PY_INIT). Each site is warmed up, then the facts it relied on change.


class P:
    def __init__(self, x, y=10):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


def make(cls, *a):
    r = None
    for _ in range(300):
        r = cls(*a)
    return r


def make1(cls, a):
    r = None
    for _ in range(300):
        r = cls(a)
    return r


print("warm", make1(P, 1), make(P, 1, 2))


# __init__ returning non-None.
def bad_init(self, x):
    self.x = x
    return 42


print("before", make1(P, 3))
P.__init__ = bad_init
for _ in range(2):
    try:
        make1(P, 1)
    except TypeError as e:
        print("TypeError", e)
P.__init__ = lambda self, x, y=5: setattr(self, "x", x) or setattr(self, "y", y)
print("lambda init", make1(P, 4))


# __init__ raising; wrong argument counts.
class E:
    def __init__(self, x):
        if x < 0:
            raise ValueError("negative")
        self.x = x


make1(E, 1)
try:
    E(-1)
except ValueError as e:
    print("ValueError", e)
try:
    E()
except TypeError as e:
    print("TypeError", e)
try:
    E(1, 2)
except TypeError as e:
    print("TypeError", e)


# __new__ added later.
class N:
    def __init__(self, x):
        self.x = x


make1(N, 1)


news = []


def n_new(cls, x):
    news.append(x)
    o = object.__new__(cls)
    o.tag = "from new"
    return o


N.__new__ = n_new
n = make1(N, 2)
print("new added", n.x, n.tag, len(news))


# Class attribute changed (epoch), and a new class made meanwhile.
class C:
    kind = "a"

    def __init__(self, v):
        self.v = v


print("class attr", make1(C, 1).kind)
C.kind = "b"
print("class attr changed", make1(C, 2).kind)


class D(C):
    pass


print("subclass", type(make1(D, 3)).__name__, make1(C, 4).v)


# Polymorphic site: different classes through one call site.
def build_all(classes):
    return [cls(i) for i, cls in enumerate(classes)]


print([type(o).__name__ for o in build_all([C, D, E, N] * 50)][:5])


# Instances: __init__ that swaps __class__ of the new instance.
class A:
    def __init__(self, x):
        self.x = x
        if x == 7:
            self.__class__ = B


class B:
    pass


print([type(o).__name__ for o in (make1(A, 1), A(7), make1(A, 2))])


# Recursion: __init__ building more instances.
class Tree:
    def __init__(self, d):
        self.kids = [Tree(d - 1), Tree(d - 1)] if d else []


def count(t):
    return 1 + sum(count(k) for k in t.kids)


print("tree", count(Tree(8)))
try:
    Tree(100000)
except RecursionError as e:
    print("RecursionError", e)


# __init__ is a generator function.
class Gen:
    def __init__(self):
        yield 1


try:
    make(Gen)
except TypeError as e:
    print("TypeError", e)
