import hashlib

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex())
show(lambda: hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 2, 50).hex())
show(lambda: hashlib.pbkdf2_hmac('md5', b'x' * 100, b'', 3, 5).hex())
show(lambda: hashlib.pbkdf2_hmac('sha512', bytearray(b'long password' * 20), memoryview(b'salty'), 10, 130).hex())
show(lambda: hashlib.pbkdf2_hmac('sha384', b'', b'', 1).hex())
show(lambda: hashlib.pbkdf2_hmac('sha256', 'pw', b'salt', 1))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', 'salt', 1))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 0))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1, 0))
show(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1.5))
show(lambda: hashlib.pbkdf2_hmac(hash_name='sha256', password=b'pw', salt=b'salt', iterations=1, dklen=4).hex())
show(lambda: hashlib.pbkdf2_hmac('SHA256', b'pw', b'salt', 1, 4).hex())
show(lambda: hashlib.pbkdf2_hmac('sha3_256', b'pw', b'salt', 1, 4).hex())
show(lambda: hashlib.pbkdf2_hmac('blake2b', b'pw', b'salt', 1, 4).hex())
show(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 5, None).hex())
show(lambda: hashlib.pbkdf2_hmac(5, b'pw', b'salt', 1, 4).hex())
try:
    hashlib.pbkdf2_hmac('nope', b'pw', b'salt', 1)
except ValueError:
    print('ValueError for an unknown hash')
