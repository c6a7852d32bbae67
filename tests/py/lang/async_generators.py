# Async generators: __anext__/asend/athrow/aclose, ag_* attributes,
# StopAsyncIteration, and the errors, driven without an event loop.


def run(coro):
    """Drive an awaitable to its result, printing what it yields upward."""
    try:
        while True:
            v = coro.send(None)
            print("  (suspended with", repr(v) + ")")
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield "pause"


async def ticker(n):
    for i in range(n):
        await Pause()
        got = yield i
        if got is not None:
            print("ticker received", got)
    print("ticker finished")


g = ticker(3)
print(type(g).__name__, g.__name__, g.__qualname__, repr(g).startswith("<async_generator object ticker at 0x"))
print(g.ag_running, g.ag_await, g.ag_frame is not None, g.ag_code.co_name)
print(g.__aiter__() is g)
aw = g.__anext__()
print(type(aw).__name__)
print("value", run(aw))
try:
    run(aw)
except RuntimeError as e:
    print("RuntimeError", e)
print("value", run(g.asend("hello")))
print("value", run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration again")


async def collect():
    out = [x async for x in ticker(2)]
    async for y in ticker(2):
        out.append(y * 10)
    return out


print(run(collect()))


async def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("guarded caught", repr(e))
        yield "after error"
    finally:
        print("guarded finally")


g = guarded()
print(run(g.__anext__()))
print(run(g.athrow(ValueError("bad"))))
print(run(g.aclose()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("closed generator stops")

g = guarded()
print(run(g.aclose()), "(closing an unstarted generator)")

g = guarded()
run(g.__anext__())
try:
    run(g.athrow(KeyError("k")))
except KeyError as e:
    print("athrow propagated", repr(e))


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = ignores_exit()
run(g.__anext__())
try:
    run(g.aclose())
except RuntimeError as e:
    print("RuntimeError", e)


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


g = raises_stop_async()
run(g.__anext__())
try:
    run(g.__anext__())
except RuntimeError as e:
    print("RuntimeError", e)


async def raises_stop():
    yield 1
    raise StopIteration


g = raises_stop()
run(g.__anext__())
try:
    run(g.__anext__())
except RuntimeError as e:
    print("RuntimeError", e)


async def main():
    agen = ticker(3)
    first = await agen.__anext__()
    second = await agen.asend("x")
    await agen.aclose()
    return first, second


print(run(main()))

gen_exp = (i * i async for i in ticker(3))
print(type(gen_exp).__name__)


async def drain(ag):
    return [v async for v in ag]


print(run(drain(gen_exp)))


# The aiter() and anext() builtins


async def builtins_demo():
    ag = ticker(2)
    print(aiter(ag) is ag)
    print(await anext(ag))
    print(await anext(ag, "default"))
    print(await anext(ag, "default"))
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("anext without default: StopAsyncIteration")
    for bad in (1, [1]):
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError", e)
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError", e)


run(builtins_demo())
