from decimal import *
import decimal
print(Decimal('3.14'), repr(Decimal('3.14')), type(Decimal(1)), Decimal, InvalidOperation, decimal.Context)
print(Decimal(10) ** 20, Decimal(2) ** 100, Decimal('1.5') ** 2, Decimal('-0.1') ** 3, Decimal(3) ** -3)
class MyDec(Decimal):
    pass
m = MyDec('1.5')
print(type(m).__name__, m, type(m + 1).__name__, isinstance(m, Decimal), MyDec(2) == 2)
print(sum([Decimal('0.1')] * 10), sum([Decimal('0.1')] * 10) == 1, Decimal('1.30') + Decimal('1.20'), Decimal('1.30') * Decimal('1.20'))
print(Decimal(7).quantize(Decimal('0.01')), Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN), Decimal('7.325').quantize(Decimal('1.'), rounding=ROUND_UP))
print(max(Decimal('1.5'), 2, Decimal('0.5')), min([Decimal('3'), Decimal('-1')]), sorted([Decimal('1E+1'), Decimal('9'), Decimal('-Infinity')]))
print(Decimal('123.45').as_tuple(), Decimal('-Infinity').as_tuple(), Decimal('NaN').as_tuple(), Decimal('1.5').as_integer_ratio(), Decimal('-0.125').as_integer_ratio())
print(Decimal.from_float(0.25), Decimal.from_float(1), Decimal('1.25').to_eng_string(), Decimal('12345E+3').to_eng_string(), Decimal('1E-7').to_eng_string(), Decimal('0E+4').to_eng_string())
print(Decimal('12.5').copy_sign(Decimal('-1')), Decimal('-2').copy_abs(), Decimal('1E+2').is_finite(), Decimal('Inf').is_infinite(), Decimal('sNaN').is_snan(), Decimal('NaN').is_qnan())
print(Decimal(' 12 '), Decimal('-0'), Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), 0.1 + 0.2 == 0.3)
print(Decimal('10') / Decimal('4'), Decimal('1') / Decimal('8'), Decimal('100') / Decimal('10'), Decimal('1.00') / Decimal('0.5'), Decimal(-7) / 2)
print(getcontext())
