from decimal import *
from fractions import Fraction as F
n, m = 144444444444444444444444444368888888888888888888888888899, 450000000000000000000000000000000000000000000000000000000
q = Decimal(n)/Decimal(m)
print(q, q.sqrt(), Decimal(n), Decimal(m))
root = q.sqrt()
print(root.next_plus(), root.next_minus(), root.as_integer_ratio())
for v in ['1', '0', '-1', '1.5', '1E-1000026']:
    for o in ['2', '-5', '1', '0']:
        getcontext().clear_flags()
        print(v, o, Decimal(v).next_toward(Decimal(o)), getcontext())
from decimal import *
c = getcontext()
for v in ['1', '0', '-1', '1.5', '9.999999999999999999999999999', '1E-1000026', '1E-1000020', 'Infinity', '-Infinity', '-0.00', '0.5665577237325316477809137898']:
    for op in ('next_plus', 'next_minus'):
        c.clear_flags()
        r = getattr(Decimal(v), op)()
        print(v, op, r, c)
