# Exceptions built on hot paths (KeyError from dict lookups, exception
# classes with Python __init__), tracebacks across Python calls, the
# recursion limit and sys._getframe from callees.
import sys
import traceback

d = {"a": 1}
for key in ("b", 3, (1, 2), None, ""):
    try:
        d[key]
    except KeyError as e:
        print("KeyError", repr(e), e.args, str(e))

try:
    {}[(1,)]
except KeyError as e:
    print("tuple key", repr(e), e.args)


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class Retry(AppError):
    pass


def check(i):
    if i % 3 == 0:
        raise Retry(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i


def middle(i):
    return check(i) * 2


caught = []
for i in range(1, 16):
    try:
        middle(i)
    except AppError as e:
        caught.append(("app", type(e).__name__, e.code, e.args))
    except KeyError as e:
        caught.append(("key", e.args))
print(caught)

try:
    middle(3)
except Retry:
    tb = traceback.format_exc().splitlines()
    print([line.strip() for line in tb if line.strip().startswith("File")].__len__(), tb[-1])
    names = [fs.name for fs in traceback.extract_tb(sys.exc_info()[2])]
    print(names)

try:
    OSError(2, "No such file", "x.txt")
except Exception:
    pass
e = OSError(2, "No such file", "x.txt")
print(type(e).__name__, e.errno, e.filename, e)
print(repr(ImportError("m", name="mod")), ImportError("m", name="mod").name)
try:
    ValueError("x", bogus=1)
except TypeError as err:
    print(type(err).__name__, err)


def who_called():
    return sys._getframe(1).f_code.co_name


def caller_a():
    return who_called()


def caller_b(x, y):
    return (who_called(), x + y)


print(caller_a(), caller_b(1, 2))


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as err:
    print(type(err).__name__, err)

old = sys.getrecursionlimit()
sys.setrecursionlimit(60)


def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n


reached = count_depth(0)
print("limit respected", 40 < reached < 60)
sys.setrecursionlimit(old)


def unwinding(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        unwinding(n - 1)
    finally:
        trail.append(n)


trail = []
try:
    unwinding(5)
except ValueError as err:
    print("unwound", err, trail)
