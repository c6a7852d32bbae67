import numbers
from fractions import Fraction
from decimal import Decimal
vals = [1, True, 1.5, 2j, Fraction(1, 3), Decimal("1.5"), "x", None]
for v in vals:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Integral), issubclass(Fraction, numbers.Number))
try:
    numbers.Integral()
except TypeError as e:
    print(type(e).__name__, str(e).split(" with")[0])
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    for _n in ['__abs__', '__add__', '__and__', '__ceil__', '__eq__', '__floor__', '__floordiv__', '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__neg__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rtruediv__', '__rxor__', '__truediv__', '__trunc__', '__xor__']:
        locals()[_n] = lambda self, *a: NotImplemented
    def __pos__(self): return self.v
m = MyInt(7)
print(m.__index__(), float(m), m.numerator, m.denominator, m.real, m.imag, complex(m), m.conjugate())
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))
print(numbers.Number.__hash__, numbers.__all__)
