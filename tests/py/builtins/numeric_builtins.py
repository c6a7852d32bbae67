# Numeric builtins and conversions: round, divmod, pow, abs, int/float/str/hex/oct/bin/format.
for v in (0, 1, -1, 255, -256, 2**40, 10**20):
    print(v, hex(v), oct(v), bin(v), format(v, "08x"), format(v, ","), str(v).rjust(12), f"{v:e}")
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1e-10, 123.456):
    print(v, round(v), round(v, 1), round(v, 2), int(v), abs(v), -v, v * 2, v / 3)
print(divmod(-17, 5), divmod(17.5, -5), divmod(2**70, 3**20), pow(3, 4, 5), pow(-3, 3, 7), pow(10, -2))
print(int("  42\n"), int("-0b11", 0), float("  .5"), float("5."), str(0.1 + 0.7), str(-1e-5), str(1e16), str(12.0))
print(complex(1, 2), complex(1, 2) * 2, abs(3 + 4j), (1 + 2j).real, (2j) ** 2, 1j * 1j == -1)
print(max(2, 2.0), min(2.0, 2), max(True, 1), 3 == 3.0, sorted([3, 1.5, True, -2]), sum([True, True, 1.5]))
print(bool(0.0), bool(-0.0), bool(1e-300), 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, int(True) + int(False))
print(isinstance(1, float), isinstance(1.0, int), float.is_integer(2.0), (10).__index__(), 7 .bit_length())
print(ord(max("xyz")), chr(ord("a") + 25), sum(map(ord, "abc")), hash(1) == hash(1.0) == hash(True))
for f in (lambda: round("1"), lambda: divmod(1, 0.0), lambda: pow(0, -1), lambda: abs(None), lambda: int("1.5"),
          lambda: float("1,5"), lambda: hex(1.5), lambda: chr(0x110000), lambda: complex("x"), lambda: round(1.5, "x")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
