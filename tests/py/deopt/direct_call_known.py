# CALL sites whose callee was a known plain function when compiled: a guard
# on the function's identity, the direct call, and the general path when
# the global is rebound, the callee deopts, raises or overflows.
import sys
import traceback


def add1(x):
    return x + 1


def sub1(x):
    return x - 1


# The callee rebound mid-loop: the guard fails, the new function runs.
def drive_rebind(n):
    global add1
    t = 0
    for i in range(n):
        if i == n // 2:
            add1 = sub1
        t += add1(i)
    return t


print("rebind", drive_rebind(3000))


# A callee rebound to a builtin, a class and a lambda with a default.
def twice(x):
    return x * 2


def drive_twice(n):
    t = 0
    for i in range(n):
        t += twice(i)
    return t


print("twice", drive_twice(2000))
twice = abs
print("twice abs", drive_twice(2000))
twice = lambda x, y=3: x * y
print("twice lambda", drive_twice(2000))


class Twice(int):
    pass


twice = Twice
print("twice class", drive_twice(2000))


# A callee whose int arithmetic overflows the small-int range (big ints
# come back boxed; the callee's fast path deopts).
def grow(x):
    return x * x + x


def drive_grow(n):
    out = []
    x = 3
    for i in range(n):
        out.append(grow(x if i < n - 3 else 2 ** 40 + i))
    return out[-4:]


print("grow", drive_grow(2000))


# A deopt inside the callee (an unexpected type) on the direct path.
def half(x):
    return x / 2 if x > 0 else -x


def drive_half(vals):
    return [half(v) for v in vals]


print("half", drive_half(list(range(-5, 1500)))[-3:], drive_half([2.5, -1.5, 10 ** 30]))


# An exception three calls deep: the traceback lists every direct frame.
def c3(x):
    return 10 // x


def c2(x):
    return c3(x - 1) + 1


def c1(x):
    return c2(x) + 1


def drive_raise(n):
    t = 0
    for i in range(n, 0, -1):
        t += c1(i)
    return t


try:
    drive_raise(3000)
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print("\n".join(line.split(", ", 1)[-1] for line in tb if "line" in line or "Error" in line))


# sys._getframe from a direct callee sees its caller.
def who():
    return sys._getframe(1).f_code.co_name, sys._getframe(1).f_locals["n"], sys._getframe(0).f_lineno


def caller_of_who(n):
    r = None
    for _ in range(n):
        r = who()
    return r


print("getframe", caller_of_who(2000))
