import functools, io, os
print(functools.partial[int])
print(repr(functools.partial[int]))
import tempfile
p = os.path.join(tempfile.mkdtemp(), "rp.txt")
with open(p, 'wb') as f: f.write(b'a\r\nb\rc\nd')
with open(p, 'r+') as f: print(repr(f.read()))
with open(p, 'r+') as f: print(f.readlines())
with open(p, 'r') as f: print(f.readlines())
with open(p, 'w+') as f:
    f.write('x\ny\r\n'); f.seek(0); print(repr(f.read()))
with open(p, 'a+') as f:
    f.seek(0); print(repr(f.read()))
with open(p, 'wb') as f: f.write(b'one\r\ntwo\rthree\nfour\r\n')
with open(p, 'r+') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(3)), repr(f.read()))
with open(p, 'r+', newline='') as f: print(f.readlines())
with open(p, 'r+', newline='\r') as f: print(f.readlines())
with open(p, 'rb+') as f: print(f.readlines())
os.remove(p)
os.rmdir(os.path.dirname(p))
