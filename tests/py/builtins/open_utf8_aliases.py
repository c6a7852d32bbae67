# The spellings of UTF-8 that open() accepts for text files.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
for enc in ["utf-8", "UTF-8", "utf8", "utf_8", "U8", None]:
    with open(p, "w", encoding=enc) as f:
        f.write("café ☕\n")
    with open(p, encoding=enc) as f:
        print(enc, repr(f.read()), f.encoding)
print(open(p, "rb").read())
os.remove(p); os.rmdir(d)
