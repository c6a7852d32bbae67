from decimal import *
import decimal, math
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['1_000', '_1', '1__0', '1_.5', '1._5', '1e1_0', ' 1 ', '1 2', '+.5', '5.', '.', 'e5', '1e', '-Inf', 'infinity', 'Infinit', 'nan', '-snan12', 'nan1_2', 'NaN0', '0.000', '-0E-3', '1E+3', '12345E-12', 'sNaN0012', '1.2.3', '', '1_', '123456789012345678901234567890.123', '1e-7', '0.000001', '0.0000001', '-1.5e+10', '1E+999999', '0E-1000026']:
    t(lambda: (Decimal(s), str(Decimal(s)), Decimal(s).as_tuple()))
t(lambda: Decimal('abc')); t(lambda: Decimal(1)/0); t(lambda: Decimal(0)/0); t(lambda: Decimal('9e999999')*10); t(lambda: Decimal('1e-999999')/10**30)
t(lambda: Decimal(2)**-1); t(lambda: Decimal(10)**-2); t(lambda: Decimal('1.0')**2); t(lambda: Decimal(3)**-1); t(lambda: Decimal('1.1')**30); t(lambda: Decimal(0)**0); t(lambda: Decimal(0)**-1); t(lambda: Decimal('-1.5')**3); t(lambda: Decimal('-2')**-3); t(lambda: Decimal(7)**50); t(lambda: Decimal('0.5')**-10); t(lambda: pow(Decimal(3), 100, 7)); t(lambda: Decimal(2) ** Decimal('1E+1'))
t(lambda: Decimal(1) + 1.5); t(lambda: 1.5 + Decimal(1)); t(lambda: Decimal(1) < 1.5); t(lambda: Decimal(1) == 1.0); t(lambda: Decimal('NaN') < 1); t(lambda: Decimal('NaN') == 1); t(lambda: Decimal('sNaN') == 1); t(lambda: hash(Decimal('sNaN')))
t(lambda: Decimal('1.5').quantize(Decimal('1e10'))); t(lambda: Decimal('123.456').quantize(Decimal('1e5'))); t(lambda: Decimal(10)**30 // 3); t(lambda: Decimal(10)**30 % Decimal('0.3')); t(lambda: Decimal(-7) % 2); t(lambda: Decimal(-7) // 2); t(lambda: divmod(Decimal(-7), 2)); t(lambda: Decimal(7) % 0); t(lambda: Decimal(7) // 0); t(lambda: Decimal(0) // 0)
t(lambda: Decimal(-4).sqrt()); t(lambda: Decimal((0, (1, 2), -1))); t(lambda: Decimal((0, (1, 12), -1))); t(lambda: Decimal((2, (1,), 0))); t(lambda: Decimal((0, (1,), 'F'))); t(lambda: Decimal([1])); t(lambda: Decimal(1+1j)); t(lambda: Decimal((1, (), 'n'))); t(lambda: Decimal((1, (0,1), 'N')))
t(lambda: getcontext()); t(lambda: Decimal(1).as_tuple()); t(lambda: int(Decimal('NaN'))); t(lambda: int(Decimal('-Inf'))); t(lambda: round(Decimal('2.5'))); t(lambda: round(Decimal('2.567'), 2)); t(lambda: round(Decimal('Inf'))); t(lambda: float(Decimal('sNaN'))); t(lambda: Decimal(1.1)); t(lambda: Decimal(float('nan'))); t(lambda: Decimal(-0.0))
t(lambda: Decimal('1e5').quantize(Decimal(1), rounding='bogus')); t(lambda: Context(prec=0)); t(lambda: setattr(getcontext(), 'prec', -1)); t(lambda: Decimal('-0') + Decimal('0')); t(lambda: Decimal('1') - Decimal('1')); t(lambda: Decimal('-1.50') + Decimal('1.5'))
print(BasicContext, ExtendedContext, DefaultContext, sep='\n')
print([c.__name__ for c in InvalidOperation.__mro__], [c.__name__ for c in DivisionUndefined.__mro__], [c.__name__ for c in Underflow.__mro__], [c.__name__ for c in FloatOperation.__mro__], [c.__name__ for c in ConversionSyntax.__mro__], [c.__name__ for c in DivisionByZero.__mro__])
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR, ROUND_05UP, repr(ROUND_HALF_EVEN))
getcontext().clear_flags()
vals = ['0', '1', '-1', '2.5', '-2.5', '3.5', '0.125', '-0.125', '1.05', '-1.15', '9.995', '123.456', '-0.0051', '99.5', '1E+2', '12345678901234567890.5']
for mode in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(mode, [str(Decimal(v).quantize(Decimal('0.1'), rounding=mode)) for v in vals], [str(Decimal(v).to_integral_value(rounding=mode)) for v in vals])
print(getcontext())
for a in ['1', '-3', '0.1', '2.50', '-0', '1E+2', '7', '1234567890123456789012345678901234', '0.3333', 'Infinity', '-Infinity', 'NaN']:
    for b in ['3', '-0.7', '1E-3', '0', '2.5000', '-Infinity', '1E+30']:
        A, B = Decimal(a), Decimal(b)
        row = []
        for op in (lambda: A + B, lambda: A - B, lambda: A * B, lambda: A / B, lambda: A // B, lambda: A % B, lambda: A < B, lambda: A == B, lambda: A.compare(B), lambda: A.max(B), lambda: A.min(B)):
            try: row.append(str(op()))
            except Exception as e: row.append(type(e).__name__ + str(e))
        print(a, b, ' '.join(row))
print(getcontext())
getcontext().clear_flags()
for v in ['2', '4', '0.04', '1E+3', '1E+4', '10', '0', '-0', '0.0001', '123456789', '2.25', '1E-7', '15241578750190521']:
    t(lambda: Decimal(v).sqrt()); t(lambda: Decimal(v).normalize()); t(lambda: (Decimal(v).adjusted(), Decimal(v).is_normal(), Decimal(v).number_class()))
for x in [Decimal('1.5'), Decimal(2), Decimal('0.1'), Decimal(-3), Decimal('1E+30'), Decimal('-0.000'), Decimal('Infinity'), Decimal('-Infinity'), Decimal('1E-30'), Decimal('123.4560')]:
    print(hash(x), x.as_integer_ratio() if x.is_finite() else '-', float(x), int(x) if x.is_finite() else '-', math.floor(x) if x.is_finite() else '-', math.ceil(x) if x.is_finite() else '-', hash(x) == hash(float(x)) if x.is_finite() else '-', bool(x), -x, +x, abs(x), x.copy_negate(), x.is_signed(), x.is_zero())
print(hash(Decimal(1)) == hash(1), hash(Decimal('0.5')) == hash(0.5), {Decimal('1.0'): 'a'}[1], Decimal(1) == 1, Decimal('0.1') == 0.1, Decimal('0.5') == 0.5, sorted([Decimal('2.1'), 1, Decimal('-1'), 0.5]))
from fractions import Fraction
print(Decimal('0.5') == Fraction(1, 2), Decimal('0.3') < Fraction(1, 3), Fraction(Decimal('1.25')), Fraction(1, 3) > Decimal('0.3'))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, Decimal('1.23456789') + 0, +Decimal('1.23456789'), ctx.prec)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3, Decimal('9.99999') * 1)
print(getcontext().prec, Decimal(1) / 7)
with localcontext(prec=3):
    print(Decimal(22) / 7)
