# Every CALL site without keywords caches the compiled entry it called
# last, method calls after LOAD_METHOD included. The cache must follow:
# one site passing `self` or not from call to call (a function stored on
# the instance shadows the class's method: same code, other argument
# count), the same function as a method and as an instance attribute, a
# method rebound on the class mid-loop and a subclass override.


class C:
    def m(self, x):
        return x + 1


def one(x):
    return x + 1000


def drive_shadow(n):
    c = C()
    t = 0
    for i in range(n):
        if i % 3 == 0:
            c.m = one  # instance attribute: no self
        elif i % 3 == 1:
            del c.m  # the class's method again
        t += c.m(i)
    return t


print("shadow", drive_shadow(3000))


# The same function with a default as a method (self and x: its whole
# parameter list, a direct call) and as an instance attribute (x alone:
# the default fills b), at one site.
def both(a, b=7):
    return b if isinstance(a, E) else a * 100 + b


class E:
    m = both


def drive_same_code(n):
    e = E()
    t = 0
    for i in range(n):
        if i % 2:
            e.m = both
        else:
            e.__dict__.pop("m", None)
        t += e.m(i)
    return t


print("same code", drive_same_code(3000))


def drive_rebind(n):
    c = C()
    t = 0
    for i in range(n):
        if i == n // 2:
            C.m = lambda self, x: x * 2
        t += c.m(i)
    return t


print("rebind", drive_rebind(3000))


class D(C):
    def m(self, x):
        return -x


def drive_sub(n):
    objs = [C(), D()]
    t = 0
    for i in range(n):
        t += objs[i & 1].m(i)
    return t


print("subclass", drive_sub(3000))
