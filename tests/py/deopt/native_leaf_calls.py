# Native calls: compiled code calling a leaf callee (a compiled function
# that calls nothing) straight, on a stack area, with no frame until the
# callee exits. Results, a rebound callee, deopts and errors inside the
# callee (its frame made then: tracebacks, sys._getframe), the recursion
# limit at the call, deleted locals, closures and defaults.
import sys
import traceback


def a_elem(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mul(n):
    acc = 0.0
    for i in range(n):
        for j in range(n):
            acc += a_elem(i, j) * (j + 1)
    return acc


print("mul", mul(60), mul(3))


# The callee rebound mid-loop.
def inc(x):
    return x + 1


def dec(x):
    return x - 1


def drive_rebind(n):
    global inc
    t = 0
    for i in range(n):
        if i == n // 2:
            inc = dec
        t += inc(i)
    return t


print("rebind", drive_rebind(4000), drive_rebind(10))


# Deopts inside the callee: a float, a big int, an overflow, a str.
def scale(x, k):
    y = x * k
    z = y + 1
    return z


def drive_scale(vals, k):
    out = []
    for v in vals:
        out.append(scale(v, k))
    return out


print("scale", drive_scale(list(range(3000)), 3)[-2:])
print("scale deopt", drive_scale([1, 2.5, 2 ** 62, 10 ** 30, -7], 3))


def tb_lines(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


# The callee raises: caught by the caller, and uncaught through it.
def inv(x):
    return 1 / x


def drive_inv(vals):
    out = []
    for v in vals:
        try:
            out.append(inv(v))
        except ZeroDivisionError as e:
            out.append(("zde", str(e), tb_lines(e)))
    return out


print("inv", drive_inv(list(range(1, 3000)))[-1])
print("inv raise", drive_inv([4, 0, 2]))


def sum_inv(vals):
    t = 0.0
    for v in vals:
        t += inv(v)
    return t


print("sum_inv", sum_inv(list(range(1, 3000))))
try:
    sum_inv([1, 2, 0, 3])
except ZeroDivisionError as e:
    print("uncaught", e, tb_lines(e))
try:
    sum_inv([1, "x"])
except TypeError as e:
    print("type", e, tb_lines(e))


# A callee whose cold path looks at its frame (after a deopt).
def where():
    f = sys._getframe(1)
    b = f.f_back
    return (f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno, sorted(f.f_locals),
            b.f_code.co_name, b.f_lineno - b.f_code.co_firstlineno)


def peek(x):
    if x >= 0:
        return x + 1
    y = x * 2
    return where()


def drive_peek(vals):
    out = []
    for v in vals:
        out.append(peek(v))
    return out[-2:]


print("peek", drive_peek(list(range(3000)) + [-1]))


# The recursion limit at a native call: the same deepest depth as CPython.
def leaf(x):
    return x + 1


def rec(n):
    if n == 0:
        return leaf(n)
    return rec(n - 1) + 0


for i in range(3000):
    leaf(i)
for _ in range(300):
    rec(10)


def deepest():
    n = 0
    while True:
        try:
            rec(n)
        except RecursionError as e:
            return n, str(e)
        n += 40


def deepest_from(n):
    while True:
        try:
            rec(n)
        except RecursionError as e:
            return n, str(e)
        n += 1


far, msg = deepest()
print("recursion", deepest_from(far - 40), msg)


# Locals of the callee left unbound.
def drop(a):
    b = a * 2
    if a % 3 == 0:
        c = b + 1
        return c
    return b


def drive_drop(n):
    t = 0
    for i in range(n):
        t += drop(i)
    return t


for i in range(3000):
    drop(i)


print("drop", drive_drop(3000))


# A parameter the callee deletes.
def kill(a, b):
    c = a + b
    del a
    return c


for i in range(3000):
    kill(i, 1)


def drive_kill(n):
    t = 0
    for i in range(n):
        t += kill(i, 2)
    return t


print("kill", drive_kill(3000))


# Closures and functions with defaults as callees.
def make(k):
    def add(x):
        return x + k
    return add


addk = make(5)


def with_default(x, y=2):
    return x * y


def drive_other(n):
    t = 0
    for i in range(n):
        t += addk(i) + with_default(i) + with_default(i, 3)
    return t


print("other", drive_other(3000))
with_default.__defaults__ = (10,)
print("defaults", drive_other(30))
try:
    with_default(1, 2, 3)
except TypeError as e:
    print("argc", e)


# Argument-count mismatch at a hot site whose callee was a leaf.
def two(a, b):
    return a - b


for i in range(3000):
    two(i, 1)


def drive_two(n):
    t = 0
    for i in range(n):
        t += two(i, 1)
    return t


print("two", drive_two(3000))
two = lambda a: a
try:
    drive_two(5)
except TypeError as e:
    print("mismatch", e)


# Objects freed in the callee, with __del__.
class D:
    count = 0

    def __del__(self):
        D.count += 1


def keep(x, o):
    y = x
    return y + 1


for i in range(3000):
    keep(i, None)


def drive_del(n):
    t = 0
    for i in range(n):
        t += keep(i, D())
    return t


print("del", drive_del(3000), D.count)
