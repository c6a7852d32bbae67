# `obj[key] op= v` (COPY 2; COPY 2; BINARY_SUBSCR; ...; SWAP 3; SWAP 2;
# STORE_SUBSCR): the fused head and tail of the specialized forms, and every
# case where they must fall back to the generic instructions.
import gc


def bump(seq, key, x, n):
    for _ in range(n):
        seq[key] += x
    return seq


def sub_const(a, x, n):
    for _ in range(n):
        a[3] -= x
        a[-1] *= 2
    return a


print(bump([0, 1, 2], 1, 1, 50))
print(bump([0.5, 1.5], -2, 0.25, 40))
print(sub_const([0.0, 0.0, 0.0, 100.0, 1], 1.5, 20))
print(bump({"a": 1}, "a", 2, 30))
print(bump({1: [], 2: []}, 2, [7], 3))

# Warm up on lists, then other containers and keys at the same sites.
def mixed(seq, key, x):
    seq[key] += x
    return seq


lst = [1, 2, 3]
for i in range(60):
    mixed(lst, i % 3, 1)
print(lst)
print(mixed((1, 2), 0, 5) if False else "skip")
try:
    mixed((1, 2), 0, 5)
except TypeError as e:
    print("TypeError", e)
try:
    mixed(lst, 3, 1)
except IndexError as e:
    print("IndexError", e)
try:
    mixed(lst, -4, 1)
except IndexError as e:
    print("IndexError", e)
try:
    mixed(lst, "x", 1)
except TypeError as e:
    print("TypeError", e)
print(mixed(lst, True, 10), mixed(lst, False, 100))
print(mixed(lst, 2**62, 0) if False else "big")
try:
    mixed(lst, 2**63, 1)
except IndexError as e:
    print("IndexError", e)
print(mixed({"k": 1.0}, "k", 0.5))
print(mixed(bytearray(b"ab"), 0, 1))


class L(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        list.__setitem__(self, i, v)


print(mixed(L([1, 2]), 1, 5))
print(mixed(L([1.5]), -1, 5))

# The value's operator replaces the list's item during the operation.
class Meddle:
    def __init__(self, target):
        self.target = target

    def __radd__(self, other):
        self.target[0] = "replaced"
        self.target.clear()
        self.target.extend([9, 9, 9, 9])
        return other + 1


lst2 = [1, 2, 3]
for _ in range(60):
    mixed(lst2, 0, 0)
print(mixed(lst2, 0, Meddle(lst2)))

lst3 = [1, 2]
class Shrink:
    def __radd__(self, other):
        lst3.clear()
        return other

try:
    mixed(lst3, 1, Shrink())
except IndexError as e:
    print("IndexError", e, lst3)


# The old item's finalizer runs when it is replaced.
class D:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, x):
        return D(self.n + x)

    def __del__(self):
        print("del", self.n)


ds = [D(0)]
for i in range(3):
    mixed(ds, 0, 1)
print("after", ds[0].n)
del ds
gc.collect()

# Floats: NaN, infinities and signed zeros survive the round trip.
fl = [0.0, float("inf"), float("nan"), -0.0]
for i in range(40):
    mixed(fl, 0, -0.0)
    mixed(fl, 3, -0.0)
print(fl, mixed(fl, 1, float("-inf")), mixed(fl, 2, 1.0))

# Ints across the inline-int boundaries.
big = [2**47 - 2, 2**62 - 1, 2**63 - 1, -(2**63), 2**64 - 1]
for i in range(5):
    for j in range(3):
        mixed(big, i, 1)
print(big)

# Nested and attribute containers, and augmented assignment on a slice.
class Box:
    def __init__(self):
        self.items = [1, 2, 3]


b = Box()
m = [[0] * 3 for _ in range(3)]
for i in range(30):
    b.items[i % 3] += i
    m[i % 3][(i * 2) % 3] -= i
print(b.items, m)
s = [1, 2, 3, 4]
for i in range(3):
    s[1:3] += [i]
print(s)
