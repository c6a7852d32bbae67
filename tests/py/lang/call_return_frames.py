# Python-to-Python call/return: recursion limits, tracebacks through deep
# recursion, recursive generators and closures, sys._getframe / f_back
# across calls, frames kept alive by tracebacks, defaults and __init__.
import sys


def depth_reached(limit):
    sys.setrecursionlimit(limit)
    n = [0]

    def down(k):
        n[0] = k
        return down(k + 1)

    try:
        down(0)
    except RecursionError as e:
        msg = str(e)
    sys.setrecursionlimit(1000)
    return n[0], msg


for lim in (50, 51, 100, 333, 1000):
    print("limit", lim, depth_reached(lim))


def with_defaults(a, b=2, c=3):
    if a <= 0:
        return b + c
    return with_defaults(a - 1, b + 1) + c


print(with_defaults(10), with_defaults(3, 10), with_defaults(2, 1, 1))


# Traceback through deep recursion: one entry per frame, lines right.
def boom(k):
    if k == 0:
        raise ValueError("bottom")
    return boom(k - 1)


try:
    boom(60)
except ValueError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_locals.get("k")))
        tb = tb.tb_next
    print(len(entries), entries[:3], entries[-2:])
    # Frames kept alive by the traceback keep their locals.
    last = entries[-1]
    print("kept", last)


# Recursion with the limit hit partway and caught at several depths.
def catch_at(k, where):
    try:
        return catch_at(k + 1, where)
    except RecursionError:
        if k < where:
            raise
        return k


sys.setrecursionlimit(120)
r = catch_at(0, 100)
print("caught at", r)
sys.setrecursionlimit(1000)


# Recursive generators and closures.
def gen_tree(n):
    if n == 0:
        yield 0
        return
    yield n
    yield from gen_tree(n - 1)
    yield from gen_tree(n - 2 if n >= 2 else 0)


print(sum(gen_tree(12)), len(list(gen_tree(8))))


def make_counter():
    total = 0

    def walk(n):
        nonlocal total
        total += 1
        if n > 1:
            walk(n - 1)
            walk(n - 2)

    walk(15)
    return total


print("closure calls", make_counter())


def adders(n):
    fs = []
    for i in range(n):
        def add(x, i=i):
            return x + i if x < 100 else add(x - 100)
        fs.append(add)
    return [f(250) for f in fs]


print(adders(5))


# sys._getframe and f_back through calls.
def chain(k):
    if k == 0:
        fr = sys._getframe()
        names = []
        while fr is not None and len(names) < 8:
            names.append((fr.f_code.co_name, fr.f_locals.get("k")))
            fr = fr.f_back
        return names
    return chain(k - 1)


print(chain(4))


def caller_name():
    return sys._getframe(1).f_code.co_name


def outer_fn():
    return caller_name()


print(outer_fn(), [caller_name() for _ in range(2)])


# __init__ called as a frame: result, non-None return, recursion inside.
class Node:
    def __init__(self, depth):
        self.depth = depth
        self.child = Node(depth - 1) if depth > 0 else None


n = Node(30)
c = 0
while n is not None:
    c += 1
    n = n.child
print("nodes", c)


class Bad:
    def __init__(self):
        return 5


try:
    Bad()
except TypeError as e:
    print("TypeError", e)


# A dunder frame raising NotImplemented falls back; one raising propagates.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if o == "boom":
            raise KeyError(o)
        return NotImplemented

    def __radd__(self, o):
        return V(self.x + 1000)


print((V(1) + V(2)).x, (5 + V(1)).x)
try:
    V(1) + "boom"
except KeyError as e:
    print("KeyError", e)
try:
    V(1) + 3
except TypeError as e:
    print("TypeError", e)

# Wrong argument counts at a specialized site.
def two(a, b):
    return a + b


for args in ((1, 2), (1,), (1, 2, 3)):
    try:
        print(two(*args) if len(args) != 2 else two(args[0], args[1]))
    except TypeError as e:
        print("TypeError", e)

f = two
for i in range(4):
    try:
        print(f(i, i) if i < 3 else f(i))
    except TypeError as e:
        print("TypeError", e)
