from fractions import Fraction as F
import math
for s in ['1 / 3', '1/3 ', '+.5e1', '1_0.0_1', '1__0', '_1', '1/', '.', '1e', '1.5/2', '\u0661/2', 'inf', '1E+2', ' -2 ', '3/4', '1.5', '-1.25e-2', '', '+', '1/0']:
  try: print(repr(s), repr(F(s)))
  except Exception as e: print(repr(s), type(e).__name__, e)
print(hash(1<<61), hash(-(1<<70)), hash(F(1,3)), hash(F(-1,3)), hash(0.5), hash(F(1,2)), hash(F(5)), hash(F(-1)), hash(F(1, 2**61-1)), hash(F(10**30, 7)), hash(F(1,10)) == hash(F(1,10)))
print({F(1,2): 'a'}[0.5], {1.5: 'b'}[F(3,2)], {3: 'c'}[F(3)])
for f in [lambda: F(1,2)/F(0), lambda: F(1,0), lambda: F(0)**-1, lambda: F(-2,3)**-2, lambda: F(2,3)**F(1,2), lambda: 2**F(1,2), lambda: F(4)**0.5, lambda: F(1,2)**(1+1j),lambda: F('1e-3'), lambda: F(1.5), lambda: F(float('inf')), lambda: F(float('nan')), lambda: F([]), lambda: F(1, 2.0), lambda:F(1,2)%F(1,3), lambda: divmod(F(7,2), F(2,3)), lambda: F(7,2)//0, lambda: F(7,2)%0, lambda: round(F(5,2)), lambda: round(F(7,2)), lambda: round(F(12345,100), -1), lambda: round(F(1,3), 2), lambda: F(3.14159).limit_denominator(100), lambda: F(1,3).limit_denominator(0), lambda: format(F(1,3), '.2f'), lambda: F(1,2) == 0.5, lambda: F(1,2) < float('nan'), lambda: F(1,2) + 1j, lambda: 1.0 + F(1,2), lambda: F(1,2) < 'a', lambda: F.from_float(1), lambda: F.from_float('1'), lambda: F(1,2) + 'a', lambda: 'a' * F(1), lambda: F(0.1), lambda: F(0.1).limit_denominator(10), lambda: F(math.pi).limit_denominator(1000), lambda: F(-math.pi).limit_denominator(7), lambda: F(1, 2).as_integer_ratio(), lambda: F(F(1,2), F(1,3)), lambda: F(3, -6), lambda: F(-0.0), lambda: F(1,3) < F(1,2) <= F(1,2), lambda: sorted([F(1,2), 0.25, 1, F(-3,4)]), lambda: sum([F(1,3)]*3), lambda: F(1,3) == 1/3, lambda: F(1,2) > float('inf'), lambda: F(1,2) == float('inf'), lambda: F(2)**F(3), lambda: F(-1,2)**-3, lambda: max(F(1,3), 0.3), lambda: str(F(-3)), lambda: F('3/4') + F(' -2 '), lambda: 7 % F(-2,3), lambda: F(-7, 2) // F(2, 3), lambda: F(1,2).__ceil__(), lambda: F(1,2) ** 2.0]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)

