# Text files: read(n) counts characters after newline translation, tell()
# is a byte offset, seek/tell round trips, and the '+' modes (r+, w+, a+)
# behave as CPython's TextIOWrapper over a BufferedRandom (a write after a
# text read lands after the chunk the text layer read ahead).
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w", newline="") as f:
    f.write("ab\r\ncd\nef\rgh\r\nij")

for mode in ["r", "r+", "a+"]:
    with open(p, mode) as f:
        if mode == "a+":
            print("a+ starts at", f.tell())
            f.seek(0)
        print(mode, repr(f.read(3)), repr(f.read(4)), f.tell())
        pos = f.tell()
        print(repr(f.read(2)))
        f.seek(pos)
        print(repr(f.read(2)), repr(f.readline()), f.tell(), repr(f.read()), f.tell())

for nl in ["", "\n", "\r", "\r\n"]:
    with open(p, "r", newline=nl) as f:
        print(repr(nl), [line for line in f])
    with open(p, "r+", newline=nl) as f:
        print(repr(nl), "r+", repr(f.readline()), repr(f.read(5)), f.tell())

with open(p, "r") as f:
    marks = []
    while True:
        marks.append(f.tell())
        if not f.readline():
            break
    # (After a line ending in a lone '\r' CPython's tell() is an opaque cookie.)
    print("line starts", marks[:3], len(marks))
    f.seek(marks[2])
    print(repr(f.readline()))

with open(p, "w+") as f:
    print(f.write("h\u00e9llo\nw\u00f6rld\n"), f.tell())
    f.seek(0)
    print(repr(f.read(3)), f.tell())
    t = f.tell()
    print(repr(f.readline()))
    f.seek(t)
    print(repr(f.read()))
    f.seek(0, 2)
    f.write("end")
    f.seek(0)
    print(repr(f.read()))
    for off, whence in [(1, 1), (-1, 2), (0, 1), (0, 2)]:
        try:
            print("seek", off, whence, f.seek(off, whence))
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e)

with open(p, "r+") as f:
    f.read(2)
    f.write("XY")
    print("after write", f.tell())
    f.seek(0)
    print(repr(f.read()))

with open(p, "a+") as f:
    print(f.tell())
    f.write("more\n")
    f.seek(0)
    print(repr(f.readline()), f.tell())
    print(repr(f.read(100)))
    print(f.readable(), f.writable())

with open(p, "rb+") as f:
    f.seek(2)
    f.write(b"ZZ")
    f.seek(0)
    print(f.read(), f.tell())
    f.seek(1)
    print(f.read(3), f.tell())

# A file longer than one read-ahead chunk.
with open(p, "w") as f:
    for i in range(3000):
        f.write("line %d\r\n" % i if i % 2 else "line %d\n" % i)
with open(p, "r+") as f:
    first = f.read(10)
    print(repr(first), f.tell())
    f.readline()
    for _ in range(900):
        f.readline()
    print(repr(f.readline()), f.tell())
    f.write("!")
    print(f.tell())
with open(p, "r") as f:
    text = f.read()
    print(len(text), text.count("\n"), "!" in text)
os.remove(p)
os.rmdir(d)
