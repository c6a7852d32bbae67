# Compiled tuple/list builds, concatenations and slices: warmed up on exact
# tuples and lists, then given other operand types (a list where a tuple was
# seen, subclasses with __add__/__radd__/__getitem__, steps, negative and
# huge bounds, bad operands), each with CPython's result or error.


def prepend(h, v):
    return (h,) + v


def append(v, x):
    return v + (x,)


def splice(items, i):
    return items[:i] + items[i + 1:]


def window(items, a, b):
    return items[a:b]


def builds(a, b, c):
    return (a, b, c), [a, b, c], {a, b, c}, [a], ()


class T(tuple):
    def __add__(self, other):
        return ("T.add", tuple(self), other)

    def __radd__(self, other):
        return ("T.radd", other, tuple(self))


class L(list):
    def __getitem__(self, key):
        return ("L.getitem", key)


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(f.__name__, r)


for i in range(300):
    prepend(i, (1, 2))
    append((1, 2), i)
    splice((0, 1, 2, 3, 4), i % 5)
    splice([0, 1, 2, 3, 4], i % 5)
    window([0, 1, 2, 3, 4, 5], i % 7 - 3, None)
    builds(i, i + 1, i % 2)

show(prepend, 0, (1, 2, 3))
show(prepend, 0, ())
show(prepend, 0, [1, 2])
show(prepend, 0, T((5, 6)))
show(prepend, 0, "ab")
show(append, (1,), 2)
show(append, (), 2)
show(append, T((7,)), 8)
show(append, [1], 2)
show(append, None, 2)
show(splice, (0, 1, 2, 3, 4), 2)
show(splice, [0, 1, 2, 3, 4], -1)
show(splice, "abcde", 1)
show(splice, L([0, 1, 2]), 1)
show(splice, (0, 1), 10**20)
show(window, (0, 1, 2, 3, 4, 5), -4, -1)
show(window, [0, 1, 2, 3, 4, 5], -100, 100)
show(window, (0, 1, 2, 3, 4, 5), None, None)
show(window, [0, 1, 2, 3, 4, 5], 10**30, -10**30)
show(window, (0, 1, 2, 3, 4, 5), -10**30, 10**30)
show(window, (0, 1, 2, 3, 4, 5), Idx(1), Idx(4))
show(window, [0, 1, 2, 3, 4, 5], True, 3)
show(window, (0, 1, 2), "a", None)
show(window, [0, 1, 2], 1.0, None)
show(window, L([0, 1, 2]), 0, 2)
show(window, range(10), 2, 5)
show(window, 5, 0, 1)
t6 = (0, 1, 2, 3, 4, 5)
print(window(t6, None, None) is t6, window(t6, 0, 100) is t6)
l6 = [0, 1, 2]
print(window(l6, None, None) is l6)
show(builds, 1, 2, 3)
show(builds, 1, 1, 1)
show(builds, [1], 2, 3)


def steps(items):
    out = []
    for k in range(200):
        out.append(items[::2] + items[1::-1] + items[-2:-6:-1] + items[k % 3::3])
    return out[-1]


print(steps((0, 1, 2, 3, 4, 5, 6)))
print(steps([0, 1, 2, 3, 4, 5, 6]))
print(steps("abcdefg"))


def accumulate(t0, l0, n):
    t, l1, l2 = t0, l0, list(l0)
    for i in range(n):
        t += (i,)
        l1 = l1 + [i]
        l2 += [i]
        l2 += (i,)
    return t, l1, l2, l0


print(accumulate((), [], 5))
print(accumulate((9,), [8], 4))
print(accumulate(T((1,)), [], 2))
