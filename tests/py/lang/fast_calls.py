# Calls on the specialized fast path (CALL_PY_EXACT): arguments moved into
# the callee's slots in order, methods, closures with cells, the recursion
# limit, builtin type calls whose object.__init__ is skipped, and
# generators resumed by for / next / send / throw / close.
import sys

def six(a, b, c, d, e, f):
    return (a, b, c, d, e, f)

for _ in range(5):
    print(six(1, "two", 3.0, None, [5], (6,)))

class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def move(self, dx, dy):
        return P(self.x + dx, self.y + dy)
    def __repr__(self):
        return f"P({self.x}, {self.y})"

p = P(0, 0)
for i in range(5):
    p = p.move(i, -i)
print(p)

def outer(n):
    total = n
    def inner(k):
        nonlocal total
        total += k
        return total
    for k in range(4):
        inner(k)
    return total, inner(100)

for _ in range(4):
    print(outer(10))

def cellarg(x):
    def get():
        return x
    x += 1
    return get()

print([cellarg(i) for i in range(5)])

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(18))

# wrong arity after specialization falls back to the generic path
def two(a, b):
    return a - b
for _ in range(5):
    two(5, 3)
for args in [(1,), (1, 2, 3)]:
    try:
        two(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    two(1, c=2)
except TypeError as e:
    print(type(e).__name__, e)

# recursion limit
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
depth = 0
def count(n):
    global depth
    depth = n
    count(n + 1)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    count(0)
except RecursionError as e:
    print(type(e).__name__, e, 150 < depth < 200)
sys.setrecursionlimit(old)
print(fib(10))

# builtin type calls (object.__init__ skipped where it cannot raise)
print(list(enumerate("ab", 1)), tuple([1, 2]), list("xy"), dict(a=1), set([3]), int("7"))
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(Plain()).__name__)
class OwnNew:
    def __new__(cls, *args):
        return super().__new__(cls)
print(type(OwnNew(1, 2)).__name__)
class Other:
    pass
class Redirect:
    def __new__(cls, *args):
        return Other()
print(type(Redirect(1)).__name__)
class SubList(list):
    pass
print(SubList((1, 2)), type(SubList()).__name__)

# generators
def gen(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("got", got)
        return "done"
    finally:
        print("gen finally")

print(list(gen(3)))
g = gen(5)
print(next(g), g.send("hello"), next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print(type(e).__name__, e)
g = gen(2)
next(g)
g.close()
print("closed", list(g))
g = gen(1)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def delegate():
    r = yield from gen(2)
    print("delegate got", r)
    yield r
print(list(delegate()))
print(sum(x * x for x in range(10)), any(x > 8 for x in range(10)), all(x < 5 for x in range(10)))
print(sorted(x % 3 for x in range(7)), set(x % 2 for x in range(5)), tuple(x for x in "ab"))
try:
    g = gen(3)
    next(g)
    g.send(None)
    g.throw(KeyError, "k")
except KeyError as e:
    print(type(e).__name__, e)
def fresh():
    yield 1
try:
    fresh().send(5)
except TypeError as e:
    print(type(e).__name__, e)
