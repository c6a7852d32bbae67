# struct: pack/unpack/calcsize for every format code, byte orders,
# native alignment, counts, s/p/c/?/x, Struct, iter_unpack, *_into/*_from.
import struct

for code in 'bBhHiIlLqQnNefd?cxsp':
    print(code, struct.calcsize(code), struct.calcsize('<' + code) if code not in 'nN' else '-')
print(struct.calcsize('P'))
for fmt in ['ci', 'c0i', '<ci', '@qc', 'bhiq', '>bhiq', '3s2xp', 'i h', '0s', '10c', '=HL', '!d', '', '2e3f']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.calcsize(b'ii'))

vals = {'b': [-128, -1, 0, 127], 'B': [0, 1, 255], 'h': [-32768, 12345, 32767], 'H': [0, 65535],
        'i': [-2**31, -7, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**31, 2**31 - 1], 'L': [2**32 - 1],
        'q': [-2**63, -2, 2**63 - 1], 'Q': [0, 2**64 - 1]}
for code, vs in vals.items():
    for order in '@=<>!':
        for v in vs:
            b = struct.pack(order + code, v)
            back = struct.unpack(order + code, b)
            assert back == (v,), (order, code, v, back)
        print(order + code, struct.pack(order + code, vs[-1]).hex(), struct.pack(order + code, vs[0]).hex())
print(struct.pack('@l', -2**63).hex(), struct.pack('@L', 2**64 - 1).hex())
print(struct.pack('n', -5).hex(), struct.pack('N', 2**64 - 1).hex(), struct.unpack('nN', struct.pack('nN', -5, 7)))
print(struct.pack('P', 12345).hex(), struct.unpack('P', struct.pack('P', -1)))

print(struct.pack('<hi', 1, 2), struct.pack('hi', 1, 2), struct.pack('>hi', 1, 2))
print(struct.pack('<3h', 1, 2, 3), struct.unpack('<3h', b'\x01\x00\x02\x00\x03\x00'))
print(struct.pack('4s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('s', b''), struct.pack('0s', b'xyz'))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('p', b'abc'), struct.pack('0p', b'x'))
print(struct.unpack('5p', b'\x02abcd'), struct.unpack('3p', b'\x09ab'), struct.unpack('4s', b'a\x00b\x00'))
print(struct.pack('s', bytearray(b'q')), struct.pack('c', b'\xff'), struct.unpack('cc', b'ab'))
print(struct.pack('???', 0, 'x', []), struct.unpack('??', b'\x00\x07'))
print(struct.pack('xbx', 5), struct.unpack('2xb', b'\x00\x00\x09'), struct.pack('3x'))
print(struct.pack('b0i', 1), struct.pack('bi', 1, 2), struct.pack('bq', 1, 2))
print(struct.pack('i', True), struct.pack('<q', False))

class Idx:
    def __index__(self):
        return 42
class Flt:
    def __float__(self):
        return 2.5
print(struct.pack('<i', Idx()), struct.pack('<d', Idx()), struct.pack('<f', Flt()), struct.pack('<d', 3))

print(struct.unpack_from('<h', b'\x01\x02\x03\x04', 1), struct.unpack_from('<h', b'\x01\x02\x03\x04'))
print(struct.unpack_from('<h', b'\x01\x02\x03\x04', offset=2), struct.unpack_from('<h', buffer=b'\x05\x06'))
print(struct.unpack_from('<h', b'\x01\x02\x03\x04', -2), struct.unpack_from('b', memoryview(b'\x80\x01'), 1))
buf = bytearray(8)
print(struct.pack_into('<hh', buf, 2, 1, -1), buf)
struct.pack_into('>i', buf, -4, 0x01020304)
print(buf)
print(struct.unpack('<2h', bytearray(b'\x01\x00\x02\x00')), struct.unpack('<h', memoryview(b'\x00\x01')))

s = struct.Struct('<ih')
print(s.format, s.size, type(s).__name__, type(s).__module__)
print(s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2))
b2 = bytearray(8)
s.pack_into(b2, 1, -1, -1)
print(b2)
print(struct.Struct(b'>H').format, struct.Struct(b'>H').pack(258), struct.Struct('').size)

it = struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04\x05\x00\x06')
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__(), list(it), list(it))
print(list(struct.Struct('>H').iter_unpack(b'\x00\x01\x00\x02')), list(struct.iter_unpack('b', b'')))

print(struct.error.__name__, struct.error.__module__, struct.error.__mro__[1].__name__)
print(sorted(struct.__all__))
print(struct.pack('<' + 'i' * 3, *range(3)), struct.pack('@' + '1i2h', 1, 2, 3))
