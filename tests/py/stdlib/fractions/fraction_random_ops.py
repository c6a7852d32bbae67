from fractions import Fraction as F
import math
class R:
    def __init__(self): self.s = 31337
    def next(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.s >> 20) % n
r = R()
def num():
    k = r.next(4)
    if k == 0: return F(r.next(2001) - 1000, 1 + r.next(999))
    if k == 1: return r.next(201) - 100
    if k == 2: return (r.next(20001) - 10000) / 64
    return F(str(r.next(100)) + '.' + str(r.next(1000)))
def show(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ': ' + str(e)
for i in range(300):
    a, b = num(), num()
    if not isinstance(a, F): a, b = F(a) if r.next(2) else a, b
    ops = [lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b),
           lambda: a < b, lambda: a == b, lambda: a >= b, lambda: hash(a) == hash(float(a)) if float(a) == a else None,
           lambda: round(a), lambda: round(a, 2), lambda: round(a, -1), lambda: math.floor(a), lambda: math.ceil(a), lambda: int(a),
           lambda: a ** 2, lambda: a ** -1, lambda: abs(a) ** F(1, 2), lambda: F(a).limit_denominator(7), lambda: str(a), lambda: float(a)]
    print(i, repr(a), repr(b), ' | '.join(show(f) for f in ops))
for a in [F(-3, 4), F(0), -5, F(7, 3), 2.5]:
    for b in [F(0), 0]:
        print(show(lambda: a / b), show(lambda: b / a if a else None))
