# BINARY_OP / COMPARE_OP / subscripts / FOR_ITER / CALL sites specialized on
# one kind of operand, then fed others.


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def lt(a, b):
    return a < b


def eq(a, b):
    return a == b


for i in range(40):
    add(i, i)
    mul(i, 3)
    lt(i, 5)
    eq(i, i)

# Past the inline-int range and past 2**62 / 2**63.
print(add(2**46, 2**46), add(2**62, 2**62), mul(2**40, 2**40), mul(-(2**47), 2))
print(add(1.5, 2), add(2, 0.25), add("a", "b"), add([1], [2]), add((1,), (2,)))
print(mul("ab", 3), mul(2.0, 0.5), mul(True, 7))
print(lt(1, 2.5), lt(2**70, 2**71), lt("a", "b"), lt((1, 2), (1, 3)), eq(1, 1.0), eq("x", "x"), eq(None, None))
try:
    add(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    lt(1, "x")
except TypeError as e:
    print(type(e).__name__, e)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __radd__(self, other):
        return Num(other + self.v)

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)

    def __eq__(self, other):
        return "eq-called"


print(add(Num(1), 2).v, add(3, Num(4)).v, lt(Num(1), 2), eq(Num(1), 1))

# Floats, then ints, then errors.
def div(a, b):
    return a / b


for i in range(1, 40):
    div(float(i), 2.0)
print(div(1.0, 4.0), div(7, 2), div(2**80, 2**79))
try:
    div(1.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    div(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)


def fcmp(a, b):
    return a <= b


for i in range(40):
    fcmp(i * 0.5, 3.0)
print(fcmp(float("nan"), 1.0), fcmp(1.0, float("inf")), fcmp(2, 2.0), fcmp("b", "a"))

# Strings compared, then str subclasses with their own __eq__.
class Loud(str):
    def __eq__(self, other):
        return "loud"

    __hash__ = str.__hash__


for i in range(40):
    eq("abc", "abd")
print(eq("abc", "abc"), eq(Loud("abc"), "abc"), eq("abc", Loud("x")), lt("é", "z"), lt("z", "é"))

# Subscripts.
def get(c, k):
    return c[k]


lst = list(range(10))
for i in range(40):
    get(lst, i % 10)
print(get(lst, -1), get((5, 6, 7), 1), get({"a": 1}, "a"), get("hello", 1), get(lst, slice(2, 4)))
try:
    get(lst, 10)
except IndexError as e:
    print(type(e).__name__, e)
try:
    get({"a": 1}, "b")
except KeyError as e:
    print(type(e).__name__, e)


class D(dict):
    def __missing__(self, k):
        return "missing-" + k


class Seq:
    def __getitem__(self, i):
        return i * 100


for i in range(40):
    get({"k": i}, "k")
print(get(D(), "z"), get(Seq(), 3), get({1: "int key"}, 1), get({"k": 1}, Loud("k")))
try:
    get(5, 0)
except TypeError as e:
    print(type(e).__name__, e)


def put(c, k, v):
    c[k] = v
    return c


for i in range(40):
    put(lst, i % 10, i)
print(put(lst, -1, "last")[-1], put({}, "a", 1), put(bytearray(b"ab"), 0, 65))
try:
    put(lst, 99, 0)
except IndexError as e:
    print(type(e).__name__, e)
try:
    put((1, 2), 0, 0)
except TypeError as e:
    print(type(e).__name__, e)

# FOR_ITER over a range, then lists, tuples, generators, dicts.
def total(it):
    s = 0
    for x in it:
        s += x
    return s


for i in range(30):
    total(range(i))
print(total(range(10)), total([1, 2, 3]), total((4, 5)), total(x * 2 for x in range(4)), total({7: 0, 8: 0}), total(range(2**62, 2**62 + 2)))
grow = [1, 2]
for v in grow:
    if len(grow) < 5:
        grow.append(v * 10)
print(grow)

# CALL sites: a Python function, then builtins, classes, bound methods.
def apply(fn, x):
    return fn(x)


for i in range(40):
    apply(abs, -i)
    apply(lambda v: v + 1, i)
print(apply(abs, -3), apply(str, 5), apply(lambda v: v * 2, 4), apply(Num, 9).v, apply([].append, 1), apply("x{}".format, 2))
try:
    apply(lambda a, b: a, 1)
except TypeError as e:
    print(type(e).__name__, e)
