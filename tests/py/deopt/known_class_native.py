# `C(args)` of a plain class in frame-ful compiled code: under guards on
# the class and the type epoch the instance is allocated and `__init__`
# called natively (or through a direct site). Each case warms up, then
# changes something: `__init__` deoptimizes in the middle (another type of
# argument), raises (traceback through it), returns a value, is rebound;
# `__new__` appears, the global is rebound to another class (one with a
# metaclass defining `__call__`), recursion reaches the limit inside it.
import sys
import traceback


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y * 2


def make(n, k):
    t = 0
    for i in range(n):
        v = V(i, k)
        t += v.x + v.y
    return t


print("warm", make(3000, 1))
# Floats, then strings in the middle of `__init__` (an exit there).
print("float", make(3000, 1.5))


def make_s(n, k):
    r = []
    for i in range(n):
        r.append(V(i, k).y)
    return r[-2:]


print("warm s", make_s(3000, 1))
print("str", make_s(3, "ab"))
print("again", make(3000, 2))


class W:
    def __init__(self, x):
        self.x = 10 // x


def make_w(n, start):
    t = 0
    for i in range(start, start + n):
        t += W(i).x
    return t


print("w", make_w(3000, 1))
try:
    make_w(3000, -1500)
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print("raised", [l.strip() for l in tb if l.strip().startswith("File")][-2:] != [], tb[-1])
    names = [l.split(", in ")[-1] for l in tb if ", in " in l]
    print("frames", names)


class R:
    def __init__(self, x):
        self.x = x
        if x == 2999:
            return "no"


def make_r(n):
    t = 0
    for i in range(n):
        t += R(i).x
    return t


try:
    make_r(3000)
except TypeError as e:
    print("typeerror", e)


def init2(self, x, y):
    self.x = -x
    self.y = y


print("before rebind", make(3000, 1))
old = V.__init__
V.__init__ = init2
print("rebound", make(3000, 1))
V.__init__ = old
print("restored", make(3000, 1))


class NV:
    def __init__(self, x, y):
        self.x = x
        self.extra = getattr(self, "extra", 0) + 1


def new(cls, *a):
    o = object.__new__(cls)
    o.extra = 100
    return o


def make_e(n):
    t = 0
    for i in range(n):
        v = NV(i, 1)
        t += v.x + v.extra
    return t


print("before new", make_e(3000))
NV.__new__ = new
print("new", make_e(3000))


class Meta(type):
    def __call__(cls, *a):
        return ("called", a)


class M:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make_m(n):
    t = 0
    for i in range(n):
        t += M(i, 1).x
    return t


print("m", make_m(3000))
M0 = M


class M(metaclass=Meta):
    def __init__(self, x, y):
        self.x = x


try:
    make_m(3)
except AttributeError as e:
    print("meta", e)
print("meta call", M(1, 2))
M = M0
print("m again", make_m(3000))


class V2:
    def __init__(self, x, y):
        self.x = x * 100
        self.y = 0


print("before swap", make(3000, 1))
V, V2 = V2, V
print("swapped", make(3000, 1))
V, V2 = V2, V


class Deep:
    def __init__(self, n):
        self.n = n
        self.child = Deep(n - 1) if n > 0 else None


def depth(d):
    k = 0
    while d is not None:
        k += 1
        d = d.child
    return k


for _ in range(300):
    Deep(5)
print("deep", depth(Deep(200)))
try:
    Deep(100000)
except RecursionError:
    print("recursion error")
print("after", depth(Deep(50)))


class Frames:
    def __init__(self):
        self.caller = sys._getframe(1).f_code.co_name


def who(n):
    r = None
    for i in range(n):
        r = Frames().caller
    return r


print("caller", who(3000))


# Sites in code that runs natively itself, called natively: an `__init__`
# that leaves its compiled code (another type of argument) has its callers'
# frames made, innermost first; the result is the instance, a value
# returned by `__init__` is the TypeError, an exception unwinds through
# every level.
class P:
    def __init__(self, x):
        self.x = x * 2 + 10 // x
        if x == 0.5:
            return "bad"


def mk(x):
    return P(x)


def outer(x):
    return mk(x).x + 1


def drive_p(n, x):
    t = 0
    for i in range(n):
        t += outer(x)
    return t


print("native chain", drive_p(3000, 3))
print("float", drive_p(3, 1.5))
print("native chain again", drive_p(3000, 4))
try:
    drive_p(3, 0.5)
except TypeError as e:
    tb = traceback.format_exc().splitlines()
    print("chain typeerror", e, [l.split(", in ")[-1] for l in tb if ", in " in l])
try:
    drive_p(3, 0)
except ZeroDivisionError as e:
    tb = traceback.format_exc().splitlines()
    print("chain raise", e, [l.split(", in ")[-1] for l in tb if ", in " in l])
print("after", drive_p(3000, 5))
