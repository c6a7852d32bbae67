# Huge-by-huge floor division and modulo with small quotients (the linear
# small-quotient path) and its fallbacks: signs, small divisors, large
# quotients, exact multiples, estimates off by one, subclasses, bools.

def check(a, b):
    q, r = a // b, a % b
    assert q * b + r == a, (a, b)
    print(q, r % 1000003, type(q).__name__, type(r).__name__)

# Deterministic pseudo-random operands (an LCG, no random module).
state = 12345
def nxt(bits):
    global state
    v = 0
    for _ in range((bits + 31) // 32):
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        v = (v << 32) | (state >> 32)
    return v >> (((bits + 31) // 32) * 32 - bits) | (1 << (bits - 1))

for abits, bbits in [(200, 190), (300, 300), (300, 299), (1000, 940), (1000, 941),
                     (1000, 939), (129, 129), (190, 130), (4000, 3990), (4000, 3940)]:
    for _ in range(4):
        check(nxt(abits), nxt(bbits))

# Quotient at the 2**61 boundary and just below/above.
b = (1 << 200) + 12345
for q in [1, 2, (1 << 61) - 1, 1 << 61, (1 << 61) + 1, (1 << 62) + 7]:
    for extra in [0, 1, b - 1]:
        check(q * b + extra, b)

# Estimates that are off by one: divisor with all-ones / all-zeros tails.
for b in [(1 << 300) - 1, (1 << 300) + 1, ((1 << 64) - 1) << 236, (1 << 299) | 1]:
    for a in [b * 5 - 1, b * 5, b * 5 + 1, b * 7 + b - 1, (1 << 350) - 1]:
        check(a, b)

# a < b, a == b, a == 0.
big = 3 ** 500
check(big - 1, big)
check(big, big)
check(0, big)

# Signs go through the general path.
for sa in (1, -1):
    for sb in (1, -1):
        check(sa * (7 * big + 5), sb * big)
        check(sa * (7 * big), sb * big)

# Small divisors and large quotients.
check(7 ** 300, 10)
check(7 ** 300, 7 ** 100)
check(7 ** 300, 2 ** 128 + 1)

# Subclasses and bools return exact ints.
class I(int):
    pass
x = I(7 * big + 3)
print(type(x // big).__name__, x // big, type(x % I(big)).__name__, (x % I(big)) % 1000003)
print(True // 1, (big + True) % big, divmod(5 * big + 2, big)[0])
try:
    big // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    big % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
