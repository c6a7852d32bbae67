import sys
from contextlib import ExitStack, suppress, closing, nullcontext, redirect_stdout, redirect_stderr


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow


with ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in "abc"]
    print(names)
    stack.callback(print, "callback", 1, sep="-")
    r = stack.push(lambda et, ev, tb: print("push", et))
    print(callable(r))

# suppression by an inner exit
with ExitStack() as stack:
    stack.enter_context(CM("outer"))
    stack.enter_context(CM("swallower", swallow=True))
    stack.enter_context(CM("inner"))
    raise KeyError("x")
print("suppressed ok")

# a callback raising replaces the exception; context chain is kept
def fail(msg):
    raise ValueError(msg)


try:
    with ExitStack() as stack:
        stack.callback(fail, "second")
        stack.callback(fail, "first")
        raise KeyError("body")
except ValueError as e:
    print("ValueError", e)
    print("context", repr(e.__context__))
    print("context2", repr(e.__context__.__context__))
    print(e.__context__.__context__.__context__)

# pop_all transfers the callbacks
with ExitStack() as stack:
    stack.callback(print, "moved")
    other = stack.pop_all()
print("after with")
other.close()
other.close()

# push a context manager object: its __exit__ is used without __enter__
with ExitStack() as stack:
    stack.push(CM("pushed"))
    print("body")

try:
    ExitStack().enter_context(3)
except TypeError as e:
    print("TypeError", e)


class OnlyEnter:
    def __enter__(self):
        return 1


try:
    ExitStack().enter_context(OnlyEnter())
except TypeError as e:
    print("TypeError", e)

cb = ExitStack().callback(len, "x")
print(cb is len)

# suppress
with suppress(KeyError, IndexError):
    {}["missing"]
with suppress(KeyError):
    [][1] if False else None
print("no error")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)
with suppress():
    pass
try:
    with suppress():
        raise OSError("empty list")
except OSError as e:
    print("OSError", e)


# closing
class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as res:
    print(type(res).__name__)
try:
    with closing(Resource()):
        raise RuntimeError("inside")
except RuntimeError as e:
    print("RuntimeError", e)

# nullcontext
with nullcontext() as n:
    print(n)
with nullcontext(42) as n:
    print(n)


# redirect_stdout / redirect_stderr
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


sink = Sink()
with redirect_stdout(sink) as target:
    print("captured", 1, 2)
    print(target is sink)
print(sink.parts)
err = Sink()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("direct\n")
print(err.parts)
# reentrant use of the same object
inner = Sink()
rd = redirect_stdout(inner)
with rd:
    with rd:
        print("nested")
    print("still captured")
print(inner.parts, sys.stdout is sys.__stdout__)
