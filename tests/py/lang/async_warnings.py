# RuntimeWarning for a coroutine freed without ever being awaited.
import warnings


async def job():
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    job()
    x = 1
    c = job()
    c.close()
    del c
    x = 2
    d = job()
    try:
        d.send(None)
    except StopIteration as e:
        print("ran to", e.value)
    del d
    x = 3

    class K:
        async def method(self):
            pass

    K().method()
    x = 4
for w in caught:
    print(w.category.__name__, w.message)
