import copy
import zlib

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

text = b''.join(b'record %d: %s;' % (i, b'abcdefgh'[: i % 8] * (i % 5)) for i in range(400))
binary = bytes((i * i * 31 + i // 7) % 256 for i in range(6000))

# every memLevel and strategy gives CPython's bytes
for data in [text, binary]:
    for mem in range(1, 10):
        co = zlib.compressobj(6, zlib.DEFLATED, 15, mem)
        out = co.compress(data) + co.flush()
        print('mem', mem, len(out), zlib.crc32(out), zlib.decompress(out) == data)
    for strat in [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]:
        for level in [1, 6, 9]:
            co = zlib.compressobj(level, zlib.DEFLATED, -12, 5, strat)
            out = co.compress(data) + co.flush()
            print('strategy', strat, level, len(out), zlib.crc32(out))
    co = zlib.compressobj(level=9, memLevel=9, strategy=zlib.Z_RLE, wbits=31)
    print(co.compress(data[:50]).hex(), co.flush(zlib.Z_BLOCK).hex()[:40], len(co.flush()))
show(lambda: zlib.compressobj(memLevel=0))
show(lambda: zlib.compressobj(memLevel=10))
show(lambda: zlib.compressobj(strategy=5))
show(lambda: zlib.compressobj(method=9))
show(lambda: zlib.compressobj(level=2**40))
show(lambda: zlib.compressobj(zdict='abc'))
show(lambda: zlib.compressobj().flush(zlib.Z_TREES))
show(lambda: zlib.compressobj().flush(9))

# zdict on both sides
zd = b'record abcdefgh: ;'
co = zlib.compressobj(zdict=zd)
withd = co.compress(text) + co.flush()
print(len(withd), len(zlib.compress(text)), withd[:6].hex())
show(lambda: zlib.decompress(withd))
do = zlib.decompressobj(zdict=zd)
print(do.decompress(withd) == text, do.eof)
do = zlib.decompressobj(zdict=bytearray(zd))
print(do.decompress(withd, 100) == text[:100], len(do.unconsumed_tail) > 0)
print(do.decompress(do.unconsumed_tail) == text[100:], do.eof)
do = zlib.decompressobj()
show(lambda: do.decompress(withd))
do = zlib.decompressobj(zdict=b'wrong dictionary')
show(lambda: do.decompress(withd))
show(lambda: zlib.decompressobj(zdict='abc'))
co = zlib.compressobj(wbits=-15, zdict=zd)
raw = co.compress(text) + co.flush()
print(zlib.decompressobj(-15, zd).decompress(raw) == text)
print(zlib.decompressobj(wbits=-15, zdict=memoryview(zd)).decompress(raw) == text)

# Compress.copy: both copies continue independently
co = zlib.compressobj(5)
head = co.compress(text[:1000])
c2 = co.copy()
c3 = copy.copy(co)
c4 = copy.deepcopy(co)
a = head + co.compress(text[1000:]) + co.flush()
b = head + c2.compress(b'different tail') + c2.flush()
print(zlib.decompress(a) == text, zlib.decompress(b) == text[:1000] + b'different tail')
print(c3.flush() == c4.flush(), type(c3).__name__)
show(lambda: co.copy())
show(lambda: co.compress(b'x'))
show(lambda: co.flush())
show(lambda: co.__deepcopy__())
show(lambda: co.__copy__(1))

# Decompress.copy keeps unused_data, unconsumed_tail, eof
comp = zlib.compress(text)
do = zlib.decompressobj()
first = do.decompress(comp[:200], 50)
d2 = do.copy()
d3 = copy.deepcopy(do)
print(len(first), len(d2.unconsumed_tail), d2.unconsumed_tail == do.unconsumed_tail)
rest = do.decompress(do.unconsumed_tail + comp[200:] + b'EXTRA')
print(first + rest == text, do.eof, do.unused_data)
rest2 = d2.decompress(d2.unconsumed_tail + comp[200:])
print(first + rest2 == text, d2.eof, d2.unused_data, d3.eof)
print(do.flush(), do.eof)
show(lambda: do.copy())
show(lambda: do.decompress(b'x'))
show(lambda: do.flush())
show(lambda: copy.copy(d3).decompress(b'garbage' * 3))

# errors mid-stream
do = zlib.decompressobj()
show(lambda: do.decompress(comp[:2] + b'\xff' * 40))
do = zlib.decompressobj()
print(do.decompress(comp[:-10]) == text[:len(do.decompress(b''))] or True, do.eof)
print(do.flush() is not None, do.eof)
show(lambda: zlib.decompress(comp[:-3]))
show(lambda: zlib.decompressobj(wbits=99))
show(lambda: zlib.decompressobj().decompress(b'abc', -1))
show(lambda: zlib.decompressobj().flush(0))
show(lambda: zlib.compressobj().copy(1))
show(lambda: zlib.decompressobj().__copy__(1))
show(lambda: zlib.decompressobj().__deepcopy__(1, 2))
show(lambda: type(zlib.decompressobj().__deepcopy__({})).__name__)
