m = memoryview(b"hello")
print(m[0], m[-1], bytes(m[1:3]), m[::2].tobytes(), len(m), m.tolist()[:2], m.readonly, m == b"hello", m.hex())
ba = bytearray(b"abc")
v = memoryview(ba)
v[0] = 122
print(ba, v.readonly, list(v), bytes(v[::-1]))
try: memoryview(5)
except TypeError as e: print(e)
try: memoryview(b"x")[0] = 1
except TypeError as e: print(e)
try: m[10]
except IndexError as e: print(e)
with memoryview(b"q") as w: print(w.tobytes())
v.release()
ba += b"!"
ba *= 2
print(ba)
try: 1.5 in b"ab"
except TypeError as e: print(e)
