# Generators made straight from the CALL's stack (pooled frames, no
# argument binding) for generator functions called with exactly their
# positional parameters; every other call shape takes the general path.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def captured(a, b):
    # `a` is a cell (used by the closure): the argument moves into it.
    def get():
        return a * 10
    yield get()
    a += b
    yield get()


def outer(k):
    def inner(m):
        yield k + m
        yield k - m
    return inner


def with_default(a, b=5):
    yield a + b


def star(*args):
    yield from args


def kwonly(a, *, b):
    yield a * b


class Box:
    def __init__(self, items):
        self.items = items

    def each(self):
        for x in self.items:
            yield x * 2


def nested(depth):
    if depth == 0:
        yield "leaf"
        return
    for x in nested(depth - 1):
        yield x + str(depth)


def raises(n):
    yield n
    raise ValueError("boom %d" % n)


print(sum(count(10)), list(count(0)), [list(count(i)) for i in range(4)])
print(list(captured(1, 2)), list(captured(3, 4)))
f = outer(100)
print(list(f(1)), list(f(2)), list(outer(5)(5)))
print(list(with_default(1)), list(with_default(1, 2)), list(star(1, 2, 3)), list(kwonly(2, b=3)))
print(list(Box([1, 2, 3]).each()), list(nested(3)))
print(list(x * x for x in range(5)), sum(x for x in count(5) if x % 2))
gens = [count(3) for _ in range(5)]
print([next(g) for g in gens], [next(g) for g in gens], [list(g) for g in gens])
g = count(2)
print(g.__name__, g.__qualname__, type(g).__name__, f(0).__qualname__)
for bad in (lambda: count(), lambda: count(1, 2), lambda: captured(1), lambda: kwonly(1, 2)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    for v in raises(7):
        print("got", v)
except ValueError as e:
    print(type(e).__name__, e)
# Many short generators in turn reuse pooled frames: no state may leak.
total = 0
for i in range(3000):
    for v in captured(i, 1):
        total += v
    total += sum(count(i % 7))
print(total)
unstarted = count(5)
del unstarted
half = count(5)
next(half)
del half
print("done")
