# Traceback entries through several frames, re-raises, chaining and
# exceptions kept after their except block (their tracebacks stay valid).
import sys


def walk(tb):
    out = []
    while tb is not None:
        f = tb.tb_frame
        out.append((f.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0))
        tb = tb.tb_next
    return out


def leaf(n):
    if n % 2:
        raise ValueError(n)
    return {}[n]


def mid(n, depth):
    if depth == 0:
        return leaf(n)
    return mid(n, depth - 1) + 1


def top(n):
    x = "local of top"
    return mid(n, 3)


kept = []
for n in range(4):
    try:
        top(n)
    except (ValueError, KeyError) as e:
        kept.append(e)
        print(type(e).__name__, e.args, walk(e.__traceback__))

# Kept exceptions: tracebacks and frame locals still readable later.
for e in kept:
    tb = e.__traceback__
    print(len(walk(tb)), tb.tb_next.tb_frame.f_locals.get("x"), tb.tb_next.tb_next.tb_frame.f_locals["depth"])


def reraiser(n):
    try:
        leaf(n)
    except ValueError:
        raise


def reraise_named(n):
    try:
        leaf(n)
    except ValueError as e:
        raise e


def wrapper(fn, n):
    try:
        fn(n)
    except Exception as e:
        return walk(e.__traceback__)


print(wrapper(reraiser, 1))
print(wrapper(reraise_named, 1))


def chained(n):
    try:
        leaf(n)
    except ValueError as e:
        raise KeyError("outer") from e


def implicit(n):
    try:
        leaf(n)
    except ValueError:
        return [][n]


for fn in (chained, implicit):
    try:
        fn(3)
    except LookupError as e:
        c = e.__cause__
        ctx = e.__context__
        print(fn.__name__, repr(e), repr(c), repr(ctx), e.__suppress_context__)
        print(" outer", walk(e.__traceback__))
        print(" inner", walk(ctx.__traceback__))


def exc_info_probe():
    try:
        leaf(5)
    except ValueError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v.args, walk(tb))
        try:
            leaf(2)
        except KeyError:
            print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1].__context__))
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())


exc_info_probe()

# with_traceback shares entries; a raise adds the raising frame on top.
def rethrow_with(e):
    raise e.with_traceback(kept[0].__traceback__)


try:
    rethrow_with(RuntimeError("again"))
except RuntimeError as e:
    print(walk(e.__traceback__))

# The same exception raised twice accumulates entries like CPython.
err = ValueError("twice")
for _ in range(2):
    try:
        raise err
    except ValueError as e:
        print(len(walk(e.__traceback__)))


def gen():
    yield 1
    leaf(7)


try:
    list(gen())
except ValueError as e:
    print(walk(e.__traceback__))

# A loop of many raises keeps each traceback separate.
tbs = []
for i in range(50):
    try:
        mid(i, i % 4)
    except LookupError as e:
        tbs.append(len(walk(e.__traceback__)))
    except ValueError as e:
        tbs.append(-len(walk(e.__traceback__)))
print(tbs)

# __traceback__ assignment and with_traceback take a traceback from any
# position of a chain (tb_next included) and keep it valid.
src = kept[1].__traceback__
e = RuntimeError("assigned")
e.__traceback__ = src.tb_next.tb_next
print(walk(e.__traceback__))
print(walk(RuntimeError("w").with_traceback(src.tb_next).__traceback__))
e.__traceback__ = None
print(e.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as t:
    print("TypeError", t)
