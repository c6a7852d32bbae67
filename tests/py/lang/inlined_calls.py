# Python-to-Python calls run in one eval invocation (inlined frames):
# tracebacks through them, exceptions crossing several of them, generators
# and sys._getframe inside them, the recursion limit and recovery after it.
import sys
import traceback


def tb_summary(exc):
    return [(fs.name, fs.lineno - BASE) for fs in traceback.extract_tb(exc.__traceback__)]


BASE = sys._getframe().f_lineno  # line numbers below are printed relative to this


def level3(x):
    if x > 2:
        raise ValueError(f"bad {x}")
    return x * 10


def level2(x):
    return level3(x) + 1


def level1(x):
    return level2(x) + 2


def catcher(x):
    try:
        return level1(x)
    except ValueError as e:
        return f"caught {e} tb={tb_summary(e)}"


for i in range(1, 5):
    print(i, catcher(i))


# Exception raised three inlined levels down, caught in a finally/except chain.
log = []


def a3(n):
    try:
        return 1 // n
    finally:
        log.append("a3 finally")


def a2(n):
    try:
        return a3(n)
    except TypeError:
        log.append("a2 wrong handler")
        return -1


def a1(n):
    r = a2(n)
    log.append("a1 after")
    return r


def top(n):
    try:
        return a1(n)
    except ZeroDivisionError as e:
        log.append("top caught")
        return type(e).__name__ + ": " + str(e)


print(top(1), log)
log.clear()
print(top(0), log)


# A handled exception inside a callee does not disturb the caller.
def swallow(v):
    try:
        return int(v)
    except ValueError:
        return None


def sum_ints(items):
    total = 0
    for it in items:
        r = swallow(it)
        if r is not None:
            total += r
    return total


print(sum_ints(["1", "x", "3", "", "5"]))


# sys.exc_info inside and after inlined calls.
def exc_name():
    e = sys.exc_info()[1]
    return None if e is None else type(e).__name__


def inside_handler():
    try:
        raise KeyError("k")
    except KeyError:
        return exc_name()


print(inside_handler(), exc_name())


# Generators created and driven inside inlined calls.
def gen(n):
    for i in range(n):
        yield helper(i)


def helper(i):
    return i * i


def consume(n):
    return list(gen(n)) + [sum(gen(n))]


def nested(n):
    return consume(n)


print(nested(5))


def failing_gen():
    yield helper(1)
    raise RuntimeError("from gen")


def drive():
    out = []
    try:
        for v in failing_gen():
            out.append(v)
    except RuntimeError as e:
        out.append(str(e))
        out.append(tb_summary(e))
    return out


print(drive())


# sys._getframe from an inlined frame sees its callers.
def names_up(n):
    out = []
    for k in range(n):
        out.append(sys._getframe(k).f_code.co_name)
    return out


def f_inner():
    return names_up(4)


def f_middle():
    return f_inner()


def f_outer():
    return f_middle()


print(f_outer())
print(sys._getframe(0).f_code.co_name)


def getframe_too_deep():
    try:
        sys._getframe(10000)
    except ValueError as e:
        return str(e)


print(getframe_too_deep())


# Deep recursion: the limit, its message, the traceback, and recovery.
def down(n):
    return down(n + 1) + 1


def depth_reached():
    try:
        down(0)
    except RecursionError as e:
        tb = traceback.extract_tb(e.__traceback__)
        names = [fs.name for fs in tb]
        return str(e), names[0], set(names[1:]), len(names) > 500
    return None


print(depth_reached())
print(depth_reached())


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    count(400)
except RecursionError as e:
    print("limit 200:", e)
sys.setrecursionlimit(old)
print(count(800))


# Unwinding through many inlined frames, each with a finally.
unwound = []


def unwind(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        return unwind(n - 1)
    finally:
        unwound.append(n)


try:
    unwind(6)
except LookupError as e:
    print("unwound", unwound, e, [ln for _, ln in tb_summary(e)][:3])


# Methods, closures and defaults mixed in the inlined chain.
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt

    def total(self):
        return self.v + (self.nxt.total() if self.nxt else 0)

    def fail_at(self, k):
        if self.v == k:
            raise IndexError(f"at {k}")
        return self.nxt.fail_at(k) if self.nxt else None


chain = None
for v in range(10):
    chain = Node(v, chain)
print(chain.total())
try:
    chain.fail_at(3)
except IndexError as e:
    print(e, len(tb_summary(e)))


def make_adder(k):
    def add(x):
        return x + k
    return add


add5 = make_adder(5)


def apply_twice(g, x):
    return g(g(x))


print(apply_twice(add5, 1), apply_twice(apply_twice.__class__ and add5, 10))


# Trailing parameters left to their defaults (the defaults tuple is read
# at each call: rebinding __defaults__ is seen, removing it is an error).
def with_defaults(a, b=2, c=[3]):
    return a, b, c


for _ in range(3):
    print(with_defaults(1), with_defaults(1, 5), with_defaults(1, 5, 6))
with_defaults.__defaults__ = ("B", "C")
print(with_defaults(0))
with_defaults.__defaults__ = ("only",)
print(with_defaults(0, 1))
try:
    with_defaults(0)
except TypeError as e:
    print(type(e).__name__, e)
with_defaults.__defaults__ = None
try:
    with_defaults(0, 1)
except TypeError as e:
    print(type(e).__name__, e)


class Acc:
    def __init__(self, start=0):
        self.n = start

    def add(self, k=1):
        self.n += k
        return self


acc = Acc()
for _ in range(4):
    acc.add().add(10)
print(acc.n, Acc(7).add().n)


# Class calls run __init__ inlined: the result is the instance, a non-None
# return is a TypeError, errors in __init__ unwind through it, and classes
# with their own __new__ or metaclass take the general path.
class Pt:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Pt({self.x}, {self.y})"


def make_points(n):
    return [Pt(i, i * 2) for i in range(n)] + [Pt(-1)]


for _ in range(3):
    print(make_points(3))


class BadInit:
    def __init__(self, v):
        self.v = v
        return v


for v in (None, 5, "s"):
    try:
        print(type(BadInit(v)).__name__)
    except TypeError as e:
        print("TypeError", e)


class Checked:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative {v}")
        self.v = v


def build(vals):
    out = []
    for v in vals:
        try:
            out.append(Checked(v).v)
        except ValueError as e:
            out.append((str(e), [name for name, _ in tb_summary(e)]))
    return out


print(build([1, -2, 3]))
try:
    Pt()
except TypeError as e:
    print("TypeError", e)


class WithNew:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.tag = "new"
        return inst

    def __init__(self, v):
        self.v = v


class Meta(type):
    def __call__(cls, *args):
        return ("meta", args)


class ByMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


class Sub(Pt):
    def __init__(self, x):
        super().__init__(x, x + 1)


for _ in range(3):
    w = WithNew(1)
    print(w.tag, w.v, ByMeta(2), Sub(5))
Pt.__init__ = lambda self, x, y=9: setattr(self, "x", x) or setattr(self, "y", y)
print(Pt(1), make_points(1))
