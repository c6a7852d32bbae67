# `C(args)` of a plain class in compiled code runs `__init__` through the
# CALL site's cache of compiled entries. The cache must follow: one site
# calling a function and a class by turns (other code, one more argument
# for `self`), `__init__` replaced on the class mid-loop, an `__init__`
# with a default left out, and an `__init__` that returns a value.


class P:
    def __init__(self, x):
        self.x = x


class Q:
    def __init__(self, x):
        self.x = -x


def fp(x):
    return P(x + 1)


def drive_mixed(n):
    makers = [fp, P, Q]
    t = 0
    for i in range(n):
        t += makers[i % 3](i).x
    return t


print("mixed", drive_mixed(3000))


def init2(self, x):
    self.x = x * 2


def drive_swap(n):
    t = 0
    for i in range(n):
        if i == n // 2:
            P.__init__ = init2
        t += P(i).x
    return t


print("swap", drive_swap(3000))


class R:
    def __init__(self, x, y=5):
        self.x = x + y


def drive_default(n):
    t = 0
    for i in range(n):
        t += R(i).x + R(i, 1).x
    return t


print("default", drive_default(3000))


class Bad:
    def __init__(self, x):
        self.x = x
        if x == 2999:
            return x


def drive_bad(n):
    t = 0
    for i in range(n):
        t += Bad(i).x
    return t


try:
    drive_bad(3000)
except TypeError as e:
    print("bad", e)
