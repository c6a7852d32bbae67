# A method call after a LOAD_METHOD the interpreter cached is compiled for
# the function the cache held (a native call when that function runs
# natively, else a direct call site). Each case warms up, then changes the
# world: the method rebound on the class, shadowed on an instance, the
# instance's __class__ swapped, a subclass overriding it, recursion through
# methods, an exception and a traceback through the called method.
import sys
import traceback


class P:
    def __init__(self, x):
        self.x = x

    def add(self, y):
        return self.x + y

    def twice(self, y):
        return self.add(y) + self.add(y)

    def plain(self, y):
        return y * 2

    def div(self, y):
        return 100 // y


def drive(p, n):
    t = 0
    for i in range(n):
        t += p.add(i) + p.plain(i)
    return t


p = P(3)
print("warm", drive(p, 3000))

# Rebind on the class.
old = P.add
P.add = lambda self, y: -y
print("rebound", drive(p, 3000))
P.add = old
print("restored", drive(p, 3000))

# Shadow on the instance (no self), then remove the shadow.
p.plain = lambda y: 1000
print("shadowed", drive(p, 3000))
del p.plain
print("unshadowed", drive(p, 3000))


# Swap the instance's class.
class Q:
    def __init__(self, x):
        self.x = x

    def add(self, y):
        return y - self.x

    def plain(self, y):
        return 7


q = P(5)
print("before swap", drive(q, 2000))
q.__class__ = Q
print("after swap", drive(q, 2000))
q.__class__ = P
print("swapped back", drive(q, 2000))


# A subclass overriding one method (same call site sees both types).
class R(P):
    def plain(self, y):
        return y * 3


def mixed(objs, n):
    t = 0
    for i in range(n):
        o = objs[i % len(objs)]
        t += o.plain(i) + o.add(1)
    return t


print("mixed", mixed([P(1), R(2)], 3000))
print("mixed2", mixed([R(2), P(1), R(4)], 3000))


# Methods calling methods; recursion through a method.
class T:
    def __init__(self, k):
        self.k = k

    def depth(self, n):
        if n == 0:
            return self.k
        return self.depth(n - 1) + 1


def rec(n):
    t = T(10)
    s = 0
    for i in range(n):
        s += t.depth(i % 20)
    return s


print("recursion", rec(3000))


def deep():
    t = T(0)
    try:
        t.depth(100000)
    except RecursionError:
        return "RecursionError"


print(deep())


def twice_loop(n):
    p = P(2)
    s = 0
    for i in range(n):
        s += p.twice(i)
    return s


print("twice", twice_loop(3000))


# An exception from the called method, caught by the caller, and a
# traceback through it.
def divs(n):
    p = P(0)
    s = 0
    for i in range(n):
        try:
            s += p.div(i % 5)
        except ZeroDivisionError:
            s -= 1
    return s


print("divs", divs(3000))


def tb():
    p = P(0)
    for i in range(2000):
        p.div(1)
    try:
        p.div(0)
    except ZeroDivisionError:
        names = [f.name for f in traceback.extract_tb(sys.exc_info()[2])]
        return names


print("traceback", tb())


# Wrong argument count at a warmed site: TypeError as CPython words it.
def argc(n):
    p = P(1)
    s = 0
    for i in range(n):
        s += p.add(i)
    try:
        p.add(1, 2)
    except TypeError as e:
        return s, str(e)


print("argc", argc(3000))


# The method replaced by a non-function callable and a staticmethod.
class Callable:
    def __call__(self, y):
        return "called"


def flip(n):
    p = P(1)
    out = []
    for i in range(n):
        if i == n - 3:
            P.plain = staticmethod(lambda y: "static")
        if i == n - 2:
            P.plain = Callable()
        if i >= n - 3:
            out.append(p.plain(i))
        else:
            p.plain(i)
    return out


print("flip", flip(3000))
