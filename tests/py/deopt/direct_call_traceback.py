# An exception raised three compiled direct calls deep: the traceback lists
# every frame with its line, and sys._getframe from a callee sees its
# callers' locals and line numbers, before and after the code is compiled.
import sys
import traceback


def c3(x):
    if x == 2999:
        raise ValueError("deep %d" % x)
    return x


def c2(x):
    return c3(x) + 1


def c1(x):
    return c2(x) + 1


def drive(n):
    t = 0
    for i in range(n):
        t += c1(i)
    return t


try:
    drive(3000)
except ValueError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line)
    print(type(e).__name__, e)


def peek(x):
    f = sys._getframe(1)
    if x % 1000:
        return None
    loc = f.f_locals
    return f.f_code.co_name, f.f_lineno, loc["i"], loc["n"], len(loc["out"])


def caller(n):
    out = []
    for i in range(n):
        r = peek(i)
        if r is not None:
            out.append(r)
    return out


for r in caller(3000):
    print(r)


def overflow(x):
    return x * x * x * x  # leaves the small-int range: the int fast path exits


def drive_big(n):
    t = 0
    for i in range(n):
        t += overflow(i * 1000)
    return t


print("big", drive_big(3000))
