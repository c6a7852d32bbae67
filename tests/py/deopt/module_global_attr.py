# `mod.name` and `mod.name(...)` where `mod` is a global bound to a module:
# compiled code reads the module's entry in place. Each case warms the site
# up, then rebinds the attribute, deletes it, adds names to the module or to
# the globals, or rebinds the global to another module or a non-module.
import math
import sys

ModuleType = type(math)
mod = ModuleType("mod")
mod.f = lambda x: x * 2
mod.k = 5


def use():
    return mod.f(3) + mod.k


def sq(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i) + math.pi
    return s


def run(n):
    out = 0
    for _ in range(n):
        out += use()
    return out


print(run(400), round(sq(300), 6))

# Rebind the attribute, then the function.
mod.k = 100
print(run(2))
mod.f = lambda x: -x
print(run(2))

# Add names to the module (its keys change) and to the globals.
for i in range(20):
    setattr(mod, "extra%d" % i, i)
print(run(2))
new_global = 1
print(run(2))

# Delete the attribute: AttributeError with the module's name.
del mod.k
try:
    run(1)
except AttributeError as e:
    print("AttributeError", e)
mod.k = 7
print(run(1))

# Rebind the global to another module, then to a non-module object.
other = ModuleType("other")
other.f = lambda x: x + 1000
other.k = 1
saved = mod
mod = other
print(run(2))


class Fake:
    k = 3

    @staticmethod
    def f(x):
        return x


mod = Fake()
print(run(2))
mod = saved
print(run(2))

# The global deleted: NameError.
del mod
try:
    run(1)
except NameError as e:
    print("NameError", e)

# math.sqrt rebound (module attributes of a builtin module).
real_sqrt = math.sqrt
math.sqrt = lambda x: 1.0
print(round(sq(10), 6))
math.sqrt = real_sqrt
print(round(sq(10), 6))
del math.pi
try:
    sq(3)
except AttributeError as e:
    print("AttributeError", e)
