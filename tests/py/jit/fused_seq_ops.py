# `(x,) + t`, `t + (x,)`, `t += (x,)` and `seq[a:b]` compiled as one step
# each (no 1-tuple, no slice object), warmed up on exact tuples and lists,
# then with other operands: a local deleted before the LOAD_FAST (the code
# leaves before the BUILD_TUPLE), subclasses, unboxed ints and floats, big
# ints, bad operands with their errors and traceback lines, and inside a
# generator.
import sys


class R(tuple):
    def __radd__(self, other):
        return ("R.radd", other)


class A:
    def __add__(self, other):
        return ("A.add", other)


class Idx:
    def __index__(self):
        return 1


class Seq:
    def __getitem__(self, k):
        return ("Seq", k.start, k.stop, k.step)


def pre(x, t):
    return (x,) + t


def post(t, x):
    return t + (x,)


def inplace(t, x):
    t += (x,)
    return t


def cut(s, a, b):
    return s[a:b]


def pre_maybe_deleted(x, t, drop):
    if drop:
        del t
    return (x,) + t


def counted(n):
    acc = ()
    for i in range(n):
        f = i * 0.5
        acc = (f,) + acc[:2]
        acc = acc + (i,)
    return acc


for i in range(60):
    pre(i, (1, 2))
    post((1, 2), i)
    inplace((i,), i)
    cut([1, 2, 3, 4], 1, 3)
    cut((1, 2, 3, 4), None, -1)
    pre_maybe_deleted(i, (i,), False)
    counted(3)

print(pre(1, (2, 3)), pre(1, ()), pre([1], R((2,))), post((), 5), post(A(), 1))
print(inplace((1,), 2.5), inplace(A(), 3), post((1,), 2 ** 80), pre(2 ** 70, (1,)))
print(cut([1, 2, 3, 4, 5], 1, -1), cut((1, 2, 3), None, None), cut("hello", 1, 3), cut(range(10), 2, 5))
print(cut(b"bytes", Idx(), 3), cut([1, 2, 3], True, 2 ** 80), cut([1, 2, 3], -2 ** 80, 2), cut(Seq(), 1, "x"))
t0 = (1, 2, 3)
print(cut(t0, None, None) is t0, cut(t0, 0, 3) is t0, counted(6))
print(pre_maybe_deleted(1, (2,), False))
for bad in [lambda: pre(1, [2]), lambda: post([1], 2), lambda: pre(1, "s"), lambda: inplace([1], 2),
            lambda: cut(5, 1, 2), lambda: cut({}, 1, 2), lambda: cut([1], 1.5, 2), lambda: pre_maybe_deleted(1, (2,), True)]:
    try:
        print('no error', bad())
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print(type(e).__name__, e, tb.tb_frame.f_code.co_name, tb.tb_lineno)


def multi_line(a, t):
    return (
        (a,)
        +
        t
    )


for i in range(40):
    multi_line(i, ())
try:
    multi_line(1, 2)
except TypeError as e:
    tb = e.__traceback__.tb_next
    print('TypeError', e, tb.tb_lineno)


def perms(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        head = items[i]
        rest = items[:i] + items[i + 1:]
        for tail in perms(rest):
            yield (head,) + tail


print(sum(1 for _ in perms(list(range(6)))), list(perms("abc"))[-2:], list(perms((1, 2.5, 2 ** 65)))[1])
