# How deep recursion gets before RecursionError: the module frame counts.
import sys


def f(n):
    try:
        return f(n + 1)
    except RecursionError as e:
        return n


print(f(0))


def g():
    return f(0)


print(g())
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(f(0))
sys.setrecursionlimit(1000)
