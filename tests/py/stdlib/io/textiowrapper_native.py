# io.TextIOWrapper (native): the newlines attribute, writes after read-ahead,
# detach/close behaviour and messages, repr, size arguments, codecs and
# error handlers across chunk boundaries, Python buffers and subclasses.
import io

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for nl in [None, '', '\n', '\r', '\r\n']:
    t = io.TextIOWrapper(io.BytesIO(b'a\r\nb\rc\nd'), newline=nl)
    print(repr(nl), repr(t.newlines), repr(t.readline()), repr(t.newlines), t.readlines(), repr(t.newlines))

# a write after reading lands where the buffer is (the read-ahead is dropped)
b = io.BytesIO(b'line1\nline2\nline3\n')
t = io.TextIOWrapper(b)
print(repr(t.readline()))
t.write('XX')
t.flush()
print(b.getvalue(), t.tell(), repr(t.read()))

# sizes
t = io.TextIOWrapper(io.BytesIO(b'abc\r\ndef\r\nghi'))
print(repr(t.readline(3)), repr(t.readline(1)), repr(t.read(2)), repr(t.readline(0)), repr(t.read(None)))
show(lambda: io.TextIOWrapper(io.BytesIO(b'abc')).readline(None))
show(lambda: io.TextIOWrapper(io.BytesIO(b'abc')).readline(1.5))
show(lambda: io.TextIOWrapper(io.BytesIO(b'abc')).readlines('x'))
show(lambda: io.TextIOWrapper(io.BytesIO(b'abc')).read(1.5))
t = io.TextIOWrapper(io.BytesIO(b'one\ntwo\nthree\nfour\n'))
print(t.readlines(4), t.readlines(3), t.readlines(0))

# closed
t = io.TextIOWrapper(io.BytesIO(b'abc'))
t.close()
t.close()
for name in ['read', 'readline', 'tell', 'flush', '__iter__', '__next__', '__enter__', 'readlines',
             'fileno', 'readable', 'isatty', 'detach', 'truncate']:
    show(getattr(t, name))
show(lambda: t.write('x'))
show(lambda: t.seek(0))
show(lambda: iter(t))
print(t.closed)

# detached
b = io.BytesIO(b'abc')
t = io.TextIOWrapper(b, encoding='latin-1')
print(t.detach() is b, repr(t.buffer), t.encoding, repr(t))
for name in ['read', 'closed', 'name', 'newlines', 'readable', 'close', 'flush', 'fileno', 'detach']:
    show(lambda: getattr(t, name) if name in ('closed', 'name', 'newlines') else getattr(t, name)())
show(lambda: t.write('x'))

# repr, name, attributes
t = io.TextIOWrapper(io.BytesIO())
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through, repr(t.newlines))
show(lambda: t.name)
class Named(io.BytesIO):
    name = 'fake.txt'
t = io.TextIOWrapper(Named(b'n'), errors='replace')
print(repr(t), t.name, t.errors)

# codecs: errors across chunk boundaries, latin-1, ascii
raw = ('a' * 8191 + 'é' + 'z').encode('utf-8')
t = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8')
x = t.read()
print(len(x), x[-3:])
raw = b'x' * 8191 + b'\xff\xfe' + b'y'
t = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8', errors='replace')
print(repr(t.read()[-5:]))
t = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8', errors='ignore')
print(len(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'ok\n\xe9t\xe9\n'), encoding='latin-1')
print(list(t))
t = io.TextIOWrapper(io.BytesIO(b'ok\n\xe9t\xe9\n'), encoding='ascii')
show(t.readline)
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='latin-1')
t.write('été\n')
show(lambda: t.write('€'))
t.flush()
print(b.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='ascii', errors='replace')
t.write('naïve')
t.flush()
print(b.getvalue())

# tell/seek after partial reads
t = io.TextIOWrapper(io.BytesIO('é1\né2\r\né3\n'.encode()), newline=None)
print(repr(t.readline()), t.tell(), repr(t.readline()), t.tell())
p = t.tell()
print(repr(t.read()), t.seek(p), repr(t.read()), t.seek(0, 2), repr(t.read()))
show(lambda: t.seek(1, 1))
show(lambda: t.seek(1, 2))
show(lambda: t.seek(-1))
t.seek(0)
print(t.truncate(3), repr(t.read()))

# a buffer written in Python
class Raw:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.closed = False
        self.reads = 0
        self.out = []
    def read(self, n=-1):
        self.reads += 1
        if n < 0:
            n = len(self.data)
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk
    def write(self, b):
        self.out.append(bytes(b))
        return len(b)
    def flush(self):
        pass
    def close(self):
        self.closed = True
    def readable(self):
        return True
    def writable(self):
        return True
    def seekable(self):
        return False

r = Raw(b'alpha\nbeta\ngamma')
t = io.TextIOWrapper(r, encoding='utf-8')
print(list(t), r.reads > 0, t.readable())
t.write('out\n')
t.flush()
print(r.out)
t.close()
print(r.closed, t.closed)

class BadRaw(Raw):
    def read(self, n=-1):
        return 'text'

show(lambda: io.TextIOWrapper(BadRaw(b'')).readline())

# subclass
class Tagged(io.TextIOWrapper):
    def readline(self, size=-1):
        line = super().readline(size)
        return line and '> ' + line

t = Tagged(io.BytesIO(b'l1\nl2\n'))
print(list(t), isinstance(t, io.TextIOBase), isinstance(t, io.TextIOWrapper))
with Tagged(io.BytesIO(b'q')) as t:
    print(t.read())
print(t.closed)
show(lambda: io.TextIOWrapper.__new__(int))
show(lambda: io.TextIOWrapper())
show(lambda: io.TextIOWrapper(io.BytesIO(), encoding=5))
show(lambda: io.TextIOWrapper(io.BytesIO(), errors=5))

# line buffering flushes on \r too; writelines
b = io.BytesIO()
t = io.TextIOWrapper(b, line_buffering=True, newline='')
t.write('a\rb')
print(b.getvalue())
t.writelines(['c', 'd\n'])
print(b.getvalue())
