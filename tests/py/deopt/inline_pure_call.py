# Small pure numeric functions inlined into their compiled callers: every
# way out of an inlined body (overflow, another argument type, a rebound
# or re-coded function, zero division, the recursion limit) must behave as
# the real call.
import sys
import traceback


def a_elem(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mix(a, b):
    t = a * 3 - b
    return -t % 8 + t // 4 + a / 2


def fl(x, y):
    return x * 0.5 + y - 2.25


def neg(x):
    return -x


def div(a, b):
    return a // b


def sums(n, f):
    acc = 0.0
    for i in range(n):
        for j in range(3):
            acc += f(i, j)
    return acc


def loop_elem(n, base):
    acc = 0.0
    for i in range(n):
        acc += a_elem(base + i, i)
    return acc


def loop_mix(n, base):
    total = 0
    for i in range(n):
        total += mix(base + i, i - 7)
    return total


def loop_fl(xs):
    total = 0.0
    for x in xs:
        total += fl(x, 1.5)
    return total


def loop_neg(xs):
    total = 0
    for x in xs:
        total += neg(x)
    return total


def loop_div(n, d):
    total = 0
    for i in range(n):
        total += div(i - 50, d)
    return total


print(f"{loop_elem(300, 0):.12f}")
print(f"{loop_mix(300, -150)!r}")
# Ints near the top of the inline range, then past it (big ints).
print(f"{loop_elem(300, 2**46):.15e}")
print(f"{loop_elem(50, 2**62):.15e}")
print(loop_mix(50, 2**60))
# Floats where ints were seen, then ints where floats were seen.
print(loop_mix(50, 0.5))
print(loop_fl([float(i) for i in range(200)]))
print(loop_fl(list(range(100))))
print(loop_fl([1, 2.5, True, 10**30]))
print(loop_neg(list(range(-100, 100))))
print(loop_neg([1.5, -0.0, 2**47, -(2**47)]))
print(loop_div(200, 7), loop_div(200, -4), loop_div(200, 4))
# Zero division inside the inlined body: the callee's frame in the traceback.
try:
    loop_div(200, 0)
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print("ZeroDivisionError", [(f.name, f.line) for f in tb])


def zero_elem(i, j):
    return 1.0 / (i - j)


print(sums(1, lambda i, j: 1))
try:
    for k in range(300):
        loop_elem(3, k)
    sums(5, zero_elem)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# The global rebound (assigning __code__ is not supported yet).
print(f"{loop_elem(100, 1):.12f}")
saved = a_elem
a_elem = lambda i, j: i - j
print(loop_elem(100, 1))
a_elem = saved
print(f"{loop_elem(100, 1):.12f}")
a_elem = fl
print(loop_elem(100, 1))


# Subclasses of int and float are not plain numbers.
class MyInt(int):
    def __add__(self, other):
        return 1000


def add1(x):
    return x + 1


def loop_add(xs):
    return [add1(x) for x in xs]


for _ in range(5):
    loop_add(list(range(100)))
print(loop_add([MyInt(3), 4, 2.5]))


# At the recursion limit the call raises RecursionError as it would.
def deep(n):
    if n == 0:
        return add1(n)
    return deep(n - 1)


for _ in range(200):
    deep(20)
sys.setrecursionlimit(100)
try:
    deep(200)
except RecursionError as e:
    print("RecursionError", str(e)[:40])


# Methods that read instance attributes.
class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def getx(self):
        return self.x


class Vec2(Vec):
    pass


class Slotted:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    dot = Vec.dot


def dots(vs, w):
    total = 0.0
    for v in vs:
        total += v.dot(w)
    return total


def xs(vs):
    return [v.getx() for v in vs]


vs = [Vec(i * 0.5, -i, 2.0) for i in range(300)]
w = Vec(1.0, 0.25, -3.0)
print(dots(vs, w), dots(vs, w))
print(sum(xs(vs)), xs(vs[:3]))
# Another shape (attributes set in another order), a subclass, a dict made.
odd = Vec(1.0, 2.0, 3.0)
del odd.x
odd.x = 10.0
print(dots(vs[:5] + [odd], w))
print(dots([Vec2(1.0, 2.0, 3.0)] + vs[:5], w))
d = Vec(2.0, 3.0, 4.0)
d.__dict__["z"] = 40.0
print(dots([d] + vs[:3], w))
print(dots([Slotted(1.0, 2.0, 3.0)], w))
# Ints and big ints in the attributes, strings (a TypeError from the call).
print(dots([Vec(1, 2, 3), Vec(2**60, 1, 1)], Vec(3, 4, 5)))
try:
    dots([Vec("a", "b", "c")], Vec(1, 2, 3))
except TypeError as e:
    print("TypeError", e)
# A property replaces the attribute on the class: the epoch changes.
print(xs(vs[:4]))
saved_getx = Vec.getx
Vec.getx = lambda self: -1
print(xs(vs[:4]))
Vec.getx = saved_getx
Vec.x = property(lambda self: 99.0)
print(dots(vs[:3], w), [v.x for v in vs[:2]])
del Vec.x
print(dots(vs[:3], w))
# The returned attribute is the object itself, alive after the instance.
tmp = [Vec([1, 2], None, None).getx() for _ in range(300)]
print(tmp[-1], len(tmp))
