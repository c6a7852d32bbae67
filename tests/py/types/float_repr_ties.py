# repr picks the shortest digits that round-trip; when the exact binary
# value is halfway between two shortest candidates, the even one (as
# CPython's dtoa does).
vals = [-841809529641403.2, 2**-25, 2**-26, 2**-30 * 3, 0.125 * 10**16 + 0.25,
        1.5e-07, 9007199254740993.0, 2.5, 0.3, 1e22, 1e23, 5e-324, 2**63 + 2**11]
for e in range(-40, 40, 7):
    for m in (1, 3, 5, 7, 1001):
        vals.append(m * 2.0 ** e + 0.25 * 2.0 ** e)
for v in vals:
    print(repr(v), str(-v), float(repr(v)) == v)
x = 12345
for i in range(300):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    v = (x >> 11) / 2**53 * 10.0 ** ((x % 40) - 20)
    print(repr(v))
