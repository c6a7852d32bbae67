import binascii

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

data = b'\x01\xab\xff\x00\x11'
show(lambda: binascii.hexlify(data))
show(lambda: binascii.hexlify(data, '-'))
show(lambda: binascii.hexlify(data, b':', 2))
show(lambda: binascii.hexlify(data, ':', -2))
show(lambda: binascii.hexlify(data, ' ', 3))
show(lambda: binascii.hexlify(data, ' ', -3))
show(lambda: binascii.hexlify(data, sep='|', bytes_per_sep=10))
show(lambda: binascii.hexlify(b'', ':'))
show(lambda: binascii.hexlify(bytearray(b'xy')))
show(lambda: binascii.hexlify(memoryview(b'xyz')[1:]))
show(lambda: binascii.b2a_hex(bytearray(b'xy'), sep='_', bytes_per_sep=1))
show(lambda: binascii.hexlify(b'ab', '::'))
show(lambda: binascii.hexlify(b'ab', ''))
show(lambda: binascii.hexlify('ab'))
show(lambda: binascii.hexlify(5))
show(lambda: binascii.unhexlify(b'01abFF'))
show(lambda: binascii.unhexlify('01abFF'))
show(lambda: binascii.a2b_hex(bytearray(b'cafe')))
show(lambda: binascii.unhexlify(''))
show(lambda: binascii.unhexlify('01a'))
show(lambda: binascii.unhexlify('0g'))
show(lambda: binascii.unhexlify('zz'))
show(lambda: binascii.unhexlify('\u00e91'))
show(lambda: binascii.a2b_hex(5))

for args in [(b'',), (b'hello',), (b'hello', 12345), (b'hello', -1), (b'hello', 2**32 + 5),
             (b'The quick brown fox jumps over the lazy dog',), (bytes(range(256)) * 10,)]:
    print('crc32', binascii.crc32(*args))
print(binascii.crc32(b' world', binascii.crc32(b'hello')) == binascii.crc32(b'hello world'))
show(lambda: binascii.crc32('hello'))
show(lambda: binascii.crc32())
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'123456789', 0xffff), binascii.crc_hqx(b'', 7))

for raw in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))]:
    enc = binascii.b2a_base64(raw)
    print(enc, binascii.b2a_base64(raw, newline=False) == enc[:-1], binascii.a2b_base64(enc) == raw)

for s in ['aGVsbG8=\n', 'aGVsbG8', 'aGVsbG', 'a', 'aGVs!bG8=', 'aGVsbA===', 'aG=VsbG8',
          'aGVsbG8=aGk=', 'aGVsbG8=\n\n', '====', 'YQ==YQ==', 'Y Q = =', 'abc\u00e9', 'aGVsbG8=\r\n',
          'ab', 'abcde', 'abcdef', 'a===']:
    show(lambda: binascii.a2b_base64(s))
for s in ['aGVsbG8=', 'aGVs!bG8=', 'aGVsbG8=x', '=aGVsbG8', 'aGVsbG8==', 'YQ=a', 'YQ==', 'aGk', 'a']:
    show(lambda: binascii.a2b_base64(s, strict_mode=True))
show(lambda: binascii.a2b_base64(5))
show(lambda: binascii.b2a_base64('x'))
show(lambda: binascii.b2a_base64(b'x', True))

print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception),
      issubclass(binascii.Incomplete, ValueError))
print(binascii.Error.__name__, binascii.Error.__module__, binascii.Incomplete.__module__)
try:
    binascii.unhexlify('abc')
except ValueError as e:
    print('caught as ValueError:', e)
