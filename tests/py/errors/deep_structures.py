# Deeply nested data must give RecursionError (repr) or work (building,
# freeing), never crash the interpreter.
import sys
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("RecursionError:", e)
del l
print("freed list")
d = {}
for i in range(100000):
    d = {"k": d}
del d
print("freed dict")
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(50000)
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
print(g(40000))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
head = None
for i in range(200000):
    head = Node(head)
head = None
print("freed linked list")
