# A generator suspended inside an except block keeps its handled exception
# to itself: the caller's sys.exc_info() and exception context are not
# affected, and the generator sees its own again when resumed.
import sys


def inside_handler():
    try:
        raise KeyError("gen")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__


g = inside_handler()
print(next(g), sys.exc_info())
try:
    raise ValueError("caller")
except ValueError:
    print(next(g), sys.exc_info()[0].__name__)
print(sys.exc_info())


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(sys.exc_info())
try:
    raise OSError("later")
except OSError as e:
    print("context", e.__context__)


async def coro_in_handler():
    try:
        raise IndexError("c")
    except IndexError:
        await Suspend()
        return sys.exc_info()[0].__name__


class Suspend:
    def __await__(self):
        yield


c = coro_in_handler()
c.send(None)
print(sys.exc_info())
try:
    c.send(None)
except StopIteration as e:
    print("coroutine saw", e.value)
