# Compiled calls of the math module's one-argument float functions: warmed
# up on floats and ints, then given arguments whose results are errors or
# special values, other number types, and a rebound name.
import math
from math import cos as alias_cos

NAMES = ["sqrt", "exp", "exp2", "expm1", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "cbrt", "erf", "erfc", "log1p"]


def caller(name):
    # One call site per function, each specialized by the interpreter.
    src = f"def call(x):\n    return math.{name}(x)\n"
    ns = {"math": math}
    exec(src, ns)
    return ns["call"]


def show(f, x):
    try:
        r = f(x)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    return r


class F(float):
    pass


class HasFloat:
    def __float__(self):
        return 0.25


CALLS = {n: caller(n) for n in NAMES}
for i in range(300):
    for n, f in CALLS.items():
        base = 1 if n == "acosh" else 0
        f(base + 0.2 + (i % 5) * 0.1)
        f(base)

odd = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 1e-300, 1000.0, -1000.0, 710.0, 1e308, float("inf"),
       float("-inf"), float("nan"), 3, -7, 0, 2 ** 60, 2 ** 1000, True, F(0.75), HasFloat(), "x", None]
for n, f in CALLS.items():
    print(n, [show(f, x) for x in odd])


def loop_sum(n):
    s = 0.0
    for i in range(n):
        s += math.sin(i * 0.01) * math.cos(i * 0.02) + alias_cos(i) + math.exp(-i * 0.001)
    return s


print(round(loop_sum(2000), 9))


def rebound(n):
    out = []
    for i in range(n):
        out.append(math.tanh(i / n))
    return out


for _ in range(50):
    rebound(10)
saved = math.tanh
math.tanh = lambda x: ("py", x)
print(rebound(3))
math.tanh = abs
print(rebound(3))
math.tanh = saved
print(rebound(3))


def signs(xs):
    return [math.sin(x) for x in xs] + [math.atan(x) for x in xs] + [math.expm1(x) for x in xs]


for _ in range(40):
    signs([0.1, 0.2])
print(signs([0.0, -0.0, 5e-324, -5e-324]))
