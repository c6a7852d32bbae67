from decimal import *
c = getcontext()
vals = ['12.0', '12', '-12.0', '-12', '0', '-0', '0.00', 'NaN', '-NaN', 'sNaN', 'NaN5', 'sNaN3', 'Infinity', '-Infinity', '1E+2', '100', '7.5', '-3']
for a in vals:
    row = []
    for b in vals:
        row.append(str(Decimal(a).compare_total(Decimal(b))))
    print(a, ' '.join(row))
def t(f):
    c.clear_flags()
    try: print(repr(f()), c)
    except Exception as e: print(type(e).__name__, e)
for a in ['10', '-10', '10.5', '7', '-7', '0', '1E+30', 'Inf', 'NaN', '1.00']:
    for b in ['3', '-3', '0.7', '2', '0', '1E-3', 'Inf', 'NaN']:
        t(lambda: (Decimal(a).remainder_near(Decimal(b)), Decimal(a).same_quantum(Decimal(b)), Decimal(a).compare_total_mag(Decimal(b))))
        t(lambda: Decimal(a).compare_signal(Decimal(b)))
for a, b in [('7.50', '2'), ('7.5', '-3'), ('-1', '1'), ('Inf', '2'), ('1', '1.5'), ('1', '1E+1'), ('3', '9999999')]:
    t(lambda: Decimal(a).scaleb(Decimal(b)))
print(Decimal('1.5').real, Decimal('1.5').imag, Decimal('1.5').conjugate(), complex(Decimal('2.5')))
