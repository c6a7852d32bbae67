# UNARY_NEGATIVE / UNARY_INVERT fast paths: small ints at the edges of the
# inline range, floats with NaN / inf / -0.0, and every fallback (bools,
# big ints, subclasses, user dunders, errors).
import math


def neg(x):
    return -x


def inv(x):
    return ~x


def pos(x):
    return +x


for _ in range(3):
    for v in [0, 1, -1, 7, 2**47 - 1, -(2**47), 2**47, -(2**47) - 1, 2**62, -(2**62), 2**63 - 1, -(2**63), 2**64, -(2**64)]:
        print(v, neg(v), inv(v), pos(v), type(neg(v)).__name__)

for v in [0.0, -0.0, 1.5, -2.25, float("inf"), float("-inf"), 1e308, 5e-324]:
    r = neg(v)
    print(repr(v), repr(r), math.copysign(1.0, r))
r = neg(float("nan"))
print(r, math.copysign(1.0, r), math.copysign(1.0, neg(-float("nan"))))

print(neg(True), neg(False), inv(True), inv(False), pos(True), type(pos(True)).__name__)


class I(int):
    def __neg__(self):
        return "I.neg"

    def __invert__(self):
        return "I.inv"


class F(float):
    pass


class J(int):
    pass


print(neg(I(3)), inv(I(3)), neg(J(4)), type(neg(J(4))).__name__, inv(J(4)))
print(neg(F(2.5)), type(neg(F(2.5))).__name__)
print(neg(complex(1, -2)), neg(3j))

for bad in ["s", [1], None, 2.5]:
    try:
        print(inv(bad))
    except TypeError as e:
        print("TypeError", e)
for bad in ["s", [1], None]:
    try:
        print(neg(bad))
    except TypeError as e:
        print("TypeError", e)

total = 0
for i in range(-50, 50):
    total += -i + ~i - (-(-i))
print(total)
