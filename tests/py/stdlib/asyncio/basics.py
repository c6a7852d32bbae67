# asyncio basics: run, sleep interleavings, tasks, futures, callbacks.
import asyncio


async def worker(name, n, delay=0):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(delay)
    return name.upper()


async def interleave():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print("created", t1.get_name(), t2.get_name(), t1.done())
    await asyncio.sleep(0)
    print("main after first yield")
    r = await t1
    print("t1 result", r, t1.done(), t1.result())
    print("t2 done?", t2.done())
    print(await t2)


asyncio.run(interleave())


async def timed():
    order = []

    async def sleeper(name, d):
        await asyncio.sleep(d)
        order.append(name)
        return d

    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in (("slow", 0.2), ("fast", 0.05), ("mid", 0.1))]
    results = await asyncio.gather(*tasks)
    print("gather results", results)
    print("finish order", order)
    print(await asyncio.sleep(0.01, result="slept"))


asyncio.run(timed())


def callbacks_demo():
    loop = asyncio.new_event_loop()
    seen = []
    loop.call_soon(seen.append, "soon1")
    h = loop.call_soon(seen.append, "cancelled")
    loop.call_later(0.05, seen.append, "later2")
    loop.call_later(0.01, seen.append, "later1")
    loop.call_soon(seen.append, "soon2")
    h.cancel()
    print("handle cancelled", h.cancelled())

    async def main():
        await asyncio.sleep(0.1)
        return "main done"

    print(loop.run_until_complete(main()))
    print(seen)
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    print(loop.run_until_complete(fut))
    print(loop.is_running(), loop.is_closed())
    loop.close()
    print(loop.is_closed())
    try:
        loop.call_soon(print)
    except RuntimeError as e:
        print("RuntimeError", e)


callbacks_demo()


async def futures():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    fut.add_done_callback(lambda f: print("callback sees", f.result()))
    loop.call_soon(fut.set_result, "value")
    print("awaited", await fut)
    await asyncio.sleep(0)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("already done")
    bad = loop.create_future()
    bad.set_exception(ValueError("bad"))
    try:
        await bad
    except ValueError as e:
        print("raised", repr(e))
    print(repr(bad.exception()))
    c = loop.create_future()
    print(c.cancel(), c.cancel(), c.cancelled())
    try:
        c.result()
    except asyncio.CancelledError:
        print("cancelled future raises CancelledError")
    print(asyncio.isfuture(c), asyncio.isfuture(1))
    w = worker("x", 0)
    print(asyncio.iscoroutine(w), asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(print))
    w.close()
    print(asyncio.current_task().get_name().startswith("Task-"))
    print(len(asyncio.all_tasks()))


asyncio.run(futures())


async def cancelling():
    async def victim():
        try:
            print("victim sleeping")
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("victim got CancelledError")
            raise
        finally:
            print("victim cleanup")

    t = asyncio.create_task(victim(), name="victim")
    await asyncio.sleep(0)
    print("cancel ->", t.cancel(), t.get_name())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print(t.cancelled(), t.done())

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored the cancel"

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    early = asyncio.create_task(worker("never", 1))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before it started")

    done_order = []
    t2 = asyncio.create_task(asyncio.sleep(0.01, "r"))
    t2.add_done_callback(lambda t: done_order.append(("cb1", t.result())))
    t2.add_done_callback(lambda t: done_order.append(("cb2", t.done())))
    await t2
    await asyncio.sleep(0)
    print(done_order)


asyncio.run(cancelling())


async def errors():
    async def boom():
        await asyncio.sleep(0)
        raise KeyError("boom")

    t = asyncio.create_task(boom())
    try:
        await t
    except KeyError as e:
        print("task raised", repr(e), repr(t.exception()))
    res = await asyncio.gather(boom(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(boom(), asyncio.sleep(0.05, "late"))
    except KeyError as e:
        print("gather propagated", repr(e))
    print(await asyncio.gather())


asyncio.run(errors())

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)


async def nested():
    c = asyncio.sleep(0)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()


asyncio.run(nested())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)


loop = asyncio.new_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed())
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(asyncio.sleep(0, "from the current loop")))
asyncio.set_event_loop(None)
loop.close()
