# io.StringIO (native): newline modes and the newlines attribute, positions
# in code points, padding, truncate, readline/readlines limits, closed and
# argument errors with CPython's messages, and subclassing from Python.
import io

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s = io.StringIO(newline=nl)
    print(s.write('x\ny\r\nz\r'), repr(s.getvalue()), repr(s.newlines), s.tell())
    s.seek(0)
    print([s.readline() for _ in range(4)])
    s = io.StringIO(newline=nl)
    s.write('a\r')
    s.write('\nb')
    print(repr(s.getvalue()), repr(s.newlines), list(io.StringIO('p\rq\r\nr\ns', newline=nl)))

# positions are code points; writing past the end pads with NULs
s = io.StringIO('héllo\nwörld\n')
print(repr(s.readline()), s.tell())
s.seek(3)
print(repr(s.read(3)), s.tell())
s.seek(2)
print(s.write('ÉÈ'), repr(s.getvalue()), s.tell())
s.seek(20)
print(repr(s.read()), s.tell(), s.write('€'), repr(s.getvalue()), s.tell())
s = io.StringIO('abcdef')
s.seek(2)
print(s.truncate(), repr(s.getvalue()), s.tell(), s.truncate(10), s.tell())
s.seek(1)
s.write('ZZZZZZ')
print(repr(s.getvalue()))
s = io.StringIO('€uro€')
s.seek(4)
print(s.truncate(2), repr(s.getvalue()), s.tell(), repr(s.read()))
s.write('!')
print(repr(s.getvalue()))

# limits
print(io.StringIO('abc\ndef').readline(2), io.StringIO('abc\ndef').readline(-5), io.StringIO('abc\ndef').readline(None))
s = io.StringIO('one\ntwo\nthree\nfour\n')
print(s.readlines(4), s.readlines(3), s.readlines(0))
s = io.StringIO('xy\r\nz', newline='')
print(repr(s.readline(3)), repr(s.readline()), repr(s.readline()))
print(repr(io.StringIO('abc').read(0)), repr(io.StringIO('abc').read(None)), repr(io.StringIO('abc').read(-3)))

# seek / whence
for args in [(-1,), (0, 1), (1, 1), (0, 2), (1, 2), (0, 3), ('a',), (1.5,), (0, 'a')]:
    show(lambda: io.StringIO('abc').seek(*args))

# argument errors
show(lambda: io.StringIO().read('x'))
show(lambda: io.StringIO().readline(1.5))
show(lambda: io.StringIO().readlines('x'))
show(lambda: io.StringIO().write(b'x'))
show(lambda: io.StringIO(1))
show(lambda: io.StringIO(newline='x'))
show(lambda: io.StringIO(newline=1))
show(lambda: io.StringIO().truncate(-1))
show(lambda: io.StringIO().truncate('a'))
show(lambda: io.StringIO().fileno())
show(lambda: io.StringIO().detach())
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO(initial_value='x', newline=None).getvalue()))
s = io.StringIO('abc')
print(s.line_buffering, s.encoding, s.errors, s.closed, s.readable(), s.writable(), s.seekable(), s.isatty())

# closed
s = io.StringIO('abc')
s.close()
s.close()
for name in ['read', 'readline', 'getvalue', 'tell', 'readable', 'truncate', 'seekable',
             '__iter__', '__next__', '__enter__', 'readlines', 'isatty', 'flush']:
    show(getattr(s, name))
show(lambda: s.write('x'))
show(lambda: s.writelines([]))
show(lambda: s.seek(0))
show(lambda: s.newlines)
show(lambda: iter(s))
show(lambda: next(s))
print(s.closed)
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)

# identity of getvalue, iteration, writelines
s = io.StringIO()
s.writelines(['a\n', 'b\n', 'c'])
print(s.getvalue() is s.getvalue(), list(s), s.tell())
s.seek(0)
print(list(s), next(iter(s), 'end'))
print(isinstance(s, io.IOBase), isinstance(s, io.TextIOBase), isinstance(s, io.BufferedIOBase),
      issubclass(io.StringIO, io.TextIOBase), issubclass(io.StringIO, io.RawIOBase))
print(type(s).__name__, type(s).__module__)

# subclasses
class Log(io.StringIO):
    def __init__(self):
        super().__init__()
        self.calls = 0
    def write(self, s):
        self.calls += 1
        return super().write(s.upper())

log = Log()
print('hello', 'there', file=log)
log.writelines(['x', 'y'])
print(repr(log.getvalue()), log.calls, isinstance(log, io.TextIOBase), isinstance(log, io.StringIO))

class Numbered(io.StringIO):
    n = 0
    def readline(self, size=-1):
        line = super().readline(size)
        if line:
            self.n += 1
            return '%d:%s' % (self.n, line)
        return line

print(list(Numbered('a\nb\n')), Numbered('a\nb\nc\n').readlines(3))
with Numbered('q\n') as nb:
    print(next(nb))
print(nb.closed)

class NoInit(io.StringIO):
    def __init__(self):
        pass

show(lambda: NoInit().write('x'))
show(lambda: NoInit().closed)
show(lambda: io.StringIO.__new__(int))

class Attrs(io.StringIO):
    pass

a = Attrs('z')
a.tag = 'kept'
print(a.tag, a.read(), vars(a))
