from contextlib import contextmanager, ContextDecorator, AbstractContextManager

log = []


@contextmanager
def tag(name):
    """Wraps output in a tag."""
    log.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        log.append(f"</{name}>")


with tag("b") as t:
    log.append(t)
print(log)
print(tag.__name__, tag.__doc__, tag.__wrapped__.__name__)

# exception propagates through the generator's finally
log.clear()
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("ValueError", e, log)


# the generator can catch the exception and suppress it
@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    raise KeyError("k")
print("after swallow")
try:
    with swallow(KeyError):
        raise IndexError("i")
except IndexError as e:
    print("IndexError passed", e)


# the generator replaces the exception
@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e


try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


# didn't yield / didn't stop
@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield


try:
    with yields_after_throw():
        raise TypeError("t")
except RuntimeError as e:
    print("RuntimeError", e)


# StopIteration thrown into the generator: not swallowed
@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration kept", e)


# RuntimeError raised in the body passes through unchanged
try:
    with plain():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError kept", e)


# generator that returns after catching: suppression
@contextmanager
def catch_all():
    try:
        yield "v"
    except Exception:
        return


with catch_all() as v:
    print("value", v)
    raise OSError("hidden")
print("suppressed")


# used as a decorator: a fresh generator per call
@tag("call")
def work(x):
    log.append(f"work {x}")
    return x * 2


log.clear()
print(work(1), work(2), log)
print(work.__name__)


# ContextDecorator subclass
class Traced(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, *exc):
        print("exit", self.label, exc[0].__name__ if exc[0] else None)
        return False


@Traced("deco")
def f(a, b=1):
    """doc of f"""
    print("in f", a, b)
    return a + b


print(f(2, b=3), f.__name__, f.__doc__)
with Traced("with") as tr:
    print(tr.label)


class Res(AbstractContextManager):
    def __exit__(self, *exc):
        print("Res exit")


with Res() as r:
    print(type(r).__name__)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


class NoExit:
    def __enter__(self):
        return self


print(issubclass(Duck, AbstractContextManager), isinstance(Duck(), AbstractContextManager))
print(issubclass(NoExit, AbstractContextManager), issubclass(int, AbstractContextManager))
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError", e)

# the manager object exposes the generator
cm = plain()
print(type(cm).__name__, type(cm.gen).__name__)
