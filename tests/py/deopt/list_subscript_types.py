# List subscripts specialized on exact lists meeting other receivers: a list
# subclass with __getitem__/__setitem__, a tuple, a dict, str; and list items
# whose type changes from float to int to str under float arithmetic.


class MyList(list):
    def __getitem__(self, i):
        return ("my", list.__getitem__(self, i))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, ("set", v))


class Plain(list):
    pass


def first(xs):
    return xs[0]


def last(xs):
    return xs[-1]


def set0(xs, v):
    xs[0] = v


for i in range(600):
    first([i, 2])
    last([1, i])
    set0([0], i)
for obj in [MyList([1, 2]), Plain([3, 4]), (5, 6), "ab", {0: "z", -1: "y"}, range(3, 9), b"xy"]:
    print(type(obj).__name__, first(obj), last(obj))
for obj in [MyList([1, 2]), Plain([3, 4]), {}, bytearray(b"ab")]:
    set0(obj, 99)
    print(type(obj).__name__, obj)
for obj in [(1, 2), "ab", 5, None]:
    try:
        set0(obj, 1)
    except TypeError as e:
        print("TypeError", e)
try:
    first(5)
except TypeError as e:
    print("TypeError", e)
try:
    first(None)
except TypeError as e:
    print("TypeError", e)


def tup_sum(t):
    s = 0
    for i in range(len(t)):
        s += t[i] * t[-1 - i]
    return s


print(tup_sum(tuple(range(500))), tup_sum(list(range(500))), tup_sum(()))
try:
    print((1, 2)[5])
except IndexError as e:
    print("IndexError", e)


def scale(xs, k):
    out = 0.0
    for i in range(len(xs)):
        out += xs[i] * k
        xs[i] = xs[i] * 2.0
    return out


vals = [float(i) for i in range(1000)]
print(scale(vals, 0.5), vals[:3])
vals[500] = 3
print(scale(vals, 0.5), vals[499:502])
vals[700] = "s"
try:
    print(scale(vals, 0.5))
except TypeError as e:
    print("TypeError", e, vals[698:702])
mixed = [1.5, 2, 3.5, True, 10**20, -0.0, float("inf")]
print(scale(mixed * 100, 1.0), mixed)
