# Compiled calls of closures (functions with free variables but no cell
# variables of their own) go straight into the callee's compiled code with
# the closure's cells in the new frame: recursion through a closure, a
# cell rebound or emptied between calls, a deopt inside the callee, an
# error raised in it (traceback), and closures that own cells themselves.
import sys


def backtrack(n):
    used = set()

    def place(row):
        if row == n:
            return 1
        found = 0
        for c in range(n):
            if c in used:
                continue
            used.add(c)
            found += place(row + 1)
            used.discard(c)
        return found

    return place(0)


print([backtrack(k) for k in range(1, 7)])


def rebinding():
    scale = 1

    def f(x):
        return x * scale

    total = 0
    for i in range(3000):
        if i == 2000:
            scale = 2.5
        if i == 2500:
            scale = 10**30
        total += f(i)
    del scale
    try:
        f(1)
    except NameError as e:
        print(type(e).__name__, e)
    return total


print(rebinding())


def failing():
    limit = 2990

    def g(i):
        if i > limit:
            raise ValueError(f"too big: {i}")
        return i

    s = 0
    try:
        for i in range(3000):
            s += g(i)
    except ValueError as e:
        import traceback
        print(type(e).__name__, e, [fs.name for fs in traceback.extract_tb(e.__traceback__)])
    return s


print(failing())


def owners():
    base = 3

    def outer(x):
        y = x + base

        def inner():
            return y * 2

        return inner()

    return sum(outer(i) for i in range(2000))


print(owners())


def depth():
    k = 0

    def down(i):
        return down(i + 1) + 1 if i < 50 else k

    return [down(0) for _ in range(100)][-1]


print(depth())


def frames():
    tag = "x"

    def look():
        return sys._getframe(0).f_code.co_name + tag, sys._getframe(1).f_code.co_name

    out = None
    for _ in range(2000):
        out = look()
    return out


print(frames())
