# RecursionError on compiled direct calls: the same message, and the same
# depth as CPython's for a function recursing from the same base depth.
import sys


def down(n):
    return down(n + 1) if n >= 0 else n


def probe(n):
    try:
        return down(n)
    except RecursionError as e:
        return str(e)


def depth_reached():
    count = 0

    def f():
        nonlocal count
        count += 1
        f()

    try:
        f()
    except RecursionError as e:
        return count, str(e)


for i in range(3):
    print(probe(0))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(22))


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


cnt = 0


def g(n):
    global cnt
    cnt += 1
    g(n + 1)


def run():
    global cnt
    cnt = 0
    try:
        g(0)
    except RecursionError as e:
        return cnt, str(e)


for i in range(3):
    print(depth_reached(), run())
# Warm up, then exceed the limit from a known depth.
for i in range(50):
    deep(100)
sys.setrecursionlimit(400)
try:
    deep(1000)
except RecursionError as e:
    print("deep", e)
print(deep(300))
sys.setrecursionlimit(1000)
