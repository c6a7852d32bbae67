from decimal import *
class R:
    def __init__(self): self.s = 987654321
    def next(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.s >> 20) % n
r = R()
def rnd_dec():
    k = r.next(10)
    if k == 0: return Decimal(0) if r.next(2) else Decimal('-0.00')
    digits = ''.join(str(r.next(10)) for _ in range(1 + r.next(35)))
    exp = r.next(40) - 20
    sign = '-' if r.next(3) == 0 else ''
    return Decimal(sign + digits + 'E' + str(exp))
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
def show(f):
    try: return str(f())
    except Exception as e: return type(e).__name__ + str(e)
for i in range(500):
    ctx = Context(prec=1 + r.next(30), rounding=modes[r.next(8)], traps=[])
    a, b = rnd_dec(), rnd_dec()
    out = [show(lambda: ctx.add(a, b)), show(lambda: ctx.subtract(a, b)), show(lambda: ctx.multiply(a, b)), show(lambda: ctx.divide(a, b)),
           show(lambda: ctx.divide_int(a, b)), show(lambda: ctx.remainder(a, b)), show(lambda: ctx.sqrt(a.copy_abs())), show(lambda: ctx.plus(a)),
           show(lambda: a.quantize(Decimal('1E' + str(r.next(10) - 5)), context=ctx)), show(lambda: ctx.normalize(b)), show(lambda: a.to_integral_exact(context=ctx)),
           show(lambda: ctx.power(a, r.next(7) - 3)), show(lambda: a.compare(b)), show(lambda: a.max(b)), show(lambda: ctx.min(a, b)), show(lambda: ctx.create_decimal(str(b))),
           show(lambda: a < b), show(lambda: a == b), show(lambda: hash(a) == hash(float(a)) or a != float(a)), show(lambda: a.to_eng_string()), show(lambda: format(a, '.3f')), show(lambda: format(b, '.4e')), show(lambda: format(a, ',.5g'))]
    print(i, ctx.prec, ctx.rounding, a, b, ' | '.join(out))
    print(' ', ctx.flags.__repr__() if i % 50 == 0 else '', ctx)
