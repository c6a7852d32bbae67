import hashlib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
h = hashlib.shake_128(b'abc')
t(lambda: h.digest())
t(lambda: h.hexdigest())
t(lambda: h.digest(5))
t(lambda: h.hexdigest(length=5))
t(lambda: h.digest(-1))
t(lambda: h.digest(0))
t(lambda: (h.name, h.digest_size, h.block_size, type(h).__name__, [c.__name__ for c in type(h).__mro__]))
t(lambda: hashlib.shake_256(b'abc').hexdigest(300)[-20:])
t(lambda: hashlib.new('shake_256', b'abc').hexdigest(10))
t(lambda: repr(h)[:22])
for n in [0, 1, 135, 136, 137, 167, 168, 169, 500, 1000]:
    data = bytes(i % 251 for i in range(n))
    a = hashlib.shake_128(data)
    b = hashlib.shake_256()
    for i in range(0, n, 37):
        b.update(data[i:i + 37])
    print(n, a.hexdigest(20), b.hexdigest(20), len(a.digest(400)), a.digest(400)[-8:].hex(), b.copy().digest(300)[-8:].hex())
print(sorted(hashlib.algorithms_guaranteed))
t(lambda: isinstance(h, type(hashlib.md5())))
