# Native self-calls whose arguments are unboxed values of the caller (ints
# from arithmetic, floats, bools, ints too big for an inline word), and
# their slow paths: a rebound global name, a recursion limit, exceptions.
import sys


def down(n, acc):
    if n <= 0:
        return acc
    return down(n - 1, acc + n)


def halve(x, k):
    if k == 0:
        return x
    return halve(x * 0.5, k - 1)


def big(n, k):
    # n stays beyond the inline int range: every argument is heap-boxed.
    if k == 0:
        return n
    return big(n + 1, k - 1) + big(n * 3, k - 1) - n


def flip(b, k):
    if k == 0:
        return b
    return flip(not b, k - 1)


for i in range(40):
    r1 = down(30 + i % 3, 0)
    r2 = halve(float(i), 20)
    r3 = big(2 ** 60 + i, 4)
    r4 = flip(i % 2 == 0, 7)
print(r1, r2, r3, r4)
print(down(200, 10 ** 20), big(-(2 ** 62), 3), halve(1e300, 50))
print(big(2 ** 47 - 2, 5), big(-(2 ** 47) + 1, 5))


def rebind(n):
    # The name is rebound in the middle of the recursion: the inner calls
    # go to the new function (the CALL's operands are unboxed ints).
    global rebind
    if n == 5:
        rebind = other
    if n <= 0:
        return 0
    return rebind(n - 1) + n * 2


def other(n):
    return -1000 - n


original = rebind
for i in range(30):
    rebind = original
    r = rebind(8 + i % 4)
print(r, rebind is other)
rebind = original


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


for i in range(20):
    deep(50)
limit = sys.getrecursionlimit()
try:
    deep(limit + 50)
except RecursionError as e:
    print("RecursionError", e)
print(deep(100))


def boom(n, d):
    if n == 0:
        return 1 // d
    return boom(n - 1, d - 1) + 1


for i in range(20):
    boom(5, 10)
try:
    boom(5, 5)
except ZeroDivisionError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("ZeroDivisionError", e, depth)
