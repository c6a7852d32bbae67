import hashlib

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inputs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 5]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
             'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    ctor = getattr(hashlib, name)
    for data in inputs:
        h = ctor(data)
        print(name, len(data), h.hexdigest())
    h = hashlib.new(name)
    print(h.name, h.digest_size, h.block_size, len(h.digest()))

# incremental updates equal one-shot
h = hashlib.sha256()
for chunk in [b'The quick ', bytearray(b'brown fox '), memoryview(b'jumps over the lazy dog')]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(inputs[2]).hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()))

# copy is independent
a = hashlib.md5(b'abc')
b = a.copy()
b.update(b'def')
print(a.hexdigest(), b.hexdigest(), hashlib.md5(b'abcdef').hexdigest() == b.hexdigest())

# digest does not finalize
c = hashlib.sha1(b'x')
d1 = c.digest()
c.update(b'y')
print(d1 != c.digest(), c.hexdigest() == hashlib.sha1(b'xy').hexdigest())

# new() by name, case-insensitive, with data
print(hashlib.new('SHA256', b'x').hexdigest())
print(hashlib.new('md5', data=b'x').hexdigest())
print(hashlib.new(name='sha1', data=b'x').hexdigest())
print(hashlib.md5(string=b'a').hexdigest())
print(hashlib.md5(b'a', usedforsecurity=False).hexdigest())
print(type(hashlib.md5()).__name__)
print(sorted(n for n in hashlib.algorithms_guaranteed if not n.startswith('shake')))
print('sha256' in hashlib.algorithms_available)

# errors
show(lambda: hashlib.md5('text'))
show(lambda: hashlib.md5(5))
show(lambda: hashlib.sha1().update('text'))
show(lambda: hashlib.sha1().update(None))
show(lambda: hashlib.new('nope'))
show(lambda: hashlib.new(5))
show(lambda: hashlib.new())
show(lambda: hashlib.md5(b'a', b'b'))
show(lambda: hashlib.md5().update())
show(lambda: hashlib.md5().digest(1))
show(lambda: hashlib.md5(data=b'a'))
