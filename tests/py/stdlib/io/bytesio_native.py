# io.BytesIO (native): reads and writes at positions (padding with NULs),
# seek/tell/truncate, readline/readlines limits, read1/readinto, getbuffer
# and its export lock, closed and argument errors, subclassing.
import io

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = io.BytesIO(b'abc')
b.seek(6)
print(b.write(b'x'), b.getvalue(), b.tell())
b.seek(1)
print(b.write(bytearray(b'YZ')), b.write(memoryview(b'W')), b.getvalue(), b.read(), b.read(), b.tell())
b = io.BytesIO(b'0123456789')
print(b.read(3), b.read(0), b.read(-1), b.read(None), b.tell())
b.seek(-3, 2)
print(b.read(), b.seek(-100, 1), b.seek(4, 1), b.seek(2, 2), b.read(5), b.tell())
for args in [(-1,), (0, 3), ('a',), (1.5,), (0, 'a')]:
    show(lambda: io.BytesIO(b'abc').seek(*args))
b = io.BytesIO(b'abcdef')
b.seek(4)
print(b.truncate(2), b.tell(), b.getvalue(), b.read(), b.truncate(), b.getvalue(), b.truncate(10), b.getvalue())
b.write(b'Q')
print(b.getvalue())

# lines
b = io.BytesIO(b'one\ntwo\nthree\nfour\n')
print(b.readlines(4), b.readlines(3), b.readlines(0))
b = io.BytesIO(b'ab\ncd\n\nlast')
print(b.readline(1), b.readline(), b.readline(-1), b.readline(None), b.readline(), b.readline(), list(io.BytesIO(b'x\ny\n')))
print(io.BytesIO(b'ab\ncd').read1(), io.BytesIO(b'ab\ncd').read1(2), io.BytesIO(b'abcd').read1(-1))

# readinto
b = io.BytesIO(b'abcdef')
ba = bytearray(4)
print(b.readinto(ba), ba, b.readinto(ba), ba, b.readinto(ba))
b = io.BytesIO(b'xyz')
ba = bytearray(b'......')
print(b.readinto(memoryview(ba)[2:]), ba)
show(lambda: io.BytesIO().readinto(b'abc'))

# getbuffer shares the data and locks resizing while a view is alive
b = io.BytesIO(b'abcdef')
m = b.getbuffer()
print(bytes(m), len(m))
m[0] = ord('Z')
print(b.getvalue())
show(lambda: b.write(b'x'))
show(b.truncate)
show(b.close)
b.seek(1)
print(b.read(2), b.tell())
del m
b.write(b'!')
print(b.getvalue())
b.close()
print(b.closed)

# the initial bytes object is shared until the first change
data = b'shared bytes'
b = io.BytesIO(data)
print(b.getvalue() is data, b.getvalue() is b.getvalue(), b.read(6))
b.write(b'!')
print(b.getvalue(), data, b.getvalue() is data)
print(io.BytesIO(bytearray(b'x')).getvalue(), io.BytesIO(memoryview(b'mv')).getvalue(), io.BytesIO(None).getvalue())

# argument errors
show(lambda: io.BytesIO().readlines('x'))
show(lambda: io.BytesIO().read('x'))
show(lambda: io.BytesIO().readline('x'))
show(lambda: io.BytesIO().write('x'))
show(lambda: io.BytesIO('x'))
show(lambda: io.BytesIO().truncate(-1))
show(lambda: io.BytesIO().truncate('a'))
show(lambda: io.BytesIO().read1('a'))
show(lambda: io.BytesIO().fileno())
show(lambda: io.BytesIO().detach())
show(lambda: io.BytesIO.__new__(str))
b = io.BytesIO()
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)

# closed
b = io.BytesIO(b'abc')
b.close()
for name in ['read', 'readline', 'getvalue', 'tell', 'readable', '__next__', '__enter__',
             'readlines', 'flush', 'isatty', 'truncate', 'seekable', 'read1', 'getbuffer', 'fileno']:
    show(getattr(b, name))
show(lambda: b.write(b'x'))
show(lambda: b.writelines([]))
show(lambda: iter(b) is b)
show(lambda: next(b))

# protocol and subclasses
print(isinstance(b, io.IOBase), isinstance(b, io.BufferedIOBase), isinstance(b, io.TextIOBase),
      issubclass(io.BytesIO, io.BufferedIOBase), type(b).__name__, type(b).__module__)

class Counting(io.BytesIO):
    def __init__(self, data=b''):
        super().__init__(data)
        self.writes = 0
    def write(self, data):
        self.writes += 1
        return super().write(data)

c = Counting(b'head\n')
c.seek(0, 2)
c.writelines([b'a\n', b'b\n'])
c.seek(0)
print(c.writes, list(c), c.getvalue(), isinstance(c, io.BufferedIOBase))

class Upper(io.BytesIO):
    def readline(self, size=-1):
        return super().readline(size).upper()

print(list(Upper(b'ab\ncd')), Upper(b'x\ny\n').readlines())
with Upper(b'q') as u:
    print(u.read())
print(u.closed)
