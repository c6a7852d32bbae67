# LOAD_ATTR / LOAD_METHOD on module objects (math.sqrt): warm a site up,
# then rebind, delete and add module attributes and check every result.
import math
import sys

ModuleType = type(math)
m = ModuleType("m")
m.f = lambda x: x + 1
m.k = 10


def call_f(mod, v):
    return mod.f(v)


def read_k(mod):
    return mod.k


def sqrt_sum(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i)
    return s


print("warm", round(sqrt_sum(100), 6), call_f(m, 1), read_k(m))
for _ in range(20):
    call_f(m, 1)
    read_k(m)

m.f = lambda x: x * 100
m.k = 20
print("rebound", call_f(m, 2), read_k(m))

m.other = 1
print("key added", call_f(m, 3), read_k(m))

del m.k
try:
    read_k(m)
except AttributeError as e:
    print("AttributeError", e)
m.k = 30
print("re-added", read_k(m))

# Another module object at the same site.
m2 = ModuleType("m2")
m2.f = str
m2.k = "two"
print("other module", call_f(m2, 5), read_k(m2), call_f(m, 5), read_k(m))

# A non-module at the same site.


class Fake:
    k = "fake"

    def f(self, v):
        return ("method", v)


print("non-module", call_f(Fake(), 6), read_k(Fake()))

# PEP 562 module __getattr__ after the attribute is gone.
del m.f
m.__getattr__ = lambda name: (lambda v: "dynamic " + name + " " + str(v))
print("module getattr", call_f(m, 7))

# Module attributes that the module type also has.
print("dunder", m.__name__, math.__name__)
for _ in range(20):
    d = m.__dict__
print("dict attr", sorted(k for k in d if not k.startswith("__")))

# Rebinding a function in a module used through its own global name.
orig = math.sqrt
math.sqrt = lambda x: -1.0
print("patched math.sqrt", sqrt_sum(3))
math.sqrt = orig
print("restored", round(sqrt_sum(5), 6))
me = sys.modules[__name__]
me.newglobal = 5
print("own module", me.newglobal, newglobal)
