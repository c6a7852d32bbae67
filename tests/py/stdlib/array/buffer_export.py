# Arrays export their items' bytes wherever CPython takes a buffer.
import array, hashlib, io, base64, struct
a = array.array('i', [1, 2, 300, -5])
print(bytes(a) == a.tobytes(), len(bytes(a)), len(bytearray(a)))
print(bytearray(array.array('h', [1, -1])) == struct.pack('=hh', 1, -1))
print(bytes(array.array('B', [0, 255, 16])))
print(hashlib.sha256(array.array('b', [1, 2, 3])).hexdigest())
print(b'-'.join([array.array('b', [65, 66]), b'C']))
buf = io.BytesIO()
buf.write(array.array('b', [104, 105]))
print(buf.getvalue())
print(base64.b64encode(array.array('B', [1, 2, 3, 4])))
print(bytes(array.array('d', [1.5])) == struct.pack('=d', 1.5))
