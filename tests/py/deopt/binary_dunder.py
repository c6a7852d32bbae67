# BINARY_OP sites whose left operand's class has a Python dunder (run as an
# inlined frame once warm, BINARY_OP_PY). Each site is warmed up, then the
# facts the fast path relied on change: the dunder is rebound or deleted,
# returns NotImplemented (reflected operand, TypeError), a subclass with a
# reflected dunder comes along, __iadd__ appears, __class__ is swapped.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented

    def __mul__(self, k):
        return V(self.x * k)

    def __sub__(self, o, extra=0):
        return V(self.x - o.x - extra)

    def __repr__(self):
        return f"V({self.x})"


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def sub(a, b):
    return a - b


def iadd(a, b):
    a += b
    return a


def warm(fn, a, b, n=300):
    r = None
    for _ in range(n):
        r = fn(a, b)
    return r


print("warm add", warm(add, V(1), V(2)))
print("add int", add(V(1), 5), "add float", add(V(1), 0.5))
print("mul float then int", warm(mul, V(3), 2.5), mul(V(3), 4), mul(V(3), "ab"))
print("defaults", warm(sub, V(10), V(3)))


class W:
    def __init__(self, y):
        self.y = y

    def __radd__(self, o):
        return ("W.__radd__", o, self.y)


class Plain:
    pass


# NotImplemented from the left dunder: the reflected one runs once.
print("reflected", add(V(1), W(7)))
print("reflected warm", warm(add, V(1), W(8)))
try:
    add(V(1), Plain())
except TypeError as e:
    print("TypeError", e)
try:
    warm(add, V(1), "s", 5)
except TypeError as e:
    print("TypeError", e)


class NI:
    calls = 0

    def __add__(self, o):
        NI.calls += 1
        return NotImplemented


msgs = set()
for _ in range(50):
    try:
        add(NI(), NI())
    except TypeError as e:
        msgs.add(str(e))
print("TypeError", msgs, "calls", NI.calls)


# A subclass of the left type with its own __radd__ goes first.
class SubV(V):
    def __radd__(self, o):
        return ("SubV.__radd__", o.x, self.x)


warm(add, V(1), V(2))
print("subclass reflected first", add(V(1), SubV(5)))
print("subclass warm", warm(add, V(1), SubV(6)))
print("subclass left", warm(add, SubV(2), V(3)))


# Rebinding and deleting the dunder on the class.
print("before rebind", warm(add, V(1), V(1)))
V.__add__ = lambda self, o: ("new add", self.x, o.x if isinstance(o, V) else o)
print("after rebind", add(V(1), V(1)), add(V(1), 3))
del V.__add__
try:
    add(V(1), V(1))
except TypeError as e:
    print("TypeError", e)
V.__add__ = lambda self, o: V(self.x + (o.x if isinstance(o, V) else o))
print("restored", warm(add, V(4), V(5)))

# An instance attribute does not shadow the special method.
v = V(1)
v.__add__ = lambda o: "instance attr"
print("instance attr", add(v, V(2)))

# In-place: __add__ is used until __iadd__ appears.
print("iadd warm", warm(iadd, V(1), V(2)))


def v_iadd(self, o):
    self.x += 100 * o.x
    return self


V.__iadd__ = v_iadd
print("iadd after __iadd__", iadd(V(1), V(2)))
del V.__iadd__
print("iadd removed", warm(iadd, V(1), V(2)))


# __class__ swapped on the left operand.
class U:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return ("U add", self.x)


warm(add, V(1), V(1))
u = V(9)
u.__class__ = U
print("class swapped", add(u, V(1)))
print("class swapped warm", warm(add, u, V(1)))


# The dunder raises: the error comes through the call site.
class Boom:
    def __add__(self, o):
        raise ValueError("boom " + str(o))


warm(add, V(1), V(1))
for i in range(3):
    try:
        add(Boom(), i)
    except ValueError as e:
        print("ValueError", e)
try:
    warm(add, Boom(), 1)
except ValueError as e:
    print("ValueError", e)


# A generator dunder returns a generator (not run inlined).
class G:
    def __add__(self, o):
        yield o
        yield o + 1


print("generator dunder", list(warm(add, G(), 5)))


# Deep recursion through the dunder.
class R:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return o
        return R(self.n - 1) + (o + 1)


print("recursive", warm(add, R(50), 0, 20))
try:
    R(100000) + 0
except RecursionError as e:
    print("RecursionError", e)


# Mutating the class from inside the dunder.
class M:
    def __init__(self, x):
        self.x = x

    def __mul__(self, k):
        if k == 0:
            M.__mul__ = lambda self, k: ("replaced", k)
        return M(self.x * k)


print(warm(mul, M(2), 3).x, mul(M(2), 0).x, mul(M(2), 3), warm(mul, M(1), 2))
