# A loop over an iterator of unknown origin (a comprehension's `.0`, a
# parameter) that the interpreter saw be a range iterator is compiled to
# step ranges in place with int items; anything else arriving there later
# (lists, generators, strings, big ints, exhausted or shared iterators)
# must give the same results.
import sys


def squares(it):
    return {i * i for i in it}


def pairs(n, vec):
    cols = range(n)
    return len({vec[i] + i for i in cols}), len({vec[i] - i for i in cols}), [vec[i] * i for i in cols]


def walk(it):
    s = 0
    for i in it:
        s += i
    return s


for k in range(300):
    squares(range(k % 7))
    pairs(5, (4, 2, 0, 3, 1))
    walk(iter(range(k % 5)))

print(sorted(squares(range(6))), sorted(squares(range(10, -3, -4))))
print(pairs(5, (4, 2, 0, 3, 1)), pairs(3, (0, 1, 2)))
print(sorted(squares([3, 1.5, -2])), sorted(squares(x for x in range(3))))
print(sorted(squares(["ab", "c"] * 0)), squares(range(0)))
top = sys.maxsize
print(sorted(squares(range(top - 2, top))), sorted(squares(range(2 ** 64, 2 ** 64 + 2))))
print(walk(range(5)), walk([1.5, 2.5]), walk(iter(range(-3, 3))), walk(range(top - 1, top)))
it = iter(range(10))
next(it)
print(walk(it), walk(it), list(it))
try:
    print(sorted(squares(["a", "b"])))
except TypeError as e:
    print("TypeError:", e)
try:
    walk([1, 2, None])
except TypeError as e:
    print("TypeError:", e)
for k in range(50):
    print(k, pairs(4, (k, 1, k % 3, 0)), walk(range(k)), sorted(squares(range(k % 4)))) if k % 10 == 0 else None
