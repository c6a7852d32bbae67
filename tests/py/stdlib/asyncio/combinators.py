# asyncio combinators: wait_for, timeout, wait, as_completed, shield, TaskGroup.
import asyncio


async def value_after(v, d):
    await asyncio.sleep(d)
    return v


async def main():
    print(await asyncio.wait_for(value_after("quick", 0.01), timeout=1))
    try:
        await asyncio.wait_for(value_after("slow", 1), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(value_after("no limit", 0), None))

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("timeout not hit", cm.expired())
    try:
        async with asyncio.timeout(0.05) as cm:
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("timeout hit", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("when", cm.when())

    tasks = [asyncio.create_task(value_after(n, d), name=n) for n, d in (("a", 0.3), ("b", 0.05), ("c", 0.15))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks)
    print("all completed", sorted(t.result() for t in done), len(pending))
    slow = asyncio.create_task(value_after("z", 1))
    done, pending = await asyncio.wait([slow], timeout=0.02)
    print("with timeout", len(done), len(pending))
    slow.cancel()
    for bad in ([], [value_after(1, 0)]):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        for c in bad:
            c.close()
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)

    order = []
    for fut in asyncio.as_completed([value_after(n, d) for n, d in (("x", 0.2), ("y", 0.05), ("z", 0.1))]):
        order.append(await fut)
    print("as_completed", order)
    try:
        for fut in asyncio.as_completed([value_after("late", 1)], timeout=0.02):
            await fut
    except asyncio.TimeoutError:
        print("as_completed timed out")

    inner = asyncio.create_task(value_after("shielded", 0.05))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner still running:", not inner.done())
    print(await inner)


asyncio.run(main())


async def groups():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(value_after(1, 0.02))
        t2 = tg.create_task(value_after(2, 0.01))
    print("group results", t1.result(), t2.result())

    async def fails(d, exc):
        await asyncio.sleep(d)
        raise exc

    async def long_one():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("sibling cancelled")
            raise

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(0.01, ValueError("v")))
            tg.create_task(long_one())
            tg.create_task(fails(0.01, KeyError("k")))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg.args[0], sorted(repr(e) for e in eg.args[1]))


asyncio.run(groups())


async def groups2():
    async def fails():
        await asyncio.sleep(0.01)
        raise OSError("disk")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            await asyncio.sleep(1)
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg.args[0], [repr(e) for e in eg.args[1]])


asyncio.run(groups2())
