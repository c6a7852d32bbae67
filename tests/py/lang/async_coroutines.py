# Coroutine objects: creation, send/throw/close, attributes, await of
# coroutines, __await__ objects and types.coroutine generators.
import types
import warnings

# Coroutines dropped without being awaited warn (tested in async_warnings).
warnings.simplefilter("ignore", RuntimeWarning)


async def add(a, b):
    return a + b


async def twice(x):
    first = await add(x, 1)
    second = await add(first, 1)
    return [first, second]


def run(coro):
    """Drive a coroutine that never suspends to its result."""
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended")


c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code.co_name)
print(repr(c).startswith("<coroutine object add at 0x"))
print(run(c))
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(run(twice(10)))


class Box:
    async def get(self):
        return "boxed"


b = Box().get()
print(b.__qualname__, run(b))

# Objects with __await__ returning an iterator: its values go to the driver.


class Ticker:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            got = yield ("tick", i)
            print("ticker got", got)
        return "ticks done"


async def use_ticker():
    r = await Ticker(3)
    print("await returned", r)
    return r


co = use_ticker()
print(co.send(None))
print(type(co.cr_await).__name__)
print(co.send("a"))
print(co.send("b"))
try:
    co.send("c")
except StopIteration as e:
    print("stop", e.value)

# throw into a suspended coroutine reaches the awaited iterator.


async def catcher():
    try:
        await Ticker(5)
    except KeyError as e:
        print("caught", repr(e))
        return "recovered"


co = catcher()
co.send(None)
try:
    co.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)

co = catcher()
co.send(None)
print(co.close(), co.cr_frame)

# close() of a coroutine that catches GeneratorExit and awaits again.


class Forever:
    def __await__(self):
        while True:
            yield 1


async def stubborn():
    try:
        await Forever()
    except GeneratorExit:
        await Forever()


co = stubborn()
co.send(None)
try:
    co.close()
except RuntimeError as e:
    print(type(e).__name__, e)


# types.coroutine


@types.coroutine
def switch():
    got = yield "switch"
    return got


async def uses_switch():
    v = await switch()
    return v * 2


co = uses_switch()
print(co.send(None))
try:
    co.send(21)
except StopIteration as e:
    print("stop", e.value)

# Errors


async def await_int():
    await 1


class BadAwait:
    def __await__(self):
        return 5


async def await_bad():
    await BadAwait()


class CoroAwait:
    def __await__(self):
        return add(1, 2)


async def await_coro_returning():
    await CoroAwait()


for f in (await_int, await_bad, await_coro_returning):
    try:
        run(f())
    except TypeError as e:
        print(type(e).__name__, e)

try:
    iter(add(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(add(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    add(1, 2).send(5)
except TypeError as e:
    print(type(e).__name__, e)


def gen_yield_from():
    yield from add(1, 2)


try:
    list(gen_yield_from())
except TypeError as e:
    print(type(e).__name__, e)

# Awaiting a coroutine twice / while it is being awaited.


async def waiter(co):
    return await co


inner = use_ticker()
outer1 = waiter(inner)
outer1.send(None)
try:
    waiter(inner).send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
outer1.close()

done = add(2, 2)
run(done)
try:
    run(waiter(done))
except RuntimeError as e:
    print(type(e).__name__, e)

# StopIteration raised inside a coroutine


async def raises_stop():
    raise StopIteration("x")


try:
    run(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# Running an already running coroutine


async def reenter():
    me.send(None)


me = reenter()
try:
    run(me)
except ValueError as e:
    print(type(e).__name__, e)

# __await__ of a coroutine
co = uses_switch()
w = co.__await__()
print(type(w).__name__, next(w))
try:
    w.send(4)
except StopIteration as e:
    print("stop", e.value)
