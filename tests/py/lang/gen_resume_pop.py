# Generators resumed with None by FOR_ITER / next() / SEND: a `yield`
# statement's POP_TOP of the value sent may be skipped, so everything that
# follows a `yield` must still see the right state: values sent mixed with
# iteration, `yield` as an expression (its value used or not), a yield
# right before a handler, a jump target, a `return`, errors raised on the
# line after the yield (with their traceback line), gi_frame.f_lineno of a
# suspended generator, yield from, and close()/throw() at such a point.
import sys
import traceback


def stmt_yields(n):
    for i in range(n):
        yield i
        yield -i
    yield "end"


print(list(stmt_yields(3)))


def echo():
    got = []
    while True:
        v = yield len(got)
        if v == "stop":
            return got
        got.append(v)


e = echo()
print(next(e), e.send("a"), next(e), e.send(None), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print("returned", s.value)


def mixed():
    x = yield 1
    yield 2
    (yield 3)
    print("after expr-statement yield, x =", x)
    y = [(yield 4), (yield 5)]
    yield y


m = mixed()
print(next(m), m.send("sent-x"), next(m), next(m), next(m), m.send("p"))
print(next(m, "exhausted"))


def before_handler():
    try:
        yield 1
        yield 2
    except ValueError as exc:
        yield "caught " + str(exc)
    finally:
        print("finally ran")


b = before_handler()
print(next(b), b.throw(ValueError("boom")))
b.close()
b = before_handler()
print(next(b))
b.close()
print("closed", b.gi_frame)


def at_jump_target(n):
    i = 0
    while i < n:
        if i % 2:
            yield "odd", i
        else:
            yield "even", i
        i += 1


print(list(at_jump_target(4)))


def raises_after():
    yield 1
    raise KeyError("after yield")


try:
    for v in raises_after():
        pass
except KeyError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.line) for f in tb])


def lines():
    yield sys._getframe().f_lineno
    yield sys._getframe().f_lineno


g = lines()
print(next(g) < next(g))
g2 = lines()
next(g2)
print("suspended at line offset", g2.gi_frame.f_lineno - g2.gi_code.co_firstlineno)


def inner():
    yield "i1"
    yield "i2"
    return "inner-ret"


def outer():
    r = yield from inner()
    yield r
    yield from [7, 8]


print(list(outer()))
o = outer()
print(next(o), o.send(None), o.send(None), list(o))


def deep(k):
    if k == 0:
        yield 0
        yield 1
        return
    for v in deep(k - 1):
        yield v + k


for _ in range(3):
    print(list(deep(6)))


def counter(n):
    for i in range(n):
        yield i


tot = 0
for rep in range(200):
    for v in counter(rep % 7):
        tot += v
print("hot loop", tot)
