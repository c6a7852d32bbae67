from decimal import Decimal, getcontext
class R:
    def __init__(self): self.s = 2024
    def next(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.s >> 20) % n
r = R()
for i in range(1500):
    digits = str(r.next(10 ** (1 + r.next(15))))
    v = ('-' if r.next(3) == 0 else '') + digits + 'E' + str(r.next(30) - 18)
    fill = ['', '*', '0', ' '][r.next(4)]
    align = ['', '<', '>', '^', '='][r.next(5)]
    if fill and not align:
        fill = ''
    sign = ['', '+', '-', ' '][r.next(4)]
    zero = '0' if r.next(5) == 0 else ''
    width = str(r.next(25)) if r.next(2) else ''
    comma = ',' if r.next(4) == 0 else ''
    prec = ('.' + str(r.next(12))) if r.next(3) else ''
    kind = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%'][r.next(8)]
    spec = fill + align + sign + zero + width + comma + prec + kind
    try:
        out = format(Decimal(v), spec)
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    print(i, v, repr(spec), repr(out))
