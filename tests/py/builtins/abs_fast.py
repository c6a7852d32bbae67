# abs(): inline ints (the fast path, up to the 48-bit edges), big ints, bools,
# floats, complex, subclasses with and without __abs__, other numbers, errors.
vals = [0, 1, -1, 5, -5, 2**47 - 1, -(2**47), -(2**47) - 1, 2**47, -(2**63), 2**100, -(2**100), True, False, -0.0, -2.5, float('-inf')]
for v in vals:
    r = abs(v)
    print(repr(v), repr(r), type(r).__name__)
class I(int):
    def __abs__(self):
        return "I.abs"
class J(int):
    pass
print(abs(I(-3)), abs(J(-3)), type(abs(J(-3))).__name__)
print(abs(-7 + 0j), abs(complex(3, -4)))
import fractions, decimal
print(abs(fractions.Fraction(-1, 3)), abs(decimal.Decimal("-1.5")))
for bad in ("x", None, [1]):
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    abs()
except TypeError as e:
    print("TypeError", e)
try:
    abs(1, 2)
except TypeError as e:
    print("TypeError", e)
s = 0
for i in range(-1000, 1000):
    s += abs(i) - abs(-i)
print(s, sum(abs(x - 3) for x in range(10)))
