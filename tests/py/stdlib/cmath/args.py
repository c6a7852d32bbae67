# Keyword handling, the module's names, and complex() keeping signed zeros.
import cmath
def attempt(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
attempt(cmath.sqrt, z=1)
attempt(cmath.log, 1, base=2)
attempt(cmath.rect, r=1, phi=2)
attempt(cmath.polar, 1, 2)
attempt(cmath.isclose, 1, 2, rel_tol=None)
attempt(cmath.isclose, 1, a=2)
print(cmath.sqrt.__name__, cmath.__name__, sorted(n for n in dir(cmath) if not n.startswith('_')))
print(complex(1, -0.0), complex(imag=-0.0), complex(1j, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), complex(1+2j, 3+4j))
