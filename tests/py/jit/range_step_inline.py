# Compiled `for i in range(...)` loops step the range iterator in place:
# the iterator's state must stay exactly as the interpreter leaves it
# (length hints, pickling state, sharing one iterator between loops),
# including at the ends of the i64 range, for negative and empty ranges,
# and when the loop that saw ranges gets another iterable.
import operator
import sys


def total(it):
    s = 0
    for i in it:
        s += i
    return s


def first_k(it, k):
    out = []
    for i in it:
        out.append(i)
        if len(out) == k:
            break
    return out


for _ in range(200):
    total(range(50))
    first_k(iter(range(10)), 3)

print(total(range(10)), total(range(10, 0, -3)), total(range(0)), total(range(5, 5)))
print(total(range(-2 ** 62, -2 ** 62 + 5)), total(range(2 ** 62, 2 ** 62 - 10, -4)))
top = sys.maxsize
print(total(range(top - 3, top)), total(range(-top - 1, -top + 2)))
print(total(range(top - 10, top, 3)), total(range(-top, -top - 9, -4)))
print(total(range(2 ** 63, 2 ** 63 + 3)), total(range(2 ** 70, 2 ** 70 - 3, -1)))
print(total([1, 2, 3]), total((4, 5)), total(x for x in range(4)), total({7: 1, 8: 2}))

it = iter(range(3, 40, 4))
print(first_k(it, 2), operator.length_hint(it), it.__reduce__()[1:])
print(first_k(it, 3), operator.length_hint(it), it.__reduce__()[1:])
print(first_k(it, 100), operator.length_hint(it), it.__reduce__()[1:])
print(first_k(it, 1), list(it), it.__reduce__()[1:])

it = iter(range(10))
print(first_k(it, 4), next(it), first_k(it, 2), list(it))

it = iter(range(top - 2, top))
print(first_k(it, 5), it.__reduce__()[1:])

it = iter(range(100))
it.__setstate__(95)
print(first_k(it, 10), it.__reduce__()[1:])


def nested(n):
    acc = 0
    for i in range(n):
        for j in range(i, -1, -1):
            acc += i * j
    return acc


for _ in range(50):
    nested(10)
print(nested(30))


def big_steps():
    out = []
    for i in range(-top - 1, top, 2 ** 62):
        out.append(i)
    return out


for _ in range(50):
    big_steps()
print(big_steps())
