# Generator resumption through every hot path: FOR_ITER (specialized and
# falling back), next(), SEND / yield from, builtins consuming generators,
# and the error cases of each.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def sources():
    # One FOR_ITER site sees generators, then a list, then generators again:
    # the specialized form must fall back and still be right.
    for k in range(12):
        if k == 6:
            yield [100, 200]
        else:
            yield count(k % 4)


total = []
for src in sources():
    s = 0
    for x in src:
        s += x
    total.append(s)
print("for_iter sites", total)

# Builtins consuming generators.
print("sum", sum(count(10)), sum(x * x for x in range(6)))
print("list", list(count(5)), "tuple", tuple(count(3)))
print("set", sorted(set(x % 3 for x in count(10))))
print("sorted", sorted(count(5), reverse=True))
print("all/any", all(x < 5 for x in count(5)), any(x > 3 for x in count(5)), all(count(0)), any(count(0)))
print("join", "-".join(str(x) for x in count(4)))
print("min/max", min(count(7)), max(count(7)))
print("dict", dict((x, x * 2) for x in count(3)))
print("enumerate zip", list(enumerate(count(3))), list(zip(count(3), count(4))))


def boom(n):
    for i in range(n):
        yield i
    raise KeyError("inside")


for consumer in (list, tuple, sum, sorted, set, "".join):
    try:
        consumer(str(x) if consumer is "".join else x for x in boom(3))
    except KeyError as e:
        print("consumer", getattr(consumer, "__name__", "join"), type(e).__name__, e)

# next() and return values.
g = count(2)
print("next", next(g), next(g), next(g, "default"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", repr(e.value))
g = count(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("first StopIteration value", repr(e.value))


# send() rules.
def echo():
    got = None
    while True:
        got = yield got
        if got == "stop":
            return "stopped"


e = echo()
try:
    e.send(5)
except TypeError as err:
    print(type(err).__name__, err)
print("send", e.send(None), e.send(1), e.send("x"))
try:
    e.send("stop")
except StopIteration as err:
    print("return via send", err.value)
print("send after end", next(e, "exhausted"))


# Re-entrancy.
def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as err:
    print(type(err).__name__, err)


# StopIteration raised inside a generator (PEP 479).
def leaky():
    yield 1
    raise StopIteration("leak")


try:
    for v in leaky():
        pass
except RuntimeError as err:
    print(type(err).__name__, err, "| cause:", type(err.__cause__).__name__, err.__cause__)


# yield from: values, send, throw, close and the return value.
def inner():
    try:
        got = yield "a"
        print("  inner got", got)
        got = yield "b"
        print("  inner got", got)
    except ZeroDivisionError as ex:
        print("  inner caught", type(ex).__name__)
        yield "recovered"
    finally:
        print("  inner finally")
    return "inner-ret"


def outer():
    r = yield from inner()
    print("  outer got return", r)
    yield "outer-end"


o = outer()
print("yf", next(o), o.send("s1"), o.send("s2"))
o = outer()
print("yf throw", next(o), o.throw(ZeroDivisionError), next(o))
o = outer()
next(o)
o.close()
print("yf closed", next(o, "gone"))


def deep(n):
    if n == 0:
        yield n
        return n
    r = yield from deep(n - 1)
    yield n
    return r + n


print("deep yield from", list(deep(9)))


def deep_ret(n):
    if n == 0:
        return 0
        yield
    r = yield from deep_ret(n - 1)
    return r + n


try:
    next(deep_ret(12))
except StopIteration as err:
    print("deep return value", err.value)


# yield from a non-generator iterator and a generator that raises.
def over_list():
    r = yield from [1, 2, 3]
    print("  list return", r)


print("yf list", list(over_list()))


def raiser():
    yield 1
    1 / 0


def wrap():
    try:
        yield from raiser()
    except ZeroDivisionError as ex:
        yield "wrapped " + type(ex).__name__


print("yf raise", list(wrap()))


# Frames seen from inside generators and callees.
def who():
    return sys._getframe(1).f_code.co_name


def gen_who():
    yield who()
    yield sys._getframe().f_code.co_name


print("getframe", list(gen_who()), who())


# Recursion limit through generator resumption.
def rec_gen(n):
    yield from rec_gen(n + 1)


try:
    next(rec_gen(0))
except RecursionError as err:
    print(type(err).__name__, err)


# A generator finishing with an exception leaves a closed generator.
def fails():
    yield 1
    raise ValueError("bad")


f = fails()
print(next(f))
try:
    next(f)
except ValueError as err:
    print("error", err)
print("after error", next(f, "closed"), list(f))
