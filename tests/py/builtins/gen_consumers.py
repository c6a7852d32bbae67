# Builtins consuming generators directly (sum/list/tuple/set/join/sorted/
# any/all/min/max/dict/enumerate): values, exceptions escaping, re-entry,
# PEP 479, finally blocks, exc_info isolation, partly consumed generators.
import sys


def gen(n):
    for i in range(n):
        yield i


print(sum(gen(10)), sum(x for x in range(5)), sum((x for x in range(5)), 100))
print(list(gen(4)), tuple(gen(3)), sorted(gen(5), reverse=True), set(gen(4)))
print("-".join(str(x) for x in range(4)), "".join(c for c in ""))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), min(gen(5)), max(gen(5)))
print(dict((x, x * x) for x in range(3)), list(enumerate(gen(3))))
# sum: small ints, overflow to big ints, then floats and bools, all from a generator
big = [2 ** 62, 2 ** 62, 1, 2.5, True, False]
print(sum(x for x in big))
print(sum(x for x in [True, True, 3]), sum(x for x in [1.5, 2, 2 ** 70]))
try:
    sum(x for x in [1, "a"])
except TypeError as e:
    print("TypeError", e)

# partly consumed and exhausted generators
g = gen(6)
next(g)
next(g)
print(list(g), list(g), sum(g), tuple(g))

# a return value is dropped by consumers
def returns():
    yield 1
    return 99
print(list(returns()), sum(returns()))

# exceptions escaping a generator consumed by each builtin
def boom(n, exc):
    for i in range(n):
        yield i
    raise exc("boom %d" % n)

for consumer in (sum, list, tuple, set, sorted, min, max, any, "".join):
    try:
        if consumer is "".join:
            consumer(str(x) for x in boom(3, KeyError))
        else:
            consumer(boom(3, KeyError))
    except KeyError as e:
        print(getattr(consumer, "__name__", "join"), "KeyError", e)

# PEP 479: StopIteration raised inside becomes RuntimeError
def stops():
    yield 1
    raise StopIteration("inner")

for consumer in (sum, list, set, tuple):
    try:
        consumer(stops())
    except RuntimeError as e:
        print(consumer.__name__, "RuntimeError", e, type(e.__cause__).__name__, e.__cause__)

# re-entry while running: ValueError
def reenter():
    yield 1
    yield sum(me)
me = reenter()
try:
    list(me)
except ValueError as e:
    print("ValueError", e)
print(list(me))

# gi_running / gi_frame / gi_suspended seen from inside while a builtin drives it
def states():
    yield (who.gi_running, who.gi_frame is not None, who.gi_suspended)
    yield (who.gi_running, who.gi_frame is not None, who.gi_suspended)
who = states()
print(list(who), who.gi_running, who.gi_frame, who.gi_suspended)

# the handled exception of the consumer does not leak into the generator, nor back
def peek():
    yield sys.exc_info()[0]
    try:
        raise IndexError
    except IndexError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
try:
    raise KeyError
except KeyError:
    print(list(peek()), sys.exc_info()[0])
print(list(peek()), sys.exc_info()[0])

# send() values and close()/throw() mid-iteration, then a consumer finishes it
def echo():
    got = []
    try:
        while True:
            x = yield len(got)
            got.append(x)
    except GeneratorExit:
        print("closing with", got)
        raise
    finally:
        print("echo finally")
e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
print(list(e), e.gi_frame)

def catcher():
    for i in range(5):
        try:
            yield i
        except ValueError as v:
            print("caught", v)
c = catcher()
print(next(c), c.throw(ValueError("x")), list(c))

# a consumer over an iterator class (not a generator) keeps the protocol
class Countdown:
    def __init__(self, n):
        self.left = list(range(n))
    def __iter__(self):
        return self
    def __next__(self):
        if not self.left:
            raise StopIteration
        return self.left.pop()
print(sum(Countdown(4)), list(Countdown(3)), set(Countdown(2)))

# a generator of generators, nested consumers
print(sum(sum(x for x in range(i)) for i in range(6)))
print(list(list(gen(i)) for i in range(3)))
