from decimal import *
c = getcontext()
tests = ['Decimal(4) ** Decimal("0.5")', 'Decimal("0.25") ** Decimal("0.5")', 'Decimal(8) ** Decimal("1.0")', 'Decimal(1) ** Decimal("0.3")', 'Decimal(10) ** Decimal("0.5")', 'Decimal("1.0").ln()', 'Decimal(1).ln()', 'Decimal(0).ln()', 'Decimal("1E-5").exp()', 'Decimal("1E-40").exp()', 'Decimal("-1E-40").exp()', 'Decimal("0.00").exp()', 'Decimal(100).log10()', 'Decimal("1000E-1").log10()', 'Decimal("0.001").log10()', 'Decimal(2).log10()', 'Decimal("1.0000000000000000000000000001").ln()', 'Decimal(1000).exp()', 'Decimal(3000000).exp()', 'Decimal(-3000000).exp()', 'Decimal("Inf").ln()', 'Decimal(-1).ln()', 'Decimal("-Inf").exp()', 'Decimal(0) ** Decimal("0.5")', 'Decimal("-8") ** Decimal("0.5")', 'Decimal(10).log10()', 'Decimal("1E+2") ** Decimal("0.5")', 'Decimal(2).exp()', 'Decimal("2.5").ln()', 'Decimal("Infinity") ** Decimal("0.5")', 'Decimal("0.5") ** Decimal("Infinity")', 'Decimal(2) ** Decimal("-0.5")', 'Decimal(4) ** Decimal("1.5")', 'Decimal(1).exp()', 'Decimal(-1).exp()', 'Decimal("0.1").ln()', 'Decimal("123456.789").ln()', 'Decimal("1E-999").ln()', 'Decimal("9.99E+999").log10()', 'Decimal("0.5").log10()', 'Decimal("1.05") ** Decimal("12.5")', 'Decimal("1.000001") ** Decimal("1000000.5")', 'Decimal(0) ** Decimal("-0.5")', 'Decimal(7).logb()', 'Decimal("0.001234").logb()', 'Decimal(0).logb()', 'Decimal("230.5").exp()', 'Decimal("-230.5").exp()', 'Decimal("0.9999999999").ln()', 'Decimal("3.7").log10()']
def run():
    for f in tests:
        c.clear_flags()
        try: print(f, repr(eval(f)), c.flags[Inexact], c.flags[Rounded], c.flags[Underflow], c.flags[Clamped])
        except Exception as e: print(f, type(e).__name__, e)
run()
class R:
    def __init__(self): self.s = 4242
    def next(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.s >> 20) % n
r = R()
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
for i in range(400):
    ctx = Context(prec=1 + r.next(40), rounding=modes[r.next(8)], traps=[])
    x = Decimal(str(r.next(10**(1 + r.next(12)))) + 'E' + str(r.next(20) - 12)) if i % 3 else Decimal('1.' + '0' * r.next(15) + str(1 + r.next(999)))
    y = Decimal(str(r.next(200000) - 100000) + 'E-' + str(1 + r.next(6)))
    out = []
    for f in (lambda: ctx.exp(x), lambda: ctx.exp(-x), lambda: ctx.ln(x), lambda: ctx.log10(x), lambda: ctx.power(x, y)):
        try: out.append(str(f()))
        except Exception as e: out.append(type(e).__name__)
    print(i, ctx.prec, ctx.rounding, x, y, out, ctx.flags[Inexact], ctx.flags[Underflow])
