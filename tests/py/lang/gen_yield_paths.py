# Generators resumed inline by FOR_ITER / SEND and GET_ITER of a generator:
# edge cases of the fast paths (skipped safe point at YIELD_VALUE, GET_ITER
# leaving a generator in place) and their fallbacks.
import sys
import gc


def count(n):
    for i in range(n):
        yield i


def relay(it):
    for x in it:
        yield x


# GET_ITER of a generator is the generator itself, at its current position.
g = count(5)
print(iter(g) is g, next(g))
print([x for x in g])
print(list(g), [x for x in g])


# A for loop over a generator that is already running raises ValueError.
def selfloop():
    for x in me:
        yield x


me = selfloop()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


# Yield inside an exception handler (the handled exception is swapped):
# sys.exc_info() stays the generator's own, objects dropped meanwhile are
# finalized.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        for i in range(3):
            tmp = Noisy(i)
            yield sys.exc_info()[0].__name__
            del tmp


def outer():
    for v in relay(in_handler()):
        print("got", v, sys.exc_info()[0])
        yield v


print(list(outer()))


# close()/throw() mid-iteration of an inlined chain; finally blocks.
def guarded(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally", tag)


def chain():
    yield from relay(guarded("a"))


c = chain()
print(next(c), next(c))
try:
    c.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("thrown", e)
c = chain()
print(next(c))
c.close()
print("closed", c.gi_frame)

# Dropping a suspended generator runs its finally block.
d = relay(guarded("dropped"))
print(next(d))
del d
gc.collect()
print("after drop")


# PEP 479 through inlined levels.
def stopper():
    yield 1
    raise StopIteration("inner")


try:
    for x in relay(relay(stopper())):
        print("x", x)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


# gi_running / gi_suspended / gi_frame while resumed inline.
def introspect():
    yield (probe.gi_running, probe.gi_suspended)
    yield (probe.gi_running, probe.gi_frame is not None)


probe = introspect()
print([v for v in relay(probe)], probe.gi_running, probe.gi_suspended, probe.gi_frame)


# send() values through yield from, exceptions escaping with tracebacks.
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def deleg():
    r = yield from acc()
    yield ("done", r)


a = deleg()
next(a)
print(a.send(3), a.send(4), a.send(None))


def bad(n):
    yield n
    yield 1 // (n - n)


try:
    for v in relay(relay(bad(2))):
        print("v", v)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ZeroDivisionError", names)


# Deep recursion of generators.
def deep(n):
    if n == 0:
        yield "bottom"
        return
    yield from deep(n - 1)


print(list(deep(300)))


def perms(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        for tail in perms(items[:i] + items[i + 1:]):
            yield (items[i],) + tail


print(sum(1 for _ in perms(list(range(6)))), list(perms([1, 2, 3]))[:3])
