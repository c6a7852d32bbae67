import array
import operator

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = array.array('i', [1, 2, 3, 4])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m.tolist(), m.readonly, m.ndim, m.shape, m.strides)
print(m[1], m[-1], m[1:3].tolist(), m[::2].tolist(), m[::-1].tolist(), m[::2].strides, m.obj is a)
m[0] = 100
print(a)
m[1:3] = array.array('i', [7, 8])
print(a)
m[::3] = array.array('i', [-1, -2])
print(a, list(m), m.tobytes() == a.tobytes(), bytes(m) == a.tobytes())
b = m.cast('B')
print(len(b), b.format, b.itemsize, b.nbytes, b.tolist()[:8], b.readonly)
b[0] = 5
print(a[0], m[0])
h = m.cast('B').cast('h')
print(h.format, len(h), h.tolist()[:4])
d = memoryview(array.array('d', [1.5, 2.5, -0.25]))
print(d.format, d.itemsize, d.tolist(), d[0], d.nbytes, d.hex()[:16])
d[1] = 7
print(d.tolist(), d.obj)
for code, vals in [('b', [-1, 2]), ('B', [255, 0]), ('h', [-300, 300]), ('H', [65535]), ('l', [-2**40]), ('L', [2**40]),
                   ('q', [-2**63]), ('Q', [2**64 - 1]), ('f', [0.5, 1.25])]:
    mv = memoryview(array.array(code, vals))
    print(code, mv.format, mv.itemsize, mv.tolist(), mv.cast('B').nbytes)
print(m == a, m == array.array('i', list(a)), m == array.array('l', list(a)), m == [1], m != a)
print(memoryview(array.array('d', [1.0, 2.0])) == memoryview(array.array('f', [1.0, 2.0])))
print(memoryview(array.array('B', b'ab')) == b'ab', memoryview(b'ab') == array.array('B', b'ab'))
show(lambda: operator.setitem(m, 0, 'x'))
show(lambda: operator.setitem(m, 0, 2**40))
show(lambda: operator.setitem(m, 0, 1.5))
show(lambda: operator.setitem(d, 0, 'x'))
show(lambda: operator.setitem(m, slice(0, 2), b'12345678'))
show(lambda: operator.setitem(m, slice(0, 2), array.array('i', [1])))
show(lambda: operator.setitem(memoryview(b'ab'), 0, 1))
show(lambda: operator.setitem(memoryview(array.array('B', [1])), 0, 256))
show(lambda: m[4])
show(lambda: m.cast('d'))
show(lambda: m[::2].cast('B'))
show(lambda: m.cast('x'))
show(lambda: memoryview(bytearray(b'abc')).cast('h'))
show(lambda: memoryview(array.array('u', 'ab')).format)
show(lambda: memoryview(array.array('u', 'ab')).tolist())
show(lambda: m.cast('c').tolist()[:5])
show(lambda: memoryview(bytearray(b'abcd')).cast('@i').tolist())
show(lambda: memoryview(bytearray(b'abcd')).cast('i').format)
show(lambda: memoryview(array.array('i')).tolist())
show(lambda: memoryview(3))
with memoryview(array.array('h', [1, 2])) as mv:
    print(mv.tolist(), [x for x in mv])
