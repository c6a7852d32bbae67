# struct: e (half), f and d floats, rounding and special values.
import struct, math

for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1/3, 65504.0, 65519.0, 6.1e-5, 5.960464477539063e-08,
          2.0**-25, 2.0**-25 * 1.0000001, 2.0**-24 * 1.5, 2.0**-24 * 2.5, 1 + 2.0**-11, 1 + 3 * 2.0**-11,
          1 + 2.0**-11 + 2.0**-30, 2049.0, 2051.0, 4097.0, math.inf, -math.inf]:
    b = struct.pack('<e', v)
    print(v.hex(), b.hex(), struct.unpack('<e', b)[0].hex(), struct.pack('>e', v).hex())
print(struct.pack('<e', math.nan).hex(), struct.pack('<e', -math.nan).hex(), struct.unpack('<e', b'\x00\x7e')[0])
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x03'))

# every half-precision bit pattern decodes and re-encodes to itself
bad = 0
total = 0.0
for h in range(0x10000):
    x = struct.unpack('<H', struct.pack('<H', h))[0]
    f = struct.unpack('<e', struct.pack('<H', h))[0]
    if f != f:
        continue
    total += abs(f) if f not in (math.inf, -math.inf) else 0
    if struct.unpack('<H', struct.pack('<e', f))[0] != x:
        bad += 1
print('half round trip mismatches:', bad, total)

# ties between neighbouring halves go to even
ties = []
for h in range(0x3c00, 0x3c10):
    lo = struct.unpack('<e', struct.pack('<H', h))[0]
    hi = struct.unpack('<e', struct.pack('<H', h + 1))[0]
    mid = (lo + hi) / 2
    ties.append(struct.unpack('<H', struct.pack('<e', mid))[0] - 0x3c00)
print(ties)

for v in [0.1, 1e38, 3.4028234663852886e+38, 1e-45, 1e-46, -0.0, 16777217.0, math.inf]:
    print(repr(v), struct.pack('<f', v).hex(), struct.unpack('<f', struct.pack('<f', v))[0], struct.pack('>f', v).hex())
print(struct.pack('f', 1e300).hex(), struct.pack('<f', math.nan).hex())
for v in [0.1, -1e308, 5e-324, math.pi]:
    print(repr(v), struct.pack('<d', v).hex(), struct.pack('!d', v).hex(), struct.unpack('>d', struct.pack('>d', v))[0] == v)
print(math.isnan(struct.unpack('<d', struct.pack('<d', math.nan))[0]))
