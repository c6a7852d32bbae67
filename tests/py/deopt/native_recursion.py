# Native calls of non-leaf callees: compiled code calling itself (and
# other code that runs natively) on stack areas, several native levels deep.
# Exits deep in a chain (an overflow, a float, a rebound callee, an
# exception) make every level's frame: results, tracebacks with every level
# and its line, sys._getframe walks that see every caller, the recursion
# limit at the same depth as CPython.
import re
import sys
import traceback


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", fib(22), [fib(i) for i in range(12)])


# An int overflow at the bottom of a chain.
def square_at(n, x):
    if n == 0:
        return x * x
    return square_at(n - 1, x) + 1


for i in range(300):
    square_at(6, i)
print("overflow", square_at(25, 2 ** 40), square_at(25, 3), square_at(3, -(2 ** 62)))


# A float passed down from depth 20 (the levels below see floats).
def mix(n, k):
    if n == 0:
        return k
    if n == 20:
        return mix(n - 1, k + 0.5) * 2
    return mix(n - 1, k) + 1


for i in range(300):
    mix(10, i)
print("float", mix(30, 1), mix(10, 1), mix(25, 2))


# A ZeroDivisionError raised at depth 30, caught 20 levels up.
def dive(n, stop, d):
    if n == stop:
        return 10 // d
    return dive(n + 1, stop, d) + 1


def catch_at(m, stop):
    if m == 0:
        try:
            return dive(0, stop, 0)
        except ZeroDivisionError as e:
            tb = traceback.extract_tb(e.__traceback__)
            names = [(f.name, f.lineno) for f in tb]
            return (len(names), names[:2], names[-2:], sorted(set(names)))
    return catch_at(m - 1, stop)


for i in range(300):
    dive(0, 40, 1)
print("raise", catch_at(10, 30))
print("raise shallow", catch_at(2, 1))


def uncaught(stop):
    try:
        dive(0, stop, 0)
    except ZeroDivisionError:
        lines = [re.sub('File "[^"]*"', "File", line) for line in traceback.format_exc().splitlines()]
        return len(lines), lines[:5], lines[-4:]


print("format_exc", uncaught(12))


# The callee rebound while a chain runs: the levels below call a function
# that walks the frames.
def probe_none():
    return 0


probe = probe_none
seen = []


def walk(n):
    if n == 0:
        return probe()
    return walk(n - 1) + 0


for i in range(300):
    probe_none()
for i in range(300):
    walk(5)


def probe_frames():
    f = sys._getframe(1)
    out = []
    while f is not None and f.f_code.co_name == "walk":
        out.append((f.f_code.co_name, f.f_lineno, f.f_locals["n"]))
        f = f.f_back
    seen.append(out)
    return 7


probe = probe_frames
print("walk", walk(12))
print("frames", len(seen[0]), seen[0][:3], seen[0][-2:])
probe = probe_none
print("walk again", walk(12))


# A stack frame walk from inside an exception handler deep in a chain.
def deep_handler(n):
    if n == 0:
        try:
            return 1 // n
        except ZeroDivisionError:
            f = sys._getframe()
            depth = 0
            while f is not None and f.f_code.co_name == "deep_handler":
                depth += 1
                f = f.f_back
            return depth
    return deep_handler(n - 1)


for i in range(300):
    deep_handler(3)
print("handler depth", deep_handler(15))


# The recursion limit: the deepest chain that still fits, as in CPython.
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


for i in range(300):
    down(10)


def deepest():
    n = 1
    while True:
        try:
            down(n)
        except RecursionError as e:
            return n, str(e)
        n += 1


start = deepest()
print("deepest", start)
try:
    down(start[0] + 10)
except RecursionError as e:
    print("limit", type(e).__name__, e, len(traceback.extract_tb(e.__traceback__)) > 900)
print("after", down(50), fib(15))


# Mutual recursion: two codes calling each other natively; an exit at the
# bottom (a float) and an exception (a str) several levels down.
def even(n, z):
    if n == 0:
        return z + 1
    return odd(n - 1, z)


def odd(n, z):
    if n == 0:
        return z + 0
    return even(n - 1, z)


for i in range(300):
    even(8, i)
    odd(8, i)
print("mutual", even(40, 1), odd(41, 2.5), even(17, 3))
try:
    even(22, "s")
except TypeError as e:
    names = [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]
    print("mutual tb", len(names), names[:3], names[-2:])


# A lower recursion limit set while compiled code exists.
old_limit = sys.getrecursionlimit()
sys.setrecursionlimit(120)
print("low limit", deepest())
sys.setrecursionlimit(old_limit)
print("restored", deepest() == start)
