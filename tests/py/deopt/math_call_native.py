# Functions whose only calls are math kernels (`math.sqrt(x)`, `math.sin(x)`)
# run natively: the kernel is inline, and a result it does not give (an
# error, an infinity) or another function bound to the name leaves the
# native code before the call and the interpreter makes it. Each case warms
# up natively called code, then takes that way: a domain error with its
# traceback through every level, an overflow, the name rebound to a Python
# function and back.
import math
import traceback


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def grow(self):
        return math.exp(self.x)


def norm(v):
    return v.length() + 1.0


def drive(n, v):
    t = 0.0
    for i in range(n):
        t += norm(v)
    return t


print("warm", drive(3000, V(3.0, 4.0)))
print("nan", drive(3, V(float("nan"), 1.0)))


def grow_all(n, v):
    t = 0.0
    for i in range(n):
        t += v.grow()
    return t


print("grow", grow_all(3000, V(1.0, 0.0)))
try:
    grow_all(3, V(1000.0, 0.0))
except OverflowError as e:
    tb = traceback.format_exc().splitlines()
    print("overflow", e, [l.split(", in ")[-1] for l in tb if ", in " in l])


def root(x):
    return math.sqrt(x)


def roots(n, x):
    t = 0.0
    for i in range(n):
        t += root(x)
    return t


print("roots", roots(3000, 16.0))
try:
    roots(3, -1.0)
except ValueError as e:
    tb = traceback.format_exc().splitlines()
    print("domain", e, [l.split(", in ")[-1] for l in tb if ", in " in l])
old = math.sqrt
math.sqrt = lambda x: -x
print("rebound", roots(3000, 16.0))
math.sqrt = old
print("restored", roots(3000, 16.0))
# The module's namespace changes shape (its LOAD_METHOD leaves the native
# code before the attribute), then the global is another object.
math.added_name = 1
print("new key", roots(3000, 25.0))
del math.added_name


class FakeMath:
    @staticmethod
    def sqrt(x):
        return x + 0.5


real = math
math = FakeMath()
print("fake module", roots(3000, 4.0))
math = real
print("real again", roots(3000, 4.0))
