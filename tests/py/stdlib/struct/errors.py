# struct: CPython's error types and messages.
import struct

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1), 'L': (0, 2**64 - 1),
          'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1), 'n': (-2**63, 2**63 - 1), 'N': (0, 2**64 - 1)}
for code, (lo, hi) in limits.items():
    for order in '@<>=!':
        if order != '@' and code in 'nN':
            continue
        if order != '@' and code in 'lL':
            lo, hi = (-2**31, 2**31 - 1) if code == 'l' else (0, 2**32 - 1)
        for v in (hi + 1, lo - 1, 2**63, -2**63 - 1, 2**70):
            print(order + code, v, end=' ')
            t(struct.pack, order + code, v)
for v in (1.0, '1', None, b'1'):
    t(struct.pack, 'i', v)
t(struct.pack, 'P', 2**64)

t(struct.pack, 'c', b'ab'); t(struct.pack, 'c', 'a'); t(struct.pack, 'c', 1); t(struct.pack, 'c', bytearray(b'a'))
t(struct.pack, 's', 'x'); t(struct.pack, 'p', 1); t(struct.pack, '3s', [1])
t(struct.pack, 'd', 'x'); t(struct.pack, 'f', '1'); t(struct.pack, 'e', None)
t(struct.pack, '<f', 1e300); t(struct.pack, '>f', -1e300); t(struct.pack, 'f', 1e300); t(struct.pack, '<f', 3.4028235677973366e+38)
t(struct.pack, 'e', 65520.0); t(struct.pack, '<e', -1e10); t(struct.pack, 'e', 2**1000); t(struct.pack, '<f', 2**1000)
t(struct.pack, 'i', 1, 2); t(struct.pack, 'ii', 1); t(struct.pack, 'x', 1); t(struct.pack, '3s', b'a', b'b')

t(struct.unpack, 'i', b'abc'); t(struct.unpack, 'i', b'abcde'); t(struct.unpack, 'i', 'abcd'); t(struct.unpack, 'i', [1, 2, 3, 4])
t(struct.unpack_from, 'i', b'abc', 1); t(struct.unpack_from, 'i', b'abcdef', -2)
t(struct.unpack_from, 'i', b'abcdef', -20); t(struct.unpack_from, 'i', b'abcdef', 10); t(struct.unpack_from, 'i', b'abc')
t(struct.pack_into, 'i', bytearray(5), 2, 1); t(struct.pack_into, 'i', bytearray(5), -7, 1)
t(struct.pack_into, 'i', bytearray(5), 9, 1); t(struct.pack_into, 'i', bytearray(5), 0)
t(struct.pack_into, 'i', b'12345', 0, 1); t(struct.pack_into, 'i', bytearray(5), -2, 1)

for fmt in ['z', '3', '99999999999999999999i', '<3 i', '<n', '>N', '=P', 'i!', '<<i', 'ii@']:
    t(struct.calcsize, fmt)
t(struct.calcsize, 5); t(struct.Struct, 5); t(struct.pack, 5); t(struct.Struct, 'q!')
t(struct.iter_unpack, 'i', b'12345'); t(struct.iter_unpack, '', b''); t(struct.iter_unpack, 'b', 'ab')
t(struct.pack, 'i', x=1)

try:
    struct.unpack('h', b'')
except struct.error as e:
    print('caught struct.error:', e, isinstance(e, Exception), e.args)
