# Argument conversion, error messages, constants and isclose.
import cmath

def attempt(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.real)

class WithComplex:
    def __complex__(self):
        return 2+3j

class WithFloat:
    def __float__(self):
        return 0.5

class WithIndex:
    def __index__(self):
        return 7

class BadComplex:
    def __complex__(self):
        return 1

class BadFloat:
    def __float__(self):
        return "x"

class MyComplex(complex):
    pass

for arg in [WithComplex(), WithFloat(), WithIndex(), 3, True, 2.5, MyComplex(1, -1), 10**20]:
    attempt(cmath.sqrt, arg)
    attempt(cmath.exp, arg)
for arg in [BadComplex(), BadFloat(), "1", None, [1], 10**400]:
    attempt(cmath.sqrt, arg)
attempt(cmath.sqrt)
attempt(cmath.sqrt, 1, 2)
attempt(cmath.phase, z=1)
attempt(cmath.log)
attempt(cmath.log, 1, 2, 3)
attempt(cmath.log, "x")
attempt(cmath.log, 2, "x")
attempt(cmath.rect, 1)
attempt(cmath.rect, "a", 1)
attempt(cmath.rect, 1, WithIndex())
attempt(cmath.rect, 1, 1j)
attempt(cmath.polar, complex(1.7e308, 1.7e308))
attempt(cmath.polar, complex(1e308, 1e308))
attempt(cmath.exp, 710)
attempt(cmath.exp, 709.5+1j)
attempt(cmath.cosh, 711)
attempt(cmath.sinh, complex(-711, 2))
attempt(cmath.cos, 711j)
attempt(cmath.sin, 711j)
attempt(cmath.tan, 711j)
attempt(cmath.tanh, 1000)
attempt(cmath.log, 0)
attempt(cmath.log10, 0j)
attempt(cmath.log, 0, 2)
attempt(cmath.log, 2, 1)
attempt(cmath.log, 2, 0)
attempt(cmath.atanh, 1)
attempt(cmath.atanh, -1)
attempt(cmath.atan, 1j)
attempt(cmath.atan, -1j)

print("== isclose")
attempt(cmath.isclose, 1, 1 + 1e-10)
attempt(cmath.isclose, 1j, 1j * (1 + 1e-8))
attempt(cmath.isclose, 1j, 1j * (1 + 1e-8), rel_tol=1e-7)
attempt(cmath.isclose, 0, 1e-12)
attempt(cmath.isclose, 0, 1e-12, abs_tol=1e-11)
attempt(cmath.isclose, complex(float("inf"), 0), complex(float("inf"), 0))
attempt(cmath.isclose, complex(float("inf"), 0), complex(float("inf"), 1))
attempt(cmath.isclose, complex(float("nan"), 0), complex(float("nan"), 0))
attempt(cmath.isclose, 1e308+1e308j, -1e308-1e308j)
attempt(cmath.isclose, a=1, b=1)
attempt(cmath.isclose, 1, 2, 3)
attempt(cmath.isclose, 1)
attempt(cmath.isclose, 1, 2, foo=1)
attempt(cmath.isclose, 1, 2, rel_tol=-1)
attempt(cmath.isclose, 1, 2, abs_tol=-1)
attempt(cmath.isclose, 1, 2, rel_tol="a")
attempt(cmath.isclose, 1, b=2, a=3)
attempt(cmath.isclose, WithComplex(), 2+3j)
