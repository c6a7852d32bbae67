# Generators resumed by FOR_ITER / SEND of another generator (run in the
# resumer's eval loop): every way such a frame can stop, and what the
# generator objects show meanwhile.
import sys
import traceback


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def passthru(it):
    for x in it:
        yield x


def delegate(it):
    r = yield from it
    return r


# A chain: each value goes through four generator frames.
print(sum(passthru(passthru(passthru(naturals(1000))))))
print(list(delegate(delegate(naturals(5)))))


# Recursive generator (nqueens' permutations).
def permutations(items):
    n = len(items)
    if n <= 1:
        yield tuple(items)
        return
    for i in range(n):
        head = items[i]
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (head,) + tail


print(len(list(permutations(list(range(6))))), list(permutations([1, 2, 3]))[:3])


# Return values through yield from (SEND's end), nested.
def ret_inner(k):
    yield k
    return k * 10


def ret_outer():
    a = yield from ret_inner(1)
    b = yield from ret_inner(a)
    return a + b


def collect(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            out.append(("ret", e.value))
            return out


print(collect(ret_outer()))


# send() values through yield from chains.
def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)


def relay():
    r = yield from echo()
    yield ("relayed", r)


g = relay()
print(next(g), g.send("a"), g.send("b"), g.send(None))


# Exceptions escaping an inner generator into the consumer loop.
def boom(n):
    yield from range(n)
    raise KeyError("boom")


def catcher():
    try:
        for x in passthru(boom(3)):
            yield x
    except KeyError as e:
        yield ("caught", str(e))


print(list(catcher()))


# PEP 479: StopIteration inside an inner generator.
def stopper():
    yield 1
    raise StopIteration("early")


try:
    for x in passthru(stopper()):
        pass
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


def stop_in_yield_from():
    yield from stopper()


try:
    list(stop_in_yield_from())
except RuntimeError as e:
    print("yield from:", e, repr(e.__cause__))


# Tracebacks through inlined generator frames.
def deep_fail():
    yield 1
    1 / 0


try:
    for x in passthru(passthru(deep_fail())):
        pass
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([f.name for f in tb])


# gi_running / gi_frame / gi_suspended seen from inside and outside.
def watcher():
    g = me[0]
    yield (g.gi_running, g.gi_frame is None, g.gi_suspended)
    yield (g.gi_running, g.gi_suspended)


me = [None]
w = watcher()
me[0] = w
for state in passthru(w):
    print("inside", state, "outside", w.gi_running, w.gi_suspended, w.gi_frame is not None)
print("done", w.gi_running, w.gi_suspended, w.gi_frame)


# Re-entering a running generator from an inner one.
def reenter():
    yield next(outer_gen)


def outer():
    yield from passthru(reenter())


outer_gen = outer()
try:
    next(outer_gen)
except ValueError as e:
    print("ValueError:", e)


# close() / throw() mid-iteration, forwarded through yield from.
log = []


def guarded(tag):
    try:
        yield from naturals(10)
    finally:
        log.append(("finally", tag))


def chain2():
    try:
        yield from guarded("inner")
    except GeneratorExit:
        log.append("outer saw GeneratorExit")
        raise


c = chain2()
for x in c:
    if x == 2:
        break
c.close()
print(log)

log.clear()


def thrower():
    try:
        yield from guarded("t")
    except ValueError as e:
        yield ("handled", str(e))


t = thrower()
print(next(t), next(t), t.throw(ValueError("v")), log)


# A finally block runs when a suspended generator (resumed inline before)
# is dropped.
def fin():
    try:
        yield from passthru(naturals(5))
    finally:
        print("fin ran")


f = fin()
for x in f:
    if x == 1:
        break
del f
print("after del")


# A generator that handles an exception while suspended, resumed by
# another generator (exception state kept per generator).
def in_handler():
    try:
        raise IndexError("held")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


def consumer():
    for v in in_handler():
        yield (v, sys.exc_info()[0])


print(list(consumer()))


# Deep recursion of generators: a RecursionError, and it can be caught.
def rec(n):
    if n == 0:
        yield 0
        return
    for x in rec(n - 1):
        yield x + 1


print(next(rec(200)))
try:
    next(rec(100000))
except RecursionError as e:
    print("RecursionError", e)
print(next(rec(300)))


# A subclass-free but unusual iterator in the chain: a generator with
# a non-generator delegate, and a first send() of a non-None value.
class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration(99)
        return self.i


def via_custom():
    r = yield from It()
    yield r


print(list(passthru(via_custom())))
fresh = passthru(naturals(3))
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)


def sends_to_fresh():
    inner = echo()
    try:
        yield inner.send(1)
    except TypeError as e:
        yield str(e)


print(list(sends_to_fresh()))


# Generators that finish (return) while nested: the loop goes on after.
def short(k):
    yield from range(k)
    return "r"


total = 0
for k in range(50):
    for x in passthru(short(k % 4)):
        total += x
print(total)
