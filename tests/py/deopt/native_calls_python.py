# Python functions called from native code (dunder methods, key functions,
# map/filter) with exactly their positional parameters run in pooled
# frames; other shapes take the general binding path. Same results,
# errors and recursion limit either way.
import sys


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        return NotImplemented

    def __radd__(self, other):
        return V(self.x + other)

    def __mul__(self, k, scale=1):
        return V(self.x * k * scale)

    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x

    def __hash__(self):
        return hash(self.x)

    def __repr__(self):
        return "V(%r)" % self.x


def captured_key(offset):
    # `offset` is a cell argument of the key function's maker; `k` of the key.
    def key(k):
        def inner():
            return k
        return (inner() + offset) % 7
    return key


acc = V(0)
for i in range(200):
    acc = acc + V(i)
print(acc, 5 + V(1), V(2) * 3, sum([V(1), V(2)], V(0)))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(range(20), key=captured_key(3)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(filter(lambda v: v % 3, range(10))))
print(sorted(["bb", "a", "ccc"], key=len), max([V(3), V(9), V(1)], key=lambda v: v.x))
print({V(1), V(1), V(2)} == {V(2), V(1)}, V(4) in [V(1), V(4)])


class Deep:
    def __add__(self, other):
        return self + other


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    Deep() + 1
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)


def raiser(x):
    raise KeyError(x)


try:
    sorted([3, 1, 2], key=raiser)
except KeyError as e:
    print(type(e).__name__, e)


def gen_key(x):
    yield x


print([type(g).__name__ for g in map(gen_key, [1])], [next(g) for g in map(gen_key, [5, 6])])
print(list(map(lambda *a: len(a), [1, 2], [3, 4])), list(map(lambda x, y=10: x + y, [1, 2])))
