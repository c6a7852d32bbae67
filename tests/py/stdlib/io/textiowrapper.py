# io.TextIOWrapper over BytesIO and binary files: decoding, newline modes,
# read/readline/iteration, buffered writes, flush, detach, errors.
import io
import os
import tempfile

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

raw = 'héllo\r\nwörld\rline3\nlast'.encode('utf-8')
for nl in [None, '', '\n', '\r', '\r\n']:
    t = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8', newline=nl)
    print(repr(nl), list(t))
    t = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8', newline=nl)
    print(repr(nl), repr(t.read()))
    t = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8', newline=nl)
    print(repr(nl), repr(t.read(3)), repr(t.readline()), repr(t.readline(2)), repr(t.read(4)), repr(t.read()), repr(t.read()))

# decoding across chunk boundaries (multi-byte characters and \r\n split)
big = ('é' * 5000 + '\r\n' + '€x' * 3000 + '\r' + '\n' * 3).encode('utf-8')
t = io.TextIOWrapper(io.BytesIO(big), encoding='utf-8')
lines = t.readlines()
print(len(lines), [len(x) for x in lines], lines[0][-3:])
t = io.TextIOWrapper(io.BytesIO(('a' * 8191 + '\r\n' + 'b').encode()), newline=None)
print([len(x) for x in t])
t = io.TextIOWrapper(io.BytesIO('ab\u4e00cd'.encode('utf-16')), encoding='utf-16')
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'caf\xe9'), encoding='latin-1')
print(repr(t.read()), t.encoding, t.errors)
t = io.TextIOWrapper(io.BytesIO(b'bad \xff here'), encoding='utf-8', errors='replace')
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'bad \xff here'), encoding='utf-8')
show(t.read)

# writing: held until flush, newline translation, write_through, line_buffering
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8', newline='\r\n')
print(t.write('a\nbé\n'), b.getvalue())
t.flush()
print(b.getvalue())
t.write('x' * 10000)
print(len(b.getvalue()))
b = io.BytesIO()
t = io.TextIOWrapper(b, write_through=True)
t.write('now\n')
print(b.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b, line_buffering=True)
t.write('no newline')
print(b.getvalue())
t.write(' then\n')
print(b.getvalue(), t.line_buffering, t.write_through)
t = io.TextIOWrapper(io.BytesIO(), encoding='ascii')
t.write('ok')
show(lambda: t.write('é'))
show(lambda: t.write(b'bytes'))

# detach, close, buffer
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8')
t.write('pending')
print(t.buffer is b, t.detach() is b, b.getvalue())
show(lambda: t.buffer)
show(lambda: t.write('x'))
b = io.BytesIO(b'abc')
t = io.TextIOWrapper(b)
print(t.closed, t.readable(), t.writable(), t.seekable())
t.close()
print(t.closed, b.closed)
show(t.read)
with io.TextIOWrapper(io.BytesIO(b'ctx')) as t:
    print(t.read())
print(t.closed)

# argument errors
show(lambda: io.TextIOWrapper(io.BytesIO(), newline='x'))
show(lambda: io.TextIOWrapper(io.BytesIO(), newline=5))
show(lambda: io.TextIOWrapper(io.BytesIO(), encoding='no-such-codec'))
show(lambda: io.TextIOWrapper(io.BytesIO(b'x')).read('1'))
print(isinstance(io.TextIOWrapper(io.BytesIO()), io.TextIOBase), isinstance(io.TextIOWrapper(io.BytesIO()), io.IOBase))

# tell/seek round trip on a clean position
t = io.TextIOWrapper(io.BytesIO('one\ntwo\nthree\n'.encode()))
print(repr(t.readline()), t.tell())
pos = t.tell()
print(repr(t.readline()))
t.seek(pos)
print(repr(t.readline()), repr(t.read()))
t.seek(0)
print(repr(t.read(3)))

# over a binary file on disk
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with open(path, 'wb') as f:
        t = io.TextIOWrapper(f, encoding='utf-8', newline='\r\n')
        t.write('first\nsecond ü\n')
        t.flush()
        t.detach()
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, 'rb') as f:
        t = io.TextIOWrapper(f, encoding='utf-8')
        print(list(t), t.name == path)
