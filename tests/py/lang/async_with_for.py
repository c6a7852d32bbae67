# async with / async for / async comprehensions, driven without an event loop.


def run(coro):
    """Drive a coroutine to its result, printing what it yields upward."""
    while True:
        try:
            v = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  (suspended with", repr(v) + ")")


class Pause:
    def __await__(self):
        yield "pause"


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Pause()
        return self.name.upper()

    async def __aexit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None, exc)
        await Pause()
        return self.suppress


async def with_body():
    async with Manager("a") as x, Manager("b") as y:
        print("body", x, y)
    async with Manager("c", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Manager("d"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", repr(e))
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 1:
                break
    return "with done"


print(run(with_body()))


async def returns_inside():
    async with Manager("r"):
        return "returned"


print(run(returns_inside()))


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Pause()
        return self.i


async def for_body():
    total = 0
    async for v in Counter(3):
        total += v
        print("got", v)
    else:
        print("else ran")
    async for v in Counter(5):
        if v == 2:
            continue
        if v == 4:
            break
        print("loop", v)
    else:
        print("not printed")
    return total


print(run(for_body()))


async def comps():
    a = [v async for v in Counter(4)]
    b = {v: v * v async for v in Counter(3) if v != 2}
    c = {v % 2 async for v in Counter(5)}
    d = [await sq(v) for v in range(3)]
    e = [x + y async for x in Counter(2) for y in (10, 20)]
    g = (v * 10 async for v in Counter(3))
    h = [x async for x in g]
    return a, b, sorted(c), d, e, h


async def sq(v):
    await Pause()
    return v * v


print(run(comps()))

# Errors


class NoAenter:
    pass


class NoAexit:
    async def __aenter__(self):
        return 1


class BadAenter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


class BadAexit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


class AiterNoAnext:
    def __aiter__(self):
        return 1


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


class ExplodingAnext:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise OSError("boom")


async def use_with(m):
    async with m:
        pass


async def use_for(it):
    async for x in it:
        pass


for obj in (NoAenter(), NoAexit(), BadAenter(), BadAexit()):
    try:
        run(use_with(obj))
    except TypeError as e:
        print(type(e).__name__, e)
for obj in (1, AiterNoAnext(), AnextNotAwaitable(), ExplodingAnext()):
    try:
        run(use_for(obj))
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)

for src in ("def f():\n    await x\n",
            "async def f():\n    yield from x\n",
            "async def f():\n    yield 1\n    return 2\n",
            "def f():\n    async with x:\n        pass\n",
            "def f():\n    async for x in y:\n        pass\n",
            "def f():\n    return [x async for x in y]\n",
            "await x\n"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
