# Generator protocol: send, throw, close, return values, yield from delegation.
def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                received.append("caught " + str(e))
                yield "after-throw"
    finally:
        print("echo finally", received)

g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
print(g.throw(ValueError("boom")))
print(g.send("c"))
g.close()
print("closed")
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def returns():
    yield 1
    return "done"

def delegator():
    r = yield from returns()
    print("sub returned", r)
    r2 = yield from [10, 20]
    print("list returned", r2)
    return "outer-done"

d = delegator()
print(list(d))
try:
    d2 = delegator(); next(d2); next(d2); next(d2); next(d2)
except StopIteration as e:
    print("StopIteration value:", e.value)

def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        yield "i2"
    except KeyError as e:
        print("inner caught KeyError", e)
        yield "i3"
    finally:
        print("inner finally")

def outer():
    yield from inner()
    yield "o"

o = outer()
print(next(o), o.send(42), o.throw(KeyError("k")), next(o))
o = outer()
next(o)
o.close()
print("outer closed")

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def never_started():
    print("never runs")
    yield
ns = never_started()
ns.close()
try:
    ns.send(1)
except StopIteration:
    print("closed gen: StopIteration")
fresh = never_started()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)

def raiser():
    yield 1
    raise StopIteration("x")
try:
    list(raiser())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

def running():
    yield me.gi_running
me = running()
print(me.gi_running, next(me))

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fib_gen()
print([next(gen) for _ in range(15)])
ge = (x * x for x in range(5) if x % 2 == 0)
print(type(ge).__name__, list(ge), list(ge))
