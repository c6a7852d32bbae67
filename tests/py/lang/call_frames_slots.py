# Inlined Python calls reuse pooled frame boxes: each call must start with
# exactly its arguments, defaults and unbound locals, whatever the box held
# before (other code, other globals, more or fewer slots), and closures,
# cells, __init__ and operator dunders must see their own frames.
import sys


def many_locals(a, b, c=3, d=4):
    e = a + b + c + d
    f = e * 2
    g = f - 1
    h = [a, b, c, d, e, f, g]
    return h


def maybe_unbound(flag):
    if flag:
        x = "bound"
    try:
        return x
    except UnboundLocalError as exc:
        return f"unbound: {exc}"


def two(a, b):
    return (a, b)


# A big frame, then a small one, then one with unbound slots: no value
# from the previous occupant of the box may leak through.
for i in range(3):
    print(many_locals(i, i + 1))
    print(two(i, "x"))
    print(maybe_unbound(i % 2 == 0))
    print(maybe_unbound(False))

# Defaults: none, some, all given; keyword arguments and *args take the
# generic path with the same result.
print(many_locals(1, 2), many_locals(1, 2, 30), many_locals(1, 2, 30, 40))
print(many_locals(1, b=2, d=9), many_locals(*(1, 2, 3)), many_locals(**{"a": 5, "b": 6}))
try:
    many_locals(1)
except TypeError as exc:
    print("TypeError", exc)
try:
    two(1, 2, 3)
except TypeError as exc:
    print("TypeError", exc)

# Defaults changed after the call site got specialized.
def with_default(a, b=10):
    return a + b

for i in range(4):
    if i == 2:
        with_default.__defaults__ = (100,)
    print(with_default(i))
with_default.__defaults__ = None
try:
    with_default(1)
except TypeError as exc:
    print("TypeError", exc)


# Closures and cells in inlined frames.
def make_counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


c1, c2 = make_counter(), make_counter()
for i in range(3):
    print(c1(), c2(10))


def cell_in_callee(n):
    total = n

    def add(k):
        return total + k

    return [add(k) for k in range(3)]


print(cell_in_callee(5), cell_in_callee(7))

# Functions of another module namespace (other globals and builtins) called
# alternately with ours through the same call site.
ns = {"K": "theirs", "len": lambda s: -1}
exec("def other(x):\n    return (x, K, len('abc'))\n", ns)
K = "ours"


def mine(x):
    return (x, K, len("abc"))


for fn in [mine, ns["other"], mine, ns["other"]]:
    print(fn(1))

# Functions of several codes through one call site (each call site sees
# the callee change).
def first(x):
    return ("first", x)


def second(x):
    return ("second", x * 2)


for fn in [first, second, first, second]:
    print(fn(3))


# __init__ of plain classes and Python operator dunders.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __add__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return Point(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        return ("radd", other)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1)
for i in range(3):
    p = p + Point(i, 1)
print(p, 5 + p)
try:
    p + 5
except TypeError as exc:
    print("TypeError", exc)


class BadInit:
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as exc:
    print("TypeError", exc)

# Method calls with self, bound and unbound.
class Acc:
    def __init__(self):
        self.items = []

    def add(self, v, times=1):
        for _ in range(times):
            self.items.append(v)
        return self


a = Acc()
a.add(1).add(2, 2)
Acc.add(a, 3)
print(a.items)
print(sys._getframe().f_code.co_name)
