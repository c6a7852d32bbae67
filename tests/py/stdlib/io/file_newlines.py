# Text files honour open(newline=...): where lines end on reading (None translates,
# '' splits at any ending untranslated, '\n', '\r' or '\r\n' at that one) and what '\n' becomes on writing.
import os, tempfile
p = os.path.join(tempfile.mkdtemp(), 'nl.txt')
with open(p, 'wb') as f:
    f.write(b'a\rb\r\nc\nd\re')
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(p, newline=nl) as f:
        print(repr(nl), list(f))
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()), end=' ')
    with open(p, newline=nl) as f:
        print([f.readline() for _ in range(3)])
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(p, 'w', newline=nl) as f:
        f.write('x\ny\r\nz\r')
    with open(p, 'rb') as f:
        print(repr(nl), f.read())
os.remove(p)
try:
    open(__file__, newline='x')
except ValueError as e:
    print('ValueError', e)
p2 = os.path.join(tempfile.mkdtemp(), 'nl2.txt')
with open(p2, 'w', newline='') as f:
    f.write('r1\r\nr2\nr3\rr4')
with open(p2, newline='') as f:
    print([f.readline(2), f.readline(), f.readline(), f.readlines()])
os.remove(p2)
