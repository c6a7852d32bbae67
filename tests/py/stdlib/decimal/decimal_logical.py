from decimal import *
c = Context(prec=9, traps=[])
def t(f):
    c.clear_flags()
    try: print(repr(f()), c.flags[InvalidOperation])
    except Exception as e: print(type(e).__name__, e)
vals = ['0', '1', '10', '1101', '110100111', '1111111111', '12', '-1', '1E+1', '1.0', 'NaN', 'Inf']
for a in vals:
    for b in ['0', '1', '1010', '111']:
        t(lambda: (c.logical_and(Decimal(a), Decimal(b)), c.logical_or(Decimal(a), Decimal(b)), c.logical_xor(Decimal(a), Decimal(b))))
    t(lambda: c.logical_invert(Decimal(a)))
for a in ['34', '12345678', '123456789', '-7.5', '0', 'Inf', 'NaN', '1E+5']:
    for n in ['0', '1', '-1', '3', '-3', '9', '-9', '10', '2.5', 'Inf']:
        t(lambda: (c.shift(Decimal(a), Decimal(n)), c.rotate(Decimal(a), Decimal(n))))
for a, b in [('1', '-2'), ('-3', '3'), ('3', '-3'), ('NaN', '5'), ('-7', '2.5'), ('1.0', '1')]:
    t(lambda: (c.max_mag(Decimal(a), Decimal(b)), c.min_mag(Decimal(a), Decimal(b)), Decimal(a).max_mag(Decimal(b)), Decimal(a).min_mag(Decimal(b))))
t(lambda: (c.fma(2, 3, 4), c.logb(Decimal('250')), c.next_plus(1), c.next_toward(1, 2), c.number_class(Decimal('-0')), c.is_normal(Decimal('1E-999999')), c.is_subnormal(Decimal('1E-1000000')), c.same_quantum(Decimal('1.0'), Decimal('2.0')), c.scaleb(Decimal('1.5'), 3), c.copy_sign(Decimal(3), Decimal(-1)), c.compare_total(Decimal(1), Decimal('1.0')), c.canonical(Decimal(2)), c.is_qnan(Decimal('NaN')), c.copy_decimal(Decimal('5'))))
t(lambda: c.shift(1))
t(lambda: c.compare_signal(Decimal(1), Decimal('NaN')))
