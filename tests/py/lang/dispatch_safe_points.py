# The eval loop's cheap instructions skip the `lasti` store and the
# finalizer safe point; these check that errors still point at the right
# line, that `__del__` still runs right after the instruction dropping the
# last reference (before the next one reads anything), and the fast arms'
# fallbacks (non-bool tests, int overflow, float edge cases, subclasses).
import sys
import traceback

log = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(("del", self.name))


def store_fast_drop():
    x = D("store")
    x = 1  # the old value goes here
    log.append(("after store", list(log)))
    y = D("pop")
    y
    y = None
    log.append("after pop")
    return log


print(store_fast_drop())
log.clear()


def pop_top_drop():
    D("expr")  # POP_TOP drops the only reference
    log.append("next")


pop_top_drop()
print(log)
log.clear()


def store_fast_load_fast():
    a = D("sfl")
    for i in range(2):
        a = i
        b = a
        log.append(b)


store_fast_load_fast()
print(log)
log.clear()


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        log.append(("bool", self.v, sys._getframe(1).f_lineno))
        return self.v

    def __del__(self):
        log.append(("del truthy", self.v))


def tests():
    if Truthy(True):
        log.append("taken")
    if not Truthy(False):
        log.append("not taken")
    while Truthy(False):
        pass
    log.append("end")


tests()
print(log)
log.clear()


class BadBool:
    def __bool__(self):
        raise ValueError("no truth")


def bad_test(v):
    x = 1
    if v:
        x = 2
    return x


try:
    bad_test(BadBool())
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("bool error", e, [(f.name, f.lineno) for f in tb])


def unbound_first():
    if False:
        a = 1
    return a + 1


def unbound_second():
    a = 1
    if False:
        b = 2
    return a + b


def unbound_after_store():
    a = 1
    c = a
    del a
    c = 5
    return c, a


for fn in (unbound_first, unbound_second, unbound_after_store):
    try:
        fn()
    except UnboundLocalError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, e, tb[-1].lineno, tb[-1].line)


def int_ops(n):
    x = 1
    out = []
    for i in range(n):
        x = x * 1000003 + i
        out.append(x)
    y = -(2**62)
    out.append(y - 2**62)
    out.append(7 // 2)
    out.append(-7 % 3)
    try:
        out.append(1 // 0)
    except ZeroDivisionError as e:
        out.append(str(e))
    return out


print(int_ops(8))


class F(float):
    def __add__(self, other):
        return "F.add"


class I(int):
    def __mul__(self, other):
        return "I.mul"


def float_ops(vals):
    out = []
    for a in vals:
        for b in vals:
            out.append((a + b, a - b, a * b))
            try:
                out.append(a / b)
            except ZeroDivisionError as e:
                out.append(str(e))
            out.append((a < b, a == b, a >= b))
    return out


inf = float("inf")
nan = float("nan")
for r in float_ops([1.5, -0.0, 0.0, inf, -inf, nan, 1e308]):
    print(r)
print(float_ops([F(2.0), 1.0])[:2], float_ops([I(3), 2])[:1])
print(1e308 * 10, -1e308 * 10, inf - inf, str(-0.0 * 1.0), str(0.0 * -1.0))


def lasti_in_loop():
    total = 0
    items = [1, 2, "three", 4]
    for i in range(len(items)):
        total = total + items[i]
    return total


try:
    lasti_in_loop()
except TypeError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("type error", e, tb[-1].lineno, tb[-1].line)


def gen():
    x = 1
    y = x + 1
    yield y
    z = y
    yield z


g = gen()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("thrown", repr(e), traceback.extract_tb(e.__traceback__)[-1].lineno)


def lineno_after_fast_ops():
    a = 1
    b = a
    a, b = b, a
    return sys._getframe().f_lineno


print(lineno_after_fast_ops())

import math


def nan_signs(a, b):
    d = a - b
    return math.copysign(1.0, d), math.copysign(1.0, -d), math.copysign(1.0, d * -1.0), d != d


print(nan_signs(inf, inf), nan_signs(-inf, -inf), nan_signs(0.0, nan))
