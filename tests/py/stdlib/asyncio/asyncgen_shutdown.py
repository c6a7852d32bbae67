# asyncio closes the async generators its loop saw: an abandoned one is
# closed by the finalizer hook (aclose() scheduled on the loop) when freed,
# the rest by shutdown_asyncgens() when asyncio.run() ends.
import asyncio
import sys

log = []


async def ticks(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append(('finally', name))
        await asyncio.sleep(0)
        log.append(('closed', name))


async def main():
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter is not None, hooks.finalizer is not None)
    # abandoned while suspended, then freed: the finalizer hook schedules aclose()
    g = ticks('freed', 10)
    async for v in g:
        if v == 2:
            break
    del g
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    # still referenced when main() returns: shutdown_asyncgens() closes it
    global kept
    kept = ticks('kept', 10)
    print(await kept.__anext__())
    # finished normally: nothing to close
    async for v in ticks('done', 2):
        pass
    print(log)


asyncio.run(main())
print(log)
print(sys.get_asyncgen_hooks())


# an error while closing is reported through the loop's exception handler
async def bad():
    try:
        yield 1
    finally:
        raise ValueError('cleanup failed')


async def main2():
    global b
    b = bad()
    print(await b.__anext__())
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda loop, ctx: print('handler:', ctx['message'].split(' <')[0], repr(ctx['exception'])))


asyncio.run(main2())


# an async generator first iterated after shutdown_asyncgens() warns
async def main3():
    loop = asyncio.get_running_loop()
    await loop.shutdown_asyncgens()
    import warnings
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        g = ticks('late', 1)
        await g.__anext__()
        print([(x.category.__name__, str(x.message).split(' <')[0]) for x in w])
        await g.aclose()


asyncio.run(main3())
print(log)
