# Operators on user classes whose dunders are Python functions, and plain
# class calls `C(args)`: both go straight into compiled code once warm. Each
# site is warmed up, then the facts the fast call relied on change.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if not isinstance(o, P):
            return NotImplemented
        return P(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return P(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return P(self.x * k, self.y * k)

    def __rmul__(self, k):
        return P(k * self.x, k * self.y)

    def __neg__(self):
        return P(-self.x, -self.y)

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __eq__(self, o):
        if not isinstance(o, P):
            return NotImplemented
        return self.x == o.x and self.y == o.y

    def __repr__(self):
        return f"P({self.x}, {self.y})"


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def neg(a):
    return -a


def lt(a, b):
    return a < b


def eq(a, b):
    return a == b


def make(x, y):
    return P(x, y)


def warm():
    acc = P(0, 0)
    small = 0
    for i in range(400):
        p = make(i, 2 * i)
        acc = add(acc, p)
        acc = sub(acc, P(1, 1))
        acc = mul(acc, 1)
        acc = neg(neg(acc))
        if lt(p, acc):
            small += 1
        if eq(p, P(i, 2 * i)):
            small += 1
    print("warm", acc, small)


warm()
warm()

# NotImplemented from __add__: the right operand's __radd__, then the error.
class R:
    def __radd__(self, o):
        return "R.__radd__"


print(add(P(1, 2), R()))
try:
    add(P(1, 2), 5)
except TypeError as e:
    print("TypeError", e)

# Reflected operand first: a subclass overriding __rmul__ / __radd__.
class Q(P):
    def __rmul__(self, k):
        return "Q.__rmul__"

    def __radd__(self, o):
        return "Q.__radd__"


print(mul(P(1, 1), Q(2, 2)))
print(add(P(1, 1), Q(2, 2)))


# A subclass that does not override the reflected method: left first.
class S(P):
    pass


print(mul(P(1, 1), 3), mul(3, P(1, 1)), add(P(1, 1), S(2, 2)))

# __eq__ returning NotImplemented falls back to identity.
p = P(1, 1)
print(eq(p, 1), eq(p, p), eq(p, P(1, 1)))

# The class's dunder replaced after warm-up.
P.__add__ = lambda self, o: "patched add"
print(add(P(1, 1), P(2, 2)))
P.__neg__ = lambda self: "patched neg"
print(neg(P(1, 1)))
P.__lt__ = lambda self, o: NotImplemented
try:
    lt(P(1, 1), P(2, 2))
except TypeError as e:
    print("TypeError", e)


# A dunder that raises: the traceback is the caller's and the dunder's.
def boom(self, o):
    raise ValueError("boom in __sub__")


P.__sub__ = boom
try:
    sub(P(1, 1), P(2, 2))
except ValueError as e:
    print("ValueError", e)

# A dunder with a default argument (no direct call) still works.
def mul_default(self, k, extra=10):
    return P(self.x * k + extra, self.y * k + extra)


P.__mul__ = mul_default
print(mul(P(1, 2), 3))

# __init__ returning a non-None value.
def bad_init(self, x, y):
    self.x = x
    return 42


P.__init__ = bad_init
try:
    make(1, 2)
except TypeError as e:
    print("TypeError", e)


# __init__ raising, and the wrong number of arguments.
def strict_init(self, x, y):
    if x < 0:
        raise ValueError("negative")
    self.x, self.y = x, y


P.__init__ = strict_init
print(make(3, 4))
try:
    make(-1, 0)
except ValueError as e:
    print("ValueError", e)
try:
    P(1)
except TypeError as e:
    print("TypeError", e)


# A class with a custom __new__ and a metaclass with __call__.
class N(P):
    def __new__(cls, x, y):
        o = super().__new__(cls)
        o.tag = "new"
        return o


class Meta(type):
    def __call__(cls, *a):
        return "Meta.__call__" + repr(a)


class M(metaclass=Meta):
    def __init__(self, x, y):
        pass


def make_n(x, y):
    return N(x, y)


def make_m(x, y):
    return M(x, y)


for i in range(300):
    n = make_n(i, i)
    m = make_m(i, i)
print(n, n.tag, m)


# __new__ returning an instance of another class skips __init__.
class Other:
    def __new__(cls, x, y):
        return P(0, 0)

    def __init__(self, x, y):
        print("not called")


def make_other(x, y):
    return Other(x, y)


for i in range(300):
    o = make_other(i, i)
print(o, type(o).__name__)

# Unary ops through the direct path, and __invert__ / __pos__.
class U:
    def __init__(self, v):
        self.v = v

    def __invert__(self):
        return U(~self.v)

    def __pos__(self):
        return U(self.v + 1)


def inv_pos(u):
    return +~u


u = U(0)
for i in range(300):
    u = inv_pos(u)
print(u.v)
try:
    neg(U(1))
except TypeError as e:
    print("TypeError", e)
