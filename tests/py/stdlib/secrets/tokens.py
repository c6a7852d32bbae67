import secrets, string
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
h = secrets.token_hex(); print(len(h), all(c in string.hexdigits for c in h), len(secrets.token_hex(3)))
u = secrets.token_urlsafe(); print(len(u), all(c.isalnum() or c in "-_" for c in u), len(secrets.token_urlsafe(5)), len(secrets.token_urlsafe(0)))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(len({secrets.randbelow(5) for _ in range(300)}))
for bad in (0, -3):
    try: secrets.randbelow(bad)
    except ValueError as e: print(type(e).__name__, e)
print(secrets.choice("a") , secrets.choice([7]), 0 <= secrets.randbits(8) < 256, secrets.randbits(0))
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"), secrets.DEFAULT_ENTROPY)
print(secrets.token_hex(16) != secrets.token_hex(16), isinstance(secrets.SystemRandom(), secrets.SystemRandom))
try: secrets.choice([])
except IndexError as e: print(type(e).__name__, e)
