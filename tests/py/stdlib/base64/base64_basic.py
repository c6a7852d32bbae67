import base64
import binascii

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\xfb\xff\xfe', bytes(range(256))]
for raw in samples:
    e64 = base64.b64encode(raw)
    u64 = base64.urlsafe_b64encode(raw)
    s64 = base64.standard_b64encode(raw)
    e32 = base64.b32encode(raw)
    h32 = base64.b32hexencode(raw)
    e16 = base64.b16encode(raw)
    e85 = base64.b85encode(raw)
    if len(raw) < 10:
        print(raw, e64, u64, e32, h32, e16, e85, base64.b85encode(raw, pad=True))
    print(base64.b64decode(e64) == raw, base64.urlsafe_b64decode(u64) == raw,
          base64.standard_b64decode(s64) == raw, base64.b32decode(e32) == raw,
          base64.b32hexdecode(h32) == raw, base64.b16decode(e16) == raw,
          base64.b85decode(e85) == raw, base64.decodebytes(base64.encodebytes(raw)) == raw)

# str inputs to decoders, bytearray/memoryview inputs
show(lambda: base64.b64decode('aGk='))
show(lambda: base64.b64decode(bytearray(b'aGk=')))
show(lambda: base64.b64encode(memoryview(b'hi')))
show(lambda: base64.b64encode(bytearray(b'hi')))

# altchars and validate
show(lambda: base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_'))
show(lambda: base64.b64encode(b'\xfb\xff\xfe', b'*!'))
show(lambda: base64.b64decode('-_8=', altchars='-_'))
show(lambda: base64.b64decode(b'*!8=', b'*!'))
show(lambda: base64.b64encode(b'\xfb\xff', altchars=b'-'))
show(lambda: base64.b64decode('aGk=', validate=True))
show(lambda: base64.b64decode('aG k=', validate=True))
show(lambda: base64.b64decode('aG k='))
show(lambda: base64.b64decode('aGk=\n'))
show(lambda: base64.b64decode('aGk=\n', validate=True))
show(lambda: base64.b64decode('aGk'))
show(lambda: base64.b64decode('a'))
show(lambda: base64.b64decode('\u00e9'))
show(lambda: base64.b64decode(5))
show(lambda: base64.b64encode('x'))
show(lambda: base64.urlsafe_b64decode('-_8='))
show(lambda: base64.urlsafe_b64decode('+/8='))

# base32
show(lambda: base64.b32encode(b'hello world'))
show(lambda: base64.b32decode(b'NBSWY3DPEB3W64TMMQ======'))
show(lambda: base64.b32decode('nbswy3dp', casefold=True))
show(lambda: base64.b32decode(b'nbswy3dp'))
show(lambda: base64.b32decode(b'NBSWY3D'))
show(lambda: base64.b32decode(b'NBSWY3D1'))
show(lambda: base64.b32decode(b'NBSWY3D0'))
show(lambda: base64.b32decode(b'NBSWY3D0', map01=b'L'))
show(lambda: base64.b32decode(b'NBSWY3D1', map01='I'))
show(lambda: base64.b32decode(b'NBSWY3DP=='))
show(lambda: base64.b32decode(b'NB======'))
show(lambda: base64.b32decode(b'N======='))
show(lambda: base64.b32decode(b'NBSW===='))
show(lambda: base64.b32decode(b'NBSWY==='))
show(lambda: base64.b32decode(b'NBSWY3D='))
show(lambda: base64.b32decode(b'========'))
show(lambda: base64.b32hexencode(b'hello'))
show(lambda: base64.b32hexdecode(b'D1IMOR3F'))
show(lambda: base64.b32hexdecode(b'd1imor3f', casefold=True))
show(lambda: base64.b32hexdecode(b'D1IMOR3W'))

# base16
show(lambda: base64.b16encode(b'\x01\xab'))
show(lambda: base64.b16decode(b'01AB'))
show(lambda: base64.b16decode('01AB'))
show(lambda: base64.b16decode(b'01ab'))
show(lambda: base64.b16decode(b'01ab', casefold=True))
show(lambda: base64.b16decode(b'01A'))
show(lambda: base64.b16decode(b'0G'))

# base85
show(lambda: base64.b85encode(b'hello world'))
show(lambda: base64.b85encode(b'hello', pad=True))
show(lambda: base64.b85decode(b'Xk~0{Zy<MXa%^M'))
show(lambda: base64.b85decode('Xk~0{ZvX%Q'))
show(lambda: base64.b85decode(b'Xk~0"'))
show(lambda: base64.b85decode(b'~~~~~'))

# encodebytes / decodebytes
print(base64.encodebytes(b'x' * 100))
print(base64.encodebytes(b''))
print(base64.encodebytes(bytes(range(57))).count(b'\n'), base64.encodebytes(bytes(range(58))).count(b'\n'))
show(lambda: base64.decodebytes(b'eHh4\neHh4\n'))
show(lambda: base64.encodebytes('x'))
show(lambda: base64.decodebytes('eHh4'))
print(base64.binascii is binascii)
