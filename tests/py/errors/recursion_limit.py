# Unbounded recursion is a RecursionError (caught here), not a crash; then one escapes.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("caught RecursionError")
print("limit is", sys.getrecursionlimit())

def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
mutual_a(0)
