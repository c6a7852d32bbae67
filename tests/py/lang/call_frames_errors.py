# Errors, tracebacks, frame introspection and the recursion limit across
# inlined Python-to-Python calls.
import sys
import traceback

BASE = sys._getframe().f_lineno


def names(tb):
    return [(fs.name, fs.lineno - BASE) for fs in traceback.extract_tb(tb)]


def inner(x):
    y = x * 2
    if y > 4:
        raise KeyError(y)
    return y


def middle(x):
    z = inner(x) + 1
    return z


def outer(x):
    return middle(x) * 3


# Exception raised in a callee, caught in the caller; the loop keeps
# calling so the frame boxes get reused after the error unwinds.
for i in range(5):
    try:
        print(i, outer(i))
    except KeyError as exc:
        print(i, "KeyError", exc, names(exc.__traceback__))


# Caught by the direct caller, in the middle of a chain.
def catcher(x):
    try:
        return inner(x)
    except KeyError:
        return "caught"
    finally:
        print("finally", x)


print([catcher(i) for i in range(4)])

# Locals of the frames an exception left stay visible through its traceback.
try:
    outer(10)
except KeyError as exc:
    tb = exc.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals.items()))
del tb


# sys._getframe and f_back / f_locals from inside inlined frames.
def peek(depth):
    f = sys._getframe(depth)
    return f.f_code.co_name, sorted(k for k in f.f_locals if not k.startswith("__"))


def caller_a(p, q=2):
    local_a = p + q
    return peek(1), peek(2)[0]


def caller_b():
    local_b = 1
    return caller_a(local_b)


print(caller_b())


def chain():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def via1():
    return chain()


def via2():
    return via1()


print(via2())


# Recursion to the limit: the RecursionError is raised in the deepest
# frame, every frame unwinds, and calls work normally afterwards.
def down(n):
    return down(n + 1)


def depth_reached():
    deepest = [0]

    def rec(n):
        deepest[0] = n
        rec(n + 1)

    try:
        rec(0)
    except RecursionError as exc:
        print("RecursionError", exc)
    return deepest[0]


limit = sys.getrecursionlimit()
d1 = depth_reached()
d2 = depth_reached()
print(d1 == d2, limit - 60 < d1 < limit)
try:
    down(0)
except RecursionError as exc:
    print("RecursionError", exc)


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(500))
sys.setrecursionlimit(200)
try:
    count(500)
except RecursionError:
    print("limited")
print(count(150))
sys.setrecursionlimit(limit)


# An exception crossing a generator driven from an inlined frame.
def gen(n):
    for i in range(n):
        if i == 2:
            raise ValueError("gen failed")
        yield inner(i)


def drive():
    return list(gen(5))


try:
    drive()
except ValueError as exc:
    print("ValueError", exc, names(exc.__traceback__))

# Uncaught: the traceback printed on exit goes through every frame.
outer(7)
