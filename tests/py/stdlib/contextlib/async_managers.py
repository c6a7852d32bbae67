# contextlib's asynchronous parts: asynccontextmanager, AsyncExitStack,
# aclosing, nullcontext in `async with`, AbstractAsyncContextManager, and
# chdir; plus ExitStack behaviour shared with AsyncExitStack.
import asyncio
import contextlib
import os
import tempfile

log = []


@contextlib.asynccontextmanager
async def resource(name, fail_exit=False):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e!r} in {name}")
    finally:
        log.append(f"close {name}")
        if fail_exit:
            raise OSError(f"close failed: {name}")


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def two_yields():
    yield 1
    yield 2


class AsyncCM:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log.append(f"aenter {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        log.append(f"aexit {self.name} {et.__name__ if et else None}")
        return self.name == "swallow"


class Closable:
    async def aclose(self):
        log.append("aclosed")


async def main():
    async with resource("a") as r:
        log.append(f"body {r}")
    async with resource("b"):
        raise KeyError("k")
    try:
        async with resource("c"):
            raise ValueError("v")
    except ValueError as e:
        log.append(f"propagated {e}")
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        log.append(f"RuntimeError {e}")
    try:
        async with two_yields():
            pass
    except RuntimeError as e:
        log.append(f"RuntimeError {e}")
    try:
        async with resource("d", fail_exit=True):
            pass
    except OSError as e:
        log.append(f"OSError {e}")

    @resource("deco")
    async def decorated(x):
        log.append(f"inside decorated {x}")
        return x * 2

    log.append(await decorated(21))
    log.append(await decorated(1))

    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(AsyncCM("one"))
        stack.enter_context(contextlib.nullcontext())
        stack.callback(log.append, "sync callback")

        async def acb(msg):
            log.append(msg)

        stack.push_async_callback(acb, "async callback")
        stack.push_async_exit(AsyncCM("pushed"))
        log.append(f"entered {a.name}")
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(AsyncCM("swallow"))
        raise IndexError("gone")
    log.append("after swallow")
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(AsyncCM("keeps"))
            raise IndexError("kept")
    except IndexError as e:
        log.append(f"IndexError {e}")
    stack = contextlib.AsyncExitStack()
    await stack.enter_async_context(AsyncCM("later"))
    moved = stack.pop_all()
    await stack.aclose()
    log.append("closed empty")
    await moved.aclose()
    try:
        await contextlib.AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        log.append(f"TypeError {e}")
    async with contextlib.aclosing(Closable()) as c:
        log.append(type(c).__name__)
    async with contextlib.nullcontext(5) as v:
        log.append(v)


asyncio.run(main())
print("\n".join(map(str, log)))

print(issubclass(AsyncCM, contextlib.AbstractAsyncContextManager),
      issubclass(int, contextlib.AbstractAsyncContextManager),
      isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))

with contextlib.ExitStack() as st:
    st.callback(print, "callback result is not a suppression")
    st.callback(lambda: True)

with tempfile.TemporaryDirectory() as d:
    here = os.getcwd()
    with contextlib.chdir(d):
        print(os.path.realpath(os.getcwd()) == os.path.realpath(d))
    print(os.getcwd() == here)
