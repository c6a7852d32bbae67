# Arguments moved into callee frames for every small count, as plain
# functions, bound methods and __init__ of plain classes, with trailing
# defaults, and falling back for keywords, *args and wrong counts.
def f0():
    return ()


def f1(a):
    return (a,)


def f2(a, b):
    return (a, b)


def f3(a, b, c):
    return (a, b, c)


def f4(a, b, c, d=40):
    return (a, b, c, d)


def f5(a, b, c, d, e=50, g=60):
    return (a, b, c, d, e, g)


class M:
    def __init__(self, *parts):
        self.parts = parts

    def m0(self):
        return self.parts

    def m1(self, a):
        return self.parts + (a,)

    def m2(self, a, b=2):
        return self.parts + (a, b)

    def m3(self, a, b, c):
        return self.parts + (a, b, c)


class I0:
    def __init__(self):
        self.v = ()


class I1:
    def __init__(self, a):
        self.v = (a,)


class I2:
    def __init__(self, a, b=-2):
        self.v = (a, b)


class I3:
    def __init__(self, a, b, c):
        self.v = (a, b, c)


tot = []
for i in range(30):
    tot.append((f0(), f1(i), f2(i, -i), f3(1, i, 2), f4(1, 2, i), f4(1, 2, 3, i), f5(i, 2, 3, 4), f5(1, 2, 3, 4, i, i)))
print(tot[0])
print(tot[-1])
m = M("p")
res = []
for i in range(30):
    res.append((m.m0(), m.m1(i), m.m2(i), m.m2(i, i), m.m3(i, i + 1, i + 2), M.m1(m, i)))
print(res[-1])
inst = [(I0().v, I1(i).v, I2(i).v, I2(i, i).v, I3(i, 0, -i).v) for i in range(30)]
print(inst[-1])

# Keywords, unpacking and wrong counts after warm-up.
for args, kw in [((1, 2), {}), ((1,), {"b": 5}), ((), {"a": 1, "b": 2}), ((1, 2, 3), {}), ((), {})]:
    try:
        print(f2(*args, **kw))
    except TypeError as e:
        print("TypeError:", e)
for call in (lambda: I1(), lambda: I1(1, 2), lambda: I3(1, 2), lambda: m.m1(), lambda: m.m3(1, 2, 3, 4), lambda: f4(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(I2(b=7, a=6).v, m.m2(b=1, a=0), f5(*range(6)))
