# Direct calls between compiled functions: the callee's slots start as its
# arguments plus empty locals, and are released when it returns or raises.
import sys
import traceback


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


# A local read before assignment is still an UnboundLocalError.
def maybe(x, flag):
    if flag:
        y = x + 1
    return y


def drive_maybe(n):
    t = 0
    for i in range(n):
        t += maybe(i, True)
    return t


print("maybe", drive_maybe(300))
for i in range(3):
    try:
        maybe(i, False)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


# Locals deleted and re-bound; many locals beyond the arguments.
def many(a, b):
    c = a + b
    d = c * 2
    e = d - a
    del c
    f = e + b
    try:
        return c
    except NameError as err:
        return (type(err).__name__, d, e, f)


def drive_many(n):
    last = None
    for i in range(n):
        last = many(i, i + 1)
    return last


print("many", drive_many(300))


# Locals holding objects are released when the callee returns, in order.
# (Arguments are left out: compiled callers keep theirs alive until the
# call returns, while CPython moves them into the callee's frame.)
def hold(name, tag):
    local = Noisy(tag)
    other = Noisy(tag + "b")
    print("in", name, local.tag, other.tag)
    return name + "/" + local.tag


def drive_hold(n):
    out = []
    for i in range(n):
        out.append(hold("arg%d" % i, "loc%d" % i))
        print("back", i)
    return out


print("hold", drive_hold(3))
print("hold quiet", len(drive_hold(0)))


def quiet_hold(obj, x):
    y = [x] * 3
    return len(y) + x


def drive_quiet(n):
    t = 0
    for i in range(n):
        t += quiet_hold(None, i)
    return t


print("quiet", drive_quiet(500))


# An exception three compiled frames deep: the printed traceback is exact.
def c3(x):
    if x == 250:
        raise KeyError(x)
    return x


def c2(x):
    return c3(x) + 1


def c1(x):
    return c2(x) * 2


def drive_c(n):
    t = 0
    for i in range(n):
        t += c1(i)
    return t


try:
    drive_c(300)
except KeyError:
    for line in traceback.format_exc().splitlines():
        print(line.replace(__file__, "FILE"))
print("after raise")


# Callees the direct path does not take: defaults, keywords, *args,
# closures, generators; the results match the interpreter's.
def with_default(x, k=10):
    return x + k


def with_kwonly(x, *, k):
    return x - k


def with_star(*xs):
    return len(xs)


def make_adder(k):
    def add(x):
        return x + k
    return add


def gen(x):
    yield x
    yield x + 1


add5 = make_adder(5)


def drive_mixed(n):
    t = 0
    for i in range(n):
        t += with_default(i) + with_default(i, 1) + with_kwonly(i, k=2)
        t += with_star(i, i) + add5(i) + sum(gen(i))
    return t


print("mixed", drive_mixed(400))


# f_locals of a directly called frame: arguments, then assigned locals only.
def peek(a, b):
    first = dict(sys._getframe().f_locals)
    c = a * b
    second = dict(sys._getframe().f_locals)
    return sorted(first), sorted(second)


def drive_peek(n):
    r = None
    for i in range(n):
        r = peek(i, 2)
    return r


print("peek", drive_peek(300))
