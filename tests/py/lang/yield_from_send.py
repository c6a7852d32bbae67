# SEND of `yield from`: a generator delegate resumed in place (values sent
# through, return values, exceptions, re-entry), and the fallback for other
# iterators (iterator classes, ranges, lists, objects with send()).
def inner():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            return got
        got.append(x)


def outer():
    r = yield from inner()
    yield ("inner returned", r)
    r2 = yield from []
    yield ("empty returned", r2)


g = outer()
print(next(g), g.send("a"), g.send("b"), g.send(None), next(g))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)


def finished():
    return 5
    yield


def deleg_finished():
    f = finished()
    a = yield from f
    b = yield from f
    yield (a, b)

print(list(deleg_finished()))


def raiser():
    yield 1
    raise KeyError("from inner")


def catches():
    try:
        yield from raiser()
    except KeyError as e:
        yield ("caught", str(e))

print(list(catches()))


def stop_inside():
    yield 1
    raise StopIteration("x")


def wraps_stop():
    yield from stop_inside()

try:
    list(wraps_stop())
except RuntimeError as e:
    print("RuntimeError", e)


def self_deleg():
    yield 1
    yield from me

me = self_deleg()
try:
    list(me)
except ValueError as e:
    print("ValueError", e)


class Sender:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.n * 10)
        return self.n
    def send(self, v):
        print("Sender.send", v)
        return self.__next__()


def via_class():
    r = yield from Sender()
    yield ("returned", r)

g = via_class()
print(next(g), g.send("s1"), g.send("s2"))
print(next(g))
print(list(x for x in range(3)), list(via_class()))


def deep(n):
    if n == 0:
        yield "leaf"
        return "deep-ret"
    r = yield from deep(n - 1)
    return r

def top():
    r = yield from deep(50)
    yield r
print(list(top()))


def thrower():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "inner got ValueError"


def mid():
    yield from thrower()

m = mid()
print(next(m), m.throw(ValueError), list(m))
