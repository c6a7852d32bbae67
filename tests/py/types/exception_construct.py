# Constructing exception instances: BaseException.__new__/__init__ and the
# fast path taken when both are the builtin ones or __init__ is Python code.


class Plain(Exception):
    pass


class WithInit(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class NoSuper(ValueError):
    def __init__(self, a, b):
        self.total = a + b


class BadInit(Exception):
    def __init__(self, x):
        return x


class OwnNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from-new")
        self.made = True
        return self


class Slotted(Exception):
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


class MyOS(OSError):
    def __init__(self, *a):
        super().__init__(*a)


def show(e):
    d = {k: v for k, v in vars(e).items()} if hasattr(e, "__dict__") else None
    print(type(e).__name__, e.args, repr(str(e)), d)


for i in range(300):
    # Warm up every construction site past the specialization thresholds.
    objs = [ValueError(), ValueError(i), KeyError("k", i), Plain(i), WithInit(i), NoSuper(i, 1), OwnNew(i), Slotted(i)]
    if i % 100 == 0:
        for e in objs:
            show(e)
        print(objs[-1].x, objs[-2].made)

for args in [(), (1,), (1, 2), (2, "no such file"), (2, "no such file", "f.txt"), (13, "denied", "a", None, "b")]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, getattr(e, "filename2", "-"))
    m = MyOS(*args)
    print(type(m).__name__, m.args, m.errno, m.filename)

try:
    BadInit(3)
except TypeError as e:
    print("TypeError:", e)

for bad in [lambda: ValueError(x=1), lambda: Plain(1, k=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

e = ImportError("m", name="mod", path="/p")
print(e.args, e.name, e.path)
e = StopIteration(5)
print(e.value, e.args)
e = SystemExit(3)
print(e.code)

# Raising a class instantiates it; a class whose __init__ raises propagates that.
class Explodes(Exception):
    def __init__(self):
        raise RuntimeError("boom in __init__")

for cls in [ValueError, Plain, Explodes]:
    try:
        raise cls
    except Exception as e:
        print(type(e).__name__, e.args)

# Rebinding __init__ after warm-up is seen.
def late_init(self, *a):
    Exception.__init__(self, "late", *a)

for i in range(3):
    if i == 1:
        Plain.__init__ = late_init
    print(Plain(i).args)
del Plain.__init__
print(Plain(9).args)
