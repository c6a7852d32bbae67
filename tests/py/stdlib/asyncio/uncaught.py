# An exception escaping asyncio.run: the traceback ends with the error.
import asyncio


async def inner():
    await asyncio.sleep(0)
    raise ValueError("escaped from a task")


async def main():
    print("start")
    await asyncio.create_task(inner())


asyncio.run(main())
