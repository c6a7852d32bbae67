# Same seeds give CPython's numbers: seeding and the integer functions.
import random

for s in [0, 1, 42, -7, 2**40 + 3, 12345678901234567890123, 'hello', '', b'bytes', bytearray(b'ba'), 3.5, 'ünï']:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(7), random.getrandbits(70))
    print('  randint', [random.randint(1, 6) for _ in range(8)])
    print('  randrange', random.randrange(10), random.randrange(5, 100), random.randrange(0, 100, 7),
          random.randrange(100, 0, -3), random.randrange(-50, 50), random.randrange(2**70))
    print('  randbytes', random.randbytes(5), random.randbytes(0))

r = random.Random(2024)
print([r.randrange(1, 1000000, 13) for _ in range(5)])
print([r.getrandbits(k) for k in (1, 31, 32, 33, 64, 65, 128)])
print(r.getrandbits(0))

# errors
for args in [(0,), (5, 0), (0, 10, 0), (10, 0, 1), (0, 10, -1), (3, None, 2), ('x',)]:
    try:
        print(r.randrange(*args))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [[1], {1: 2}, (1,)]:
    try:
        random.seed(bad)
        print('seeded', bad)
    except TypeError as e:
        print('TypeError', repr(str(e)))
try:
    r.getrandbits(-1)
except ValueError as e:
    print('ValueError', e)
print(r.randint(5, 5))
