import hashlib
import hmac

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: hmac.new(b'key', b'msg', 'sha256').hexdigest())
show(lambda: hmac.new(b'key', b'msg', hashlib.sha256).hexdigest())
show(lambda: hmac.new(b'key', digestmod='md5').hexdigest())
show(lambda: hmac.new(b'key', b'msg', digestmod=lambda: hashlib.sha1()).hexdigest())
show(lambda: hmac.new(b'key', b'msg'))
show(lambda: hmac.new('key', b'msg', 'sha256'))
show(lambda: hmac.new(b'key', 'msg', 'sha256'))
show(lambda: hmac.new(b'key', b'msg', 'nope'))
h = hmac.new(bytearray(b'k' * 100), b'a', 'sha1')
h.update(b'b')
c = h.copy()
c.update(memoryview(b'c'))
show(lambda: (h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, type(h).__name__, h.digest()[:4]))
show(lambda: h.update('x'))
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512', 'blake2b', 'blake2s']:
    for key in [b'', b'short', b'k' * 64, b'long key ' * 30]:
        one = hmac.digest(key, b'The quick brown fox', name)
        obj = hmac.new(key, b'The quick ', name)
        obj.update(b'brown fox')
        print(name, len(key), one.hex()[:32], obj.digest() == one, obj.name, obj.digest_size, obj.block_size)
show(lambda: hmac.digest(b'key', b'msg', hashlib.blake2b).hex()[:20])
show(lambda: hmac.compare_digest(b'abc', b'abc'))
show(lambda: hmac.compare_digest(b'abc', b'abcd'))
show(lambda: hmac.compare_digest('abc', 'abd'))
show(lambda: hmac.compare_digest('abc', b'abc'))
show(lambda: hmac.compare_digest('\u00e9', '\u00e9'))
show(lambda: hmac.compare_digest(bytearray(b'a'), memoryview(b'a')))
show(lambda: hmac.compare_digest(1, 2))
show(lambda: hmac.HMAC(b'k', b'm', 'sha256').hexdigest())
show(lambda: hmac.new(b'k', b'm', digestmod=hashlib.sha3_256).name)
show(lambda: hmac.new(b'k', None, 'sha224').hexdigest())
show(lambda: hmac.digest_size)
try:
    hmac.new(b'k', b'm', 'shake_128')
except ValueError:
    print('ValueError for shake')
