# BINARY_OP sites that call a Python dunder (BINARY_OP_PY) from compiled
# code: under guards on the left operand's type, the type epoch and the
# right operand's type the dunder is called natively. Each case warms up,
# then something changes: the dunder deoptimizes in the middle, returns
# NotImplemented (the reflected dunder, then TypeError), raises (traceback
# through it), is rebound; a subclass whose reflected method comes first
# arrives on the right; the right operand's type changes.
import traceback


class V:
    def __init__(self, x):
        self.x = x

    def __sub__(self, o):
        return V(self.x - o.x)

    def __mul__(self, k):
        if not isinstance(k, (int, float)) or k == 7:
            return NotImplemented
        return V(self.x * k)

    def __rmul__(self, k):
        return V(-self.x)


def run(n, a, b):
    t = 0
    for i in range(n):
        t += (a - b).x + (a * 2).x
    return t


print("warm", run(3000, V(5), V(2)))
print("float", run(3000, V(5.5), V(2)))
print("str in", run(3, V(1), V(0)))


def mul(n, k):
    t = 0
    for i in range(n):
        r = V(i) * k
        t += r.x if isinstance(r, V) else 0
    return t


print("mul", mul(3000, 3))
try:
    mul(3, 7)
except TypeError as e:
    print("notimpl", e)


class K:
    def __rmul__(self, v):
        return V(1000)


def mul_any(n, k):
    t = 0
    for i in range(n):
        t += (V(i) * k).x
    return t


print("mul any", mul_any(3000, 2))
print("reflected", mul_any(3, K()))


class VS(V):
    def __rsub__(self, o):
        return V(12345)


def sub(n, a, b):
    t = 0
    for i in range(n):
        t += (a - b).x
    return t


print("sub", sub(3000, V(3), V(1)))
print("subclass right", sub(3, V(3), VS(1)))


class D:
    def __init__(self, x):
        self.x = x

    def __truediv__(self, o):
        return D(self.x / o.x)


def div(n, a, b):
    t = 0.0
    for i in range(n):
        t += (a / b).x
    return t


print("div", div(3000, D(1.0), D(4.0)))
try:
    div(3000, D(1.0), D(0))
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print("frames", [l.split(", in ")[-1] for l in tb if ", in " in l], tb[-1])

old = V.__sub__
V.__sub__ = lambda self, o: V(self.x + o.x)
print("rebound", sub(3000, V(3), V(1)))
V.__sub__ = old
print("restored", sub(3000, V(3), V(1)))
del V.__sub__
try:
    sub(3, V(3), V(1))
except TypeError as e:
    print("deleted", e)
