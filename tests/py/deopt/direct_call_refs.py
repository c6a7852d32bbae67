# References at CALL sites compiled for a known callee, which take over
# the callee's and arguments' references: borrowed locals, temporaries,
# objects with __del__, a callee raising, RecursionError, and the general
# path (the callee rebound) must all free exactly what CPython frees.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def keep(x):
    return 1


def boom(x):
    raise ValueError(x.name)


def deep(x, n):
    return deep(x, n + 1)


def drive_counts(n):
    x = object()
    before = sys.getrefcount(x)
    t = 0
    for i in range(n):
        t += keep(x)
        t += keep([x])
    return t, sys.getrefcount(x) - before


print("counts", drive_counts(3000))


def drive_del(n):
    t = 0
    for i in range(n):
        d = D("local%d" % i) if i in (0, n - 1) else i
        t += keep(d)
        if i == n - 2:
            t += keep(D("temp"))
            print("after temp")
    return t


print("del", drive_del(3000))


def drive_boom(n):
    caught = 0
    for i in range(n):
        try:
            boom(D("b%d" % i) if i == n - 1 else D("") if i == n - 2 else D(""))
        except ValueError as e:
            caught += 1
            if i == n - 1:
                print("caught", repr(e.args[0]))
    return caught


D.__del__ = lambda self: self.name and print("del", self.name)
print("boom", drive_boom(1500))


def drive_deep():
    try:
        deep(D("r"), 0)
    except RecursionError as e:
        print("rec", e)
    print("after rec")


for _ in range(3):
    drive_deep()


def other(x):
    return 2


def drive_rebind(n):
    global keep
    t = 0
    x = object()
    before = sys.getrefcount(x)
    for i in range(n):
        if i == n // 2:
            keep = other
        t += keep(x)
    return t, sys.getrefcount(x) - before


print("rebind", drive_rebind(3000))
