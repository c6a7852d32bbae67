# Deterministic pseudo-random inputs to the JSON, zlib, base64 and binascii
# decoders: every outcome (value or exception message) must match CPython.
import json, zlib, base64, binascii, hashlib
seed = 7
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
alpha = '[]{}",:0123456789.eE+-tfnrule\\u/ \n\tNaIiy\u00e9\U0001f600abcdxyz'
cnt = {}
def note(k):
    cnt[k] = cnt.get(k, 0) + 1
good = zlib.compress(b'hello world ' * 50)
for i in range(300):
    s = ''.join(alpha[rnd(len(alpha))] for _ in range(rnd(30)))
    for f in [lambda: json.loads(s), lambda: json.loads(s, strict=False, object_pairs_hook=list),
              lambda: json.JSONDecoder().raw_decode(s, rnd(5))]:
        try:
            note(repr(f()))
        except (ValueError, NotImplementedError, RecursionError) as e:
            note(type(e).__name__ + str(e))
    b = bytes(rnd(256) for _ in range(rnd(40)))
    m = bytearray(good)
    for _ in range(rnd(4)):
        m[rnd(len(m))] = rnd(256)
    for f in [lambda: zlib.decompress(b), lambda: zlib.decompress(bytes(m)), lambda: zlib.decompress(b, rnd(60) - 20),
              lambda: zlib.decompressobj(rnd(48)).decompress(bytes(m), rnd(30)),
              lambda: base64.b64decode(b), lambda: base64.b32decode(b), lambda: base64.b85decode(b),
              lambda: base64.a85decode(b), lambda: base64.b16decode(b), lambda: binascii.a2b_base64(b, strict_mode=True),
              lambda: binascii.unhexlify(b), lambda: zlib.compress(b, rnd(12) - 1, rnd(50) - 18),
              lambda: base64.a85encode(b, wrapcol=rnd(9) - 3, adobe=rnd(2), pad=rnd(2), foldspaces=rnd(2)),
              lambda: binascii.hexlify(b, ':', rnd(9) - 4)]:
        try:
            note(repr(f()))
        except (ValueError, TypeError, zlib.error, NotImplementedError) as e:
            note(type(e).__name__ + str(e))
import hashlib
for k in sorted(cnt): print(cnt[k], k[:150])
