# Callees a direct call must not take (defaults used, keywords, a closure,
# a generator, *args) and a callee from another module (other globals):
# each runs through the general path with CPython's results.
import sys
import types

def with_default(x, y=10):
    return x + y


def kwonly(x, *, k=2):
    return x * k


def star(*args):
    return len(args)


def gen(n):
    yield n
    yield n + 1


def make_closure(k):
    def inner(x):
        return x + k
    return inner


closed = make_closure(5)

mod = types.ModuleType("other")
exec("scale = 3\ndef times(x):\n    return x * scale\ndef fail(x):\n    return undefined_name + x\n", mod.__dict__)
times = mod.times
fail = mod.fail


def drive(n):
    t = 0
    for i in range(n):
        t += with_default(i) + with_default(i, 1) + kwonly(i) + kwonly(i, k=3)
        t += star(i, i) + sum(gen(i)) + closed(i) + times(i)
    return t


print(drive(3000))
mod.scale = 4
print(drive(10))
try:
    for i in range(2000):
        r = fail(i) if i == 1999 else times(i)
except NameError as e:
    print("NameError", e)


# A wrong argument count at a site compiled for a known function.
def one(x):
    return x


def call_one(args, n):
    r = 0
    for i in range(n):
        r = one(i)
    try:
        one(*args)
    except TypeError as e:
        print(e)
    return r


print(call_one((1, 2), 2000))