getcontext().prec = 6
print(Decimal(1) / 3, Decimal('123456789') * 1)
getcontext().prec = 28
print(Decimal(1) / 3)
getcontext().traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, getcontext().flags[DivisionByZero])
getcontext().traps[InvalidOperation] = False
print(Decimal(0) / 0, Decimal('x'), Decimal('NaN') < 1, Decimal(-1).sqrt())
setcontext(DefaultContext)
print(getcontext())
c = Context(prec=4, rounding=ROUND_HALF_UP, traps=[Inexact])
t(lambda: c.divide(Decimal(1), Decimal(3))); t(lambda: c.add(1, 2)); print(c)
c2 = getcontext().copy(); c2.prec = 3; print(c2.create_decimal('1.23456'), c2.power(Decimal(2), 10), c2.multiply(3, Decimal('1.5')))
getcontext().traps[Inexact] = True
t(lambda: Decimal(1) / 3)
getcontext().traps[Rounded] = True
t(lambda: Decimal(1) / 3)
setcontext(Context())
for spec in ['', '.2f', '10.3f', '<10', '^12.1f', '+.3e', ',.2f', '_', '012,.2f', '.0f', '.3g', 'g', '%', '.1%', 'e', 'E', '.2E', '08.2f', '*>15,.3f', ' .1f', '.10g', '.0e', 'z.1f', '#.0f', 'F', 'G', '.1g']:
    for v in ['1234567.891', '-0.00012345', '0', '-0.04', '1E+3', '100', '12345678901234567890', 'Infinity', '-NaN', '2.5', '0.000000123']:
        try: r = format(Decimal(v), spec)
        except Exception as e: r = type(e).__name__ + ':' + str(e)
        print(repr(spec), v, repr(r))
print(f'{Decimal("19.999"):.2f} {Decimal("3.14159"):8.3f}|')
for f in [lambda: round(Decimal('NaN')), lambda: math.floor(Decimal('NaN')), lambda: math.ceil(Decimal('-Inf')), lambda: round(Decimal('NaN'), 2), lambda: round(Decimal('Inf'), 2), lambda: format(Decimal('0'), '.3e'), lambda: format(Decimal('0E+5'), '.3e'),lambda: format(Decimal('0.00'), 'e'), lambda: format(Decimal('Inf'), '*>12'), lambda: format(Decimal('Inf'), '012'),  lambda: format(Decimal('-Inf'), '=12'), lambda: format(Decimal('-Inf'), '012'), lambda: format(Decimal('NaN'), '+'), lambda: format(Decimal('1'), 'x'), lambda: format(Decimal('1.5'), '.0g'), lambda: format(Decimal('15'), '.0'), lambda: format(Decimal('15'), '.1'), lambda: format(Decimal('0.0001234'), '.2'), lambda: format(Decimal('12345'), '.2'), lambda: format(Decimal('1.2'), '.5'), lambda: format(Decimal('1.2'), 'n'), lambda: format(Decimal('1234.5'), ',')]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
c = getcontext()
c.traps[InvalidOperation]=False
Decimal(-1).sqrt(); Decimal(1)/3; print(c)
c.clear_flags(); c.flags[InvalidOperation]=True; Decimal(1)/3; print(c); print(c.flags)
c.clear_flags(); Decimal('x'); Decimal(1)/0 if 0 else 0; print(c)
setcontext(Context())
t(lambda: Decimal('NaN') < 1); t(lambda: Decimal(1) > Decimal('sNaN')); t(lambda: Decimal('sNaN') + 1); t(lambda: Decimal('NaN5') * 2); t(lambda: Decimal('NaN') + Decimal('sNaN7'))
print(Decimal(1).exp.__name__ if hasattr(Decimal, 'exp') else '')
