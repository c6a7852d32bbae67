# `t + (x,)` and `(x,) + t` (fused in the interpreter when t is an exact
# tuple): results, identity, and every fallback (subclasses, dunders,
# other types, unbound locals, `+=`).

class TS(tuple):
    def __add__(self, other):
        return ("TS.add", tuple(self), other)

    def __radd__(self, other):
        return ("TS.radd", other, tuple(self))


class Plain(tuple):
    pass


class R:
    def __repr__(self):
        return "R()"

    def __radd__(self, other):
        return ("R.radd", other)


def grow(t, xs):
    for x in xs:
        t = t + (x,)
    return t


def prepend(t, xs):
    for x in xs:
        t = (x,) + t
    return t


def inplace(t, xs):
    for x in xs:
        t += (x,)
    return t


for start in ((), (1,), (1, 2, 3), TS((9,)), Plain((7, 8))):
    for fn in (grow, prepend, inplace):
        r = fn(start, range(4))
        print(fn.__name__, type(start).__name__, r, type(r).__name__)

e = ()
print((() + (1,)) == (1,), ((1,) + ()) == (1,), e + (e,))
for left in ([1], "ab", R(), 5):
    try:
        print((left,) + left)
    except TypeError as err:
        print("TypeError", err)
    try:
        print(left + (left,))
    except TypeError as err:
        print("TypeError", err)


def unbound():
    x = 1
    try:
        return (x,) + t
    except UnboundLocalError as err:
        print("UnboundLocalError", err)
    t = (2,)
    return (x,) + t


print(unbound())


def perms(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        head = items[i]
        for tail in perms(items[:i] + items[i + 1:]):
            yield (head,) + tail


def solutions(n, row=0, placed=()):
    if row == n:
        yield placed
        return
    for c in range(n):
        if all(pc != c and abs(pc - c) != row - r for r, pc in enumerate(placed)):
            yield from solutions(n, row + 1, placed + (c,))


print(sum(1 for _ in perms(list(range(6)))), list(perms([1, 2, 3])))
print(len(list(solutions(6))), next(solutions(8)))
big = tuple(range(10000))
print(len((1,) + big), len(big + (1,)), ((1,) + big)[:3], (big + (1,))[-3:])
