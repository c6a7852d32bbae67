# Generators resumed by FOR_ITER, SEND (yield from), next() and builtins:
# closing and throwing mid-way, return values through yield from, errors
# (StopIteration turned into RuntimeError), re-entrancy, gi_running and
# gi_frame while running, exception state kept per generator, tracebacks
# through resumed generators, and deep yield-from chains.
import sys
import traceback


def count(n):
    for i in range(n):
        yield i
    return n * 10


def delegate(n):
    r = yield from count(n)
    yield ("returned", r)
    r2 = yield from count(0)
    yield ("empty", r2)


print(list(delegate(3)))

# A hot FOR_ITER site (specialized) over many generators, some finished.
done = count(2)
list(done)
tot = 0
for k in range(300):
    src = done if k % 50 == 0 else count(k % 5)
    for x in src:
        tot += x
print("hot for_iter", tot)


# Closed and thrown into mid-way while a caller iterates.
def guarded(log):
    try:
        for i in range(10):
            try:
                yield i
            except ValueError as e:
                log.append(("caught", str(e)))
                yield -i
    finally:
        log.append("finally")


log = []
g = guarded(log)
out = []
for x in g:
    out.append(x)
    if x == 2:
        out.append(g.throw(ValueError("mid")))
    if x == 4:
        g.close()
print(out, log, g.gi_frame)


# Thrown into through a yield from chain.
def outer_gen():
    try:
        r = yield from guarded(log)
        yield ("inner returned", r)
    except KeyError as e:
        yield ("outer caught", repr(e))


log = []
o = outer_gen()
print(next(o), next(o), o.throw(ValueError("deep")), next(o))
print(o.throw(KeyError("k")), log)
o.close()


# A generator raising inside sum() and inside a for loop.
def bad(n):
    for i in range(n):
        yield i
    raise ZeroDivisionError("bad gen")


try:
    sum(bad(3))
except ZeroDivisionError as e:
    print("sum raised", e)

acc = []
try:
    for v in bad(4):
        acc.append(v)
except ZeroDivisionError as e:
    print("for raised", e, acc)


# StopIteration escaping a generator becomes RuntimeError, also via SEND.
def stopper():
    yield 1
    raise StopIteration("leak")


def via_yield_from():
    yield from stopper()


for make in (stopper, via_yield_from):
    try:
        for v in make():
            pass
    except RuntimeError as e:
        print(type(e).__name__, e, repr(e.__cause__))


# Re-entrancy: a generator resuming itself.
def reentrant():
    yield 1
    yield next(me)


me = reentrant()
try:
    for v in me:
        print("got", v)
except ValueError as e:
    print("ValueError", e)


# gi_running and gi_frame seen from inside, while resumed by FOR_ITER.
def introspect():
    yield me2.gi_running, me2.gi_frame is not None
    yield me2.gi_running


me2 = introspect()
for v in me2:
    print("inside", v)
print("after", me2.gi_running, me2.gi_frame)


# Exception state: a generator suspended inside an except block keeps its
# own exception; the caller's is restored while it is suspended.
def in_handler():
    try:
        raise KeyError("gen's")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]


try:
    raise IndexError("caller's")
except IndexError:
    for v in in_handler():
        print(repr(v), repr(sys.exc_info()[1]))
print(sys.exc_info())


# Tracebacks through resumed generators (FOR_ITER and yield from).
def level3():
    yield 1
    return 1 / 0


def level2():
    yield from level3()


def level1():
    for x in level2():
        yield x


try:
    for v in level1():
        pass
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.line) for f in tb])


# A deep yield-from chain and a generator that recurses (as nqueens does).
def chain(n):
    if n == 0:
        yield "leaf"
        return "bottom"
    r = yield from chain(n - 1)
    return r + "!"


def drive(n):
    r = yield from chain(n)
    yield r


print(list(drive(40)))


def perms(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for t in perms(rest):
            yield (items[i],) + t


print(len(list(perms(list(range(5))))), next(perms("abc")))

# send() values through an inline SEND, and send to a just-started one.
def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)


def relay():
    r = yield from echo()
    yield r


rl = relay()
print(next(rl), rl.send("a"), rl.send("b"), next(rl))
try:
    relay().send(5)
except TypeError as e:
    print("TypeError", e)


# Recursion limit through generators resumed inline.
def deep(n):
    yield from deep(n + 1)


try:
    next(deep(0))
except RecursionError as e:
    print("RecursionError", e)


# The same generator resumed by a caller handling nothing: the generator's
# exception must not leak out between resumptions, nor the caller's in.
for v in in_handler():
    print("no caller exc:", repr(v), sys.exc_info()[0])
gi = in_handler()
print(next(gi), sys.exc_info()[0])
try:
    raise OSError("outer")
except OSError:
    print(next(gi), sys.exc_info()[0].__name__)
print(next(gi), sys.exc_info()[0])
