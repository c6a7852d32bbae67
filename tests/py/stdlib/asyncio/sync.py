# asyncio synchronization primitives and queues.
import asyncio


async def queue_demo():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    log = []

    async def producer():
        for i in range(5):
            await q.put(i)
            log.append(("put", i))
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            log.append(("got", item))
            q.task_done()
            if item is None:
                break

    await asyncio.gather(producer(), consumer())
    print(log)
    await q.join()
    print("joined", q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait())
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

    pq = asyncio.PriorityQueue()
    for v in (5, 1, 3):
        pq.put_nowait(v)
    lq = asyncio.LifoQueue()
    for v in (5, 1, 3):
        lq.put_nowait(v)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])

    work = asyncio.Queue()
    for i in range(6):
        work.put_nowait(i)
    done = []

    async def worker(name):
        while True:
            item = await work.get()
            await asyncio.sleep(0)
            done.append((name, item))
            work.task_done()

    workers = [asyncio.create_task(worker(n)) for n in ("w1", "w2")]
    await work.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(done)


asyncio.run(queue_demo())


async def lock_demo():
    lock = asyncio.Lock()
    trace = []

    async def critical(name):
        async with lock:
            trace.append(name + " in")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            trace.append(name + " out")

    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(trace)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    await lock.acquire()
    print(lock.locked())
    lock.release()


asyncio.run(lock_demo())


async def event_demo():
    ev = asyncio.Event()
    out = []

    async def waiter(n):
        out.append(("waiting", n))
        await ev.wait()
        out.append(("woke", n))

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), out)
    ev.set()
    await asyncio.gather(*tasks)
    print(out)
    print(await ev.wait(), ev.is_set())
    ev.clear()
    print(ev.is_set())


asyncio.run(event_demo())


async def semaphore_demo():
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def job(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.01)
            active.remove(i)
            return i

    print(await asyncio.gather(*(job(i) for i in range(5))), "peak", peak[0])
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)


asyncio.run(semaphore_demo())


async def condition_demo():
    cond = asyncio.Condition()
    items = []
    out = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            out.append((n, items.pop(0)))

    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.append("x")
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append("y")
        cond.notify_all()
    await asyncio.gather(*cs)
    print(out)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(condition_demo())
