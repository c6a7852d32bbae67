from fractions import Fraction as F
print(F(1,3).__reduce__(), F(2,4) is F(2,4), type(F(True)), F(True))
class G(F): pass
g = G(1,2); print(type(g+g), type(-g), type(abs(g)), type(+g), repr(G(3)), g.limit_denominator(), type(g.limit_denominator()))
print(F(1,2).numerator, F(1, 2).real, F(1,2).imag, F(1,2).conjugate(), complex(F(1,2)), float(F(1,3)), int(F(-7,2)), bool(F(0)))
import math; print(math.floor(F(-7,2)), math.ceil(F(-7,2)), math.trunc(F(-7,2)), round(F(-5,2)), round(F(-7,2),0), F(3,4) > F(2,3), F(1,2) >= 0.5, 1 < F(3,2), F(1,2) != 0.5, F(2,1)==2, 0.5==F(1,2), F(1, 2) == 0.5+0j)
print(F(10**20, 3) * 3.0, F(1,2) - 1, 1 - F(1,2), 2 * F(1,3), 2 / F(1,3), 1.0 / F(1,3), F(1,3) ** 2, (-8) ** F(1,3), F(-8) ** F(1,3), F(2) ** -1, 2 ** F(-2), 1j * F(1,2))
print(F(1,3) % 1, 1 % F(1,3), 3.5 % F(1,3), 7 // F(2,3), divmod(7.0, F(2,3)), F(7,3) // 1.0, F(9,4)**0.5)
