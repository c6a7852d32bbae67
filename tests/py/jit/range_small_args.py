# range() with small-int arguments (the common case, taken as they are) and
# everything else (bools, int subclasses, __index__, big ints, bad types),
# in a hot loop so compiled code builds the ranges.
class I(int):
    def __index__(self):
        return 99   # int subclasses are used as ints, not through __index__
class Ix:
    def __index__(self):
        return 3

def total(a, b, c):
    s = 0
    for k in range(a, b, c):
        s += k
    for k in range(min(b, 4) if not isinstance(b, Ix) else b):
        s += 1
    return s

for _ in range(300):
    total(0, 10, 1)
print(total(0, 10, 1), total(-5, 5, 2), total(10, 0, -3), total(True, 3, True))
print(total(I(2), I(6), I(1)), total(Ix(), 7, Ix()), total(2**47 - 3, 2**47 + 2, 2))
print(total(-2**47, -2**47 + 3, 1), len(range(2**80, 2**80 + 3)), range(I(3), I(9))[I(1)])
r = range(I(5))
print(r, type(r.stop), range(True, 4), range(-0, 3), range(3)[1], repr(range(2**47 - 1, 2**47 + 1)))
for bad in [(1.5,), ("3",), (None,), (0, 10, 0)]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
