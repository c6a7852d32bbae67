# Python-to-Python calls through the fast path (exact positional arguments),
# and the cases that must take the general path.
import sys


def add(a, b):
    return a + b


def run(fn, n):
    s = 0
    for i in range(n):
        s = fn(s, i)
    return s


print(run(add, 100))

# The callee is rebound to functions of other shapes.
def add_default(a, b, c=10):
    return a + b + c


def add_star(*args):
    return sum(args)


def add_kwonly(a, b, *, c=1):
    return a + b + c


def add_gen(a, b):
    yield a + b


print(run(add_default, 10), run(add_star, 10), run(add_kwonly, 10))
try:
    run(add_gen, 3)
except TypeError as e:
    print(type(e).__name__, e)

# Wrong number of arguments at a warmed-up call site.
def call2(fn, x, y):
    return fn(x, y)


for i in range(30):
    call2(add, i, i)
try:
    call2(lambda a: a, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    call2(lambda a, b, c: a, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# Closures: cells for parameters and captured variables.
def make_counter(start):
    def bump(step, times):
        nonlocal start
        for _ in range(times):
            start += step
        return start
    return bump


c = make_counter(5)
print(run(lambda s, i: c(1, 2), 10))


def cell_param(x, y):
    def inner():
        return x * y
    x += 1
    return inner()


print(run(lambda s, i: s + cell_param(i, 2), 10))

# Methods: [func, self, args] layout.
class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += v
        return self

    def add2(self, v, w=1):
        self.total += v * w
        return self


a = Acc()
for i in range(50):
    a.add(i)
print(a.total)
for i in range(10):
    a.add2(i)
print(a.total)
try:
    a.add(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
Acc.add = lambda self, v: self.add2(v, 100)
a.add(1)
print(a.total)

# Recursion depth is still enforced.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))

# Exceptions propagate out of fast-path calls with the right traceback lines.
def boom(a, b):
    return a // b


def safe(a, b):
    try:
        return boom(a, b)
    except ZeroDivisionError as e:
        return str(e)


print([safe(10, b) for b in (3, 0, 5)])

# Arguments are released when the call returns.
class Tracked:
    live = 0

    def __init__(self):
        Tracked.live += 1

    def __del__(self):
        Tracked.live -= 1


def keep(a, b):
    return 1


for i in range(20):
    keep(Tracked(), Tracked())
print(Tracked.live)
print(sys.getrecursionlimit() > 100)
