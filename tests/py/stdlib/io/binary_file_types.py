# open() in binary modes returns BufferedReader/Writer/Random (not TextIOWrapper), as CPython.
import io, os
import tempfile
p = os.path.join(tempfile.mkdtemp(), 'bf.bin')
with open(p, 'wb') as f:
    print(type(f).__name__, isinstance(f, io.TextIOWrapper), isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))
    f.write(b'abc\n')
    print(repr(f).replace(p, 'P'))
for m in ('rb', 'r+b', 'ab'):
    with open(p, m) as f:
        print(m, type(f).__name__, isinstance(f, io.TextIOWrapper), isinstance(f, io.BufferedIOBase), isinstance(f, io.RawIOBase))
with open(p) as f:
    print(type(f).__name__, isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.BufferedIOBase), f.read())
with open(p, 'rb') as f:
    print(f.read(), list(open(p, 'rb')))
os.remove(p)
os.rmdir(os.path.dirname(p))
