# Compiled BINARY_OP sites calling a class's Python dunder through the
# interpreter's BINARY_OP_PY cache, and compiled `Cls(args)` sites through
# its CALL_PY_INIT cache: the facts they rely on change inside the hot
# loop itself (dunder replaced or deleted, NotImplemented, a subclass
# operand, __iadd__ appearing, __init__ replaced or returning non-None,
# wrong argument counts, a __new__ appearing).


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"V({self.n})"

    def __add__(self, other):
        return V(self.n + other.n) if isinstance(other, V) else NotImplemented


class R:
    def __radd__(self, o):
        return "R.__radd__"


class SubV(V):
    def __radd__(self, o):
        return "SubV.__radd__"


def adds(n, change_at, change):
    out = []
    a, b = V(1), V(2)
    for i in range(n):
        if i == change_at:
            change()
        try:
            r = a + b
        except TypeError as e:
            r = "TypeError: " + str(e)
        if i % 50 == 0 or i in (change_at - 1, change_at, change_at + 1):
            out.append(r)
    return out


def replace_add():
    V.__add__ = lambda self, o: V(self.n * 100 + o.n)


orig_add = V.__add__
print(adds(300, 200, replace_add))
V.__add__ = orig_add


def delete_add():
    del V.__add__


print(adds(300, 200, delete_add))
V.__add__ = orig_add


def add_iadd():
    V.__iadd__ = lambda self, o: "iadd"


def iadds(n, change_at):
    out = []
    for i in range(n):
        if i == change_at:
            add_iadd()
        a = V(i)
        a += V(1)
        if i % 100 == 0 or i == change_at:
            out.append(a)
    return out


print(iadds(300, 250))
del V.__iadd__


def mixed(n):
    # The right operand's type changes mid-loop: a reflected dunder, a
    # subclass overriding it (tried first), a raising case.
    out = []
    others = [V(1)] * 200 + [R(), SubV(5), 7, V(3)]
    for i, o in enumerate(others[:n]):
        try:
            r = V(i) + o
        except TypeError as e:
            r = "TypeError: " + str(e)
        if i % 100 == 0 or i >= 199:
            out.append(r)
    return out


print(mixed(204))


class Boom:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        if o == 0:
            raise ZeroDivisionError("boom by zero")
        return Boom(self.v * o)


def muls(n):
    b = Boom(1)
    for i in range(n, -1, -1):
        b = Boom(1) * i
    return b.v


try:
    muls(300)
except ZeroDivisionError as e:
    print("raised", e)


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x}, {self.y})"


def makes(n, change_at, change):
    out = []
    for i in range(n):
        if i == change_at:
            change()
        try:
            r = P(i, 2)
        except TypeError as e:
            r = "TypeError: " + str(e)
        if i % 100 == 0 or i in (change_at, change_at + 1):
            out.append(r)
    return out


orig_init = P.__init__


def init_other():
    def init(self, x, y):
        self.x = -x
        self.y = y
    P.__init__ = init


print(makes(300, 200, init_other))
P.__init__ = orig_init


def init_bad():
    def init(self, x, y):
        self.x = x
        return "not none"
    P.__init__ = init


print(makes(300, 200, init_bad))
P.__init__ = orig_init


def init_arity():
    P.__init__ = lambda self, x: None


print(makes(300, 200, init_arity))
P.__init__ = orig_init


def add_new():
    def new(cls, *a):
        o = object.__new__(cls)
        o.tag = "new"
        return o
    P.__new__ = new


print(makes(300, 200, add_new), P(1, 2).tag)
