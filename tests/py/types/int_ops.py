# int semantics: floor division/modulo signs, bigints, conversions, errors.
vals = [7, -7, 0, 1, -1, 2**31 - 1, -2**31, 2**62, 2**63 - 1, -2**63, 2**64 + 5, -(10**30)]
for a in (7, -7, 2**63 + 1, -(10**25)):
    for b in (2, -3, 10**20, -(2**65)):
        print(a, b, a // b, a % b, divmod(a, b), a * b, a - b)
print(2**100, -2**100, 2**63 * 2**63, (2**64 - 1) & 0xFFFF, (-1) >> 100, 1 << 100 >> 99)
print(pow(3, 200, 10**9 + 7), pow(2, -1, 7), pow(-2, 63), pow(7, 0), 0 ** 0, (-3) ** 3)
print(int("  -123  "), int("ff", 16), int("0x1F", 0), int("0b101", 0), int("z", 36), int("1_000"), int(3.99), int(-3.99))
print(int(True), int("0o17", 8), int(" 12 "), int("-0"), int(2.5e20), int(-1e19))
print(abs(-2**70), -(-2**63), (2**63) // -1, 10**20 // 3, -(10**20) // 3, 10**40 % 7)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_length(), (-1).bit_length())
print((2**100).bit_length(), (12).bit_count(), (-255).bit_count(), int.from_bytes(b"\xff", "big", signed=True))
print(hash(2**61 - 1), hash(2**61), hash(-1), hash(-2), hash(10**30), hash(-(2**64)))
print(7 / 2, -7 / 2, 2**64 / 2, 10**30 / 10**10, 1 / 3, 2 / -4)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-15, -1), round(7), round(2**70, -20))
print(max(vals), min(vals), sum(vals), sorted(vals)[:4])
print(str(2**200), len(str(3**1000)), repr(-0), 0 == -0, 10**18 + 1 == 1000000000000000001)
print(int.__name__, type(2**100).__name__, isinstance(2**100, int), (5).real, (5).imag, (6).numerator, (6).denominator)
print(5 .__add__(3), (5).__radd__(3), (5).__truediv__(2), int.__sub__(9, 4), (3).conjugate())
errors = [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1 / 0, lambda: 2**64 // 0,
          lambda: int("12a"), lambda: int("", 10), lambda: int("9", 8), lambda: int("1", 1),
          lambda: int(float("inf")), lambda: int(float("nan")), lambda: 1 << -1, lambda: pow(2, -1, 4),
          lambda: (300).to_bytes(1, "big"), lambda: int(None), lambda: 1 + "1", lambda: int("1" * 5000),
          lambda: 2 ** 0.5 + (-8) ** 0.5 * 0 + 1 / 0]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(0 ** -1 if False else "skip", 10 ** -2, (-2) ** -2, 2 ** 62 + 2 ** 62, -(2**63) - 1)
x = 1
for i in range(70):
    x *= 3
print(x, x // 3**69, x % 1000007, x.bit_length())
print(0x7FFFFFFFFFFFFFFF + 1, -0x8000000000000000 - 1, 0xFFFFFFFFFFFFFFFF * 0xFFFFFFFFFFFFFFFF)
print(True + True, True * 10, -True, ~True, True & 2, bool(-1), 3 // True)
