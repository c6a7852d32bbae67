# math.sqrt calls in hot code (through a local alias or the module
# attribute) are done inline for non-negative numbers; everything else
# (negative, NaN, inf, ints, bools, big ints, other types, a rebound name,
# a same-named builtin, subclass floats) must behave as the real call.
import math


def norms(xs, sqrt):
    out = 0.0
    for x in xs:
        out += sqrt(x)
    return out


def mod_norms(xs):
    out = 0.0
    for x in xs:
        out += math.sqrt(x)
    return out


vals = [float(i) for i in range(2000)]
print(norms(vals, math.sqrt), mod_norms(vals))
print(norms(list(range(500)), math.sqrt), norms([True, False, 10**20, 2**60], math.sqrt))
print(norms([float("inf")], math.sqrt), norms([float("nan")], math.sqrt), math.sqrt(-0.0))


class F(float):
    pass


print(norms([F(4.0), F(9.0)], math.sqrt))
for bad in [-1.0, -1, -(10**30), "4", None, 10**400]:
    for f in (lambda: norms([bad], math.sqrt), lambda: mod_norms([bad])):
        try:
            f()
        except (ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__, e)
# Another one-argument callable through the same site.
print(norms([4.0, 9.0], math.exp), norms([4.0, 9.0], abs), norms([1.5], lambda v: v * 2))
print(norms([2.0], lambda v, *a: -v))
orig = math.sqrt
math.sqrt = lambda v: 100.0
print(mod_norms([4.0, 9.0]))
math.sqrt = orig
print(mod_norms([4.0, 9.0]))


class C:
    f = math.sqrt


print(C().f(16.0), C.f(25.0))
try:
    norms([1.0], lambda: 0)
except TypeError as e:
    print("TypeError", e)
