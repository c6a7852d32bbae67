# `not x` in compiled code for boxed operands: True/False, None, numbers,
# containers, objects with __bool__ / __len__, a __bool__ that raises or
# returns a non-bool, and a __bool__ added to a class after warm-up.


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Plain:
    pass


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


class Weird:
    def __bool__(self):
        return 1


class BigLen:
    def __len__(self):
        return -1


values = [True, False, None, 0, 1, -3, 0.0, 2.5, "", "x", [], [0], (), {}, {1: 2},
          Flag(True), Flag(False), Sized(0), Sized(4), Plain(), 10**30, 0j]


def negate_all(vals):
    out = []
    for v in vals:
        out.append(not v)
    return out


def count_false(vals, rounds):
    n = 0
    for _ in range(rounds):
        for v in vals:
            if not v:
                n += 1
    return n


def attr_not(objs):
    return [not o.on for o in objs]


for _ in range(200):
    r = negate_all(values)
print(r)
print(count_false(values, 100))
flags = [Flag(True), Flag(False), Flag(None), Flag(0), Flag("s")]
for _ in range(200):
    a = attr_not(flags)
print(a)

for bad in (Bad(), Weird(), BigLen()):
    try:
        print(negate_all(values + [bad]))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(count_false([1, bad], 3))
    except Exception as e:
        print(type(e).__name__, e)

Plain.__bool__ = lambda self: False
print(negate_all(values), count_false(values, 2))
Plain.__len__ = lambda self: 3
del Plain.__bool__
print(negate_all(values), count_false(values, 2))
