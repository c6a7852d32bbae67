# float repr, formatting, rounding, special values and errors.
import math
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1.5e-7, 1e-5, 0.0001,
        1e22, 1e23, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 2.5, 1e300 * 10]
for v in vals:
    print(repr(v), str(v), f"{v:.3g}", f"{v:e}" if math.isfinite(v) else "-", round(v, 2) if math.isfinite(v) else "-")
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.005, 2), round(-0.5))
print(round(123.456, -1), round(123.456, 0), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(float("1e3"), float(" -2.5 "), float("inf"), float("-Infinity"), float("nan"), float("1_000.5"), float(7))
print(math.inf > 1e308, math.nan == math.nan, math.nan != math.nan, -math.inf < -1e308, 0.0 == -0.0)
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10), 1 / math.inf)
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2, divmod(-7.5, 2), 2.0 ** 0.5, (-2.0) ** 2, 10.0 ** -2)
print(3.0.is_integer(), 3.5.is_integer(), (0.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"))
print(int(1e20), float(2**63), float(2**1000) == 2.0**1000, 2**53 + 1.0, float(10**20) == 10**20)
print(1.1 + 2.2, 3 * 1.1, 0.1 * 3, 1 - 0.9, 100 * 1.1, sum([0.1] * 10), 1e16 + 1.0, 4.35 * 100)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1.5), hash(1e100) == hash(int(1e100)))
print(1.0 == 1, 1.5 > 1, 2**53 == 2.0**53, 2**53 + 1 == 2.0**53, 1e400 == math.inf)
print(abs(-3.25), -(-0.0), max(1.0, 1), min(1, 1.0), min(-0.0, 0.0), sorted([2.5, -1.0, 0.0, 1e-3]))
print("%.2f %5.1f %-8.3e| %g %G %10.4g|" % (3.14159, 2.25, 12345.678, 0.00001234, 1e-20, 123456789.0))
print(format(1234567.891, ",.2f"), format(0.5, ".0f"), format(1.5, ".0f"), format(-1e-10, ".2f"), format(1e6, ".2e"))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(2.0), type(math.floor(2.0)).__name__)
for f in (lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 2.0 % 0, lambda: math.sqrt(-1), lambda: float("x1"),
          lambda: 10.0 ** 400, lambda: int(math.nan), lambda: round(math.inf), lambda: math.log(0),
          lambda: (-8.0) ** 0.5 > 0, lambda: float("1e500") == math.inf):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = 0.0
for i in range(1000):
    x += 0.001
print(x, round(x, 10), x == 1.0, math.isclose(x, 1.0), math.fsum([0.001] * 1000))
