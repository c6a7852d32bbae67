import zlib

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

text = b'hello hello hello world ' * 20
binary = bytes((i * 7919) % 251 for i in range(5000))
big = b''.join(b'line %d: %s\n' % (i, b'x' * (i % 50)) for i in range(3000))

# one-shot compress: identical bytes to CPython for every level and format
for data in [b'', b'a', text, binary]:
    for level in [-1, 0, 1, 5, 9]:
        print(level, zlib.compress(data, level).hex())
    for wbits in [9, 12, 15, -9, -15, 25, 31]:
        print('w', wbits, zlib.compress(data, wbits=wbits).hex())
c = zlib.compress(big)
print(len(c), zlib.crc32(c), zlib.decompress(c) == big)
show(lambda: zlib.compress(text, wbits=8)[:2])
for level in [10, -2]:
    show(lambda: zlib.compress(text, level))
for wbits in [7, 16, 24, 32, -8, -16]:
    show(lambda: zlib.compress(text, wbits=wbits))
show(lambda: zlib.compress('text'))
show(lambda: zlib.compress(bytearray(b'abc')))
show(lambda: zlib.compress(memoryview(b'abc')))

# decompress: formats, auto-detection, errors
for data in [text, binary, big]:
    z = zlib.compress(data)
    g = zlib.compress(data, wbits=31)
    r = zlib.compress(data, wbits=-15)
    print(zlib.decompress(z) == data, zlib.decompress(z, 0) == data, zlib.decompress(z, 47) == data,
          zlib.decompress(g, 47) == data, zlib.decompress(g, 31) == data, zlib.decompress(r, -15) == data,
          zlib.decompress(z, bufsize=1) == data, zlib.decompress(zlib.compress(data, wbits=9), 9) == data)
c = zlib.compress(text)
show(lambda: zlib.decompress(c, -15))
show(lambda: zlib.decompress(c[:-5]))
show(lambda: zlib.decompress(b'garbage'))
show(lambda: zlib.decompress(c + b'extra') == text)
show(lambda: zlib.decompress(c, 31))
show(lambda: zlib.decompress(b''))
show(lambda: zlib.decompress(c, bufsize=-1))
show(lambda: zlib.decompress(zlib.compress(text, wbits=15), 9))
show(lambda: zlib.decompress(c, 5))
show(lambda: zlib.decompress(c, 48))
show(lambda: zlib.decompress(c[:2] + b'\x00' + c[3:]))

# checksums
for data in [b'', b'hello', text, binary]:
    print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 12345), zlib.adler32(data, 12345))
print(zlib.crc32(b'world', zlib.crc32(b'hello ')) == zlib.crc32(b'hello world'))
print(zlib.adler32(b'world', zlib.adler32(b'hello ')) == zlib.adler32(b'hello world'))
print(zlib.crc32(b'hello', -1), zlib.adler32(b'hello', 2**32 + 3))
show(lambda: zlib.crc32('x'))
show(lambda: zlib.adler32(None))

# constants and error class
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED,
      zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH,
      zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_NO_COMPRESSION)
print(zlib.error.__name__, zlib.error.__module__, issubclass(zlib.error, Exception), issubclass(zlib.error, ValueError))

# compressobj streaming
co = zlib.compressobj()
parts = [co.compress(text[:100]), co.compress(text[100:]), co.flush()]
print([p.hex() for p in parts], b''.join(parts) == zlib.compress(text))
show(lambda: co.flush())
show(lambda: co.compress(b'more'))
print(repr(co.flush(zlib.Z_NO_FLUSH)))
co = zlib.compressobj(9, zlib.DEFLATED, -15)
out = co.compress(text[:100]) + co.flush(zlib.Z_SYNC_FLUSH) + co.compress(text[100:]) + co.flush()
print(out.hex())
co = zlib.compressobj()
co.compress(b'abc')
print(co.flush(zlib.Z_FULL_FLUSH).hex(), co.flush(zlib.Z_PARTIAL_FLUSH).hex(), co.flush().hex())
co = zlib.compressobj(level=1, wbits=31)
print((co.compress(text) + co.flush()).hex())
co = zlib.compressobj(zdict=b'hello world')
zd = co.compress(b'hello world hello') + co.flush()
print(zd.hex())
chunks = []
co = zlib.compressobj(6)
for i in range(0, len(big), 1000):
    chunks.append(co.compress(big[i:i + 1000]))
chunks.append(co.flush())
print(b''.join(chunks) == zlib.compress(big, 6))
for bad in [dict(level=12), dict(method=5), dict(wbits=7), dict(memLevel=10), dict(strategy=5)]:
    show(lambda: zlib.compressobj(**bad))
show(lambda: zlib.compressobj(zdict='s'))
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)

# decompressobj streaming
do = zlib.decompressobj()
print(do.decompress(c[:10]) + do.decompress(c[10:]) == text, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
print(do.decompress(c + b'tail') == text, do.eof, do.unused_data, do.unconsumed_tail)
print(do.decompress(b'more'), do.unused_data)
do = zlib.decompressobj()
first = do.decompress(c, 10)
print(first, do.eof, do.unused_data, len(do.unconsumed_tail))
second = do.decompress(do.unconsumed_tail, 10)
print(second, len(do.unconsumed_tail))
rest = do.flush()
print(first + second + rest == text, do.eof, do.unconsumed_tail)
do = zlib.decompressobj()
out = b''
for i in range(0, len(c), 7):
    out += do.decompress(c[i:i + 7])
print(out == text, do.eof)
do = zlib.decompressobj()
show(lambda: do.decompress(b'garbage'))
do = zlib.decompressobj()
print(len(do.decompress(c[:-3])), do.flush(), do.eof)
print(zlib.decompressobj(wbits=47).decompress(zlib.compress(text, wbits=31)) == text)
print(zlib.decompressobj(-15).decompress(zlib.compress(text, wbits=-15)) == text)
show(lambda: zlib.decompressobj().decompress(c, -1))
show(lambda: zlib.decompressobj(wbits=5))
show(lambda: zlib.decompress(zd))
show(lambda: zlib.decompressobj().decompress(zd))
show(lambda: zlib.decompressobj(zdict=b'hello world').decompress(zd))
show(lambda: zlib.decompressobj(zdict='s'))
do = zlib.decompressobj()
chunks = []
g = zlib.compress(big)
for i in range(0, len(g), 500):
    chunks.append(do.decompress(g[i:i + 500], 4096))
    while do.unconsumed_tail:
        chunks.append(do.decompress(do.unconsumed_tail, 4096))
print(b''.join(chunks) == big, do.eof, max(len(x) for x in chunks))
