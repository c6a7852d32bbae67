# The locals of a frame an exception leaves live as long as the traceback
# (CPython keeps the frame object alive through tb_frame), and tb_frame.f_locals
# shows them.
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def leaf(n):
    here = Noisy("leaf%d" % n)
    tag = "x" * n
    raise ValueError(n)


def middle(n):
    mine = Noisy("middle%d" % n)
    return leaf(n) + 1


print("caught, then the except block ends")
try:
    middle(1)
except ValueError:
    print("  in handler")
print("after handler")

print("exception kept in a variable")
try:
    middle(2)
except ValueError as e:
    kept = e
print("  still alive here")
tb = kept.__traceback__
names = []
while tb is not None:
    names.append(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
print(" ", names)
tb = kept.__traceback__.tb_next
print("  middle locals:", sorted(tb.tb_frame.f_locals), tb.tb_frame.f_locals["n"])
loc = tb.tb_next.tb_frame.f_locals
print("  leaf locals:", sorted(loc), loc["tag"], loc["here"].name)
del tb, loc
print("  dropping the exception")
del kept
print("after del")


def with_cell(n):
    captured = Noisy("cell%d" % n)

    def inner():
        return captured.name

    inner()
    raise KeyError(n)


try:
    with_cell(3)
except KeyError as e:
    f = e.__traceback__.tb_next.tb_frame
    print("cell frame locals:", sorted(f.f_locals), f.f_locals["captured"].name)
    del f
print("after cell")


def gen():
    g_local = Noisy("gen")
    yield 1
    raise RuntimeError("from generator")


try:
    for _ in gen():
        pass
except RuntimeError as e:
    print("generator raised:", e)
print("after generator")


class Holder:
    def __init__(self, name):
        self.name = name
        self.err = None

    def fail(self):
        raise OSError("fail")

    def __del__(self):
        print("  del holder", self.name)


def make_cycle():
    h = Holder("cyclic")
    try:
        h.fail()
    except OSError as e:
        h.err = e  # h -> e -> traceback -> fail's frame -> self (h)


make_cycle()
print("cycle made")
gc.collect()
print("after collect")


def reraiser():
    r = Noisy("reraiser")
    try:
        leaf(4)
    except ValueError:
        raise


try:
    reraiser()
except ValueError as e:
    print("reraised:", e)
print("after reraise")


def hot(i):
    obj = [i]
    if i % 7 == 0:
        raise IndexError(i)
    return i


total = 0
for i in range(3000):
    try:
        total += hot(i)
    except IndexError as e:
        total += len(e.__traceback__.tb_next.tb_frame.f_locals["obj"])
print("hot total", total)
print("done")
