# Calls between compiled functions: the direct path must keep frames,
# tracebacks, deopt and the recursion limit exactly as the interpreter.
import sys
import traceback


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", fib(20))

# The callee is rebound after warm-up: the call site sees the new function.
def sq(x):
    return x * x


def use_sq(n):
    t = 0
    for i in range(n):
        t += sq(i)
    return t


print("sq", use_sq(200))


def sq(x):
    return x + 1


print("rebound", use_sq(200))
sq = lambda x: -x
print("lambda", use_sq(50))

# The callee deopts mid-call: an int that overflows the fast path.
def grow(x, k):
    return x * k + 1


def drive(x, n):
    for i in range(n):
        x = grow(x, 3)
    return x


print("small", drive(1, 20))
print("big", drive(1, 120))
print("big again", drive(7, 90) % 1000003)

# A float appears where ints were seen, in the callee.
def half(x):
    return x // 2 + x


def halves(v, n):
    s = 0
    for _ in range(n):
        s = s + half(v)
    return s


print("ints", halves(10, 100))
print("float", halves(10.5, 100))


# An exception three compiled frames deep, caught in the outer one.
def level3(x):
    if x > 40:
        raise ValueError("too big: %d" % x)
    return x + 1


def level2(x):
    return level3(x) * 2


def level1(x):
    return level2(x) + 1


def outer(n):
    got = []
    for i in range(n):
        try:
            got.append(level1(i))
        except ValueError as e:
            got.append(str(e))
    return got


r = outer(45)
print("outer", r[:3], r[-5:])


def show_tb(e):
    rows = [(s.name, s.lineno, s.line) for s in traceback.extract_tb(e.__traceback__)]
    print(type(e).__name__, e, rows)


for i in (1, 41, 50):
    try:
        level1(i)
    except ValueError as e:
        show_tb(e)


# A ZeroDivisionError in a compiled callee unwinds through compiled callers.
def div(a, b):
    return a // b


def divs(n):
    t = 0
    for i in range(n):
        t += div(100, n - 1 - i)
    return t


try:
    divs(60)
except ZeroDivisionError as e:
    show_tb(e)


# sys._getframe from a compiled callee sees its compiled caller.
def who_called():
    f = sys._getframe(1)
    return f.f_code.co_name + ":" + str(sys._getframe(0).f_code.co_name)


def caller_a():
    return who_called()


def caller_b(n):
    out = set()
    for _ in range(n):
        out.add(caller_a())
        out.add(who_called())
    return sorted(out)


print("getframe", caller_b(50))


def depth_here():
    d = 0
    f = sys._getframe()
    while f is not None:
        d += 1
        f = f.f_back
    return d


def nest(k):
    if k == 0:
        return depth_here()
    return nest(k - 1)


print("depths", [nest(k) - nest(0) for k in range(0, 40, 7)])


# The recursion limit: RecursionError at the same depth, then recovery.
deepest = 0


def dive(n):
    global deepest
    deepest = n
    return dive(n + 1) + 1


def probe():
    try:
        dive(0)
    except RecursionError as e:
        print("RecursionError", e, deepest)


for _ in range(3):
    probe()
print("after", fib(15))
sys.setrecursionlimit(200)
probe()
sys.setrecursionlimit(1000)
probe()


def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)


print("deep ok", count_down(900))
try:
    count_down(5000)
except RecursionError as e:
    print("RecursionError", e)
print("recovered", count_down(100))


# Methods called after LOAD_METHOD through the direct path.
class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self.total

    def add_twice(self, x):
        self.add(x)
        return self.add(x)


a = Acc()
for i in range(100):
    a.add_twice(i)
print("acc", a.total)
Acc.add = lambda self, x: setattr(self, "total", self.total - x) or self.total
for i in range(10):
    a.add_twice(i)
print("acc rebound", a.total)
