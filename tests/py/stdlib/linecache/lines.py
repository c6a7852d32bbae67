import linecache
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "sample.py")
with open(path, "w") as f:
    f.write("first line\nsecond line\nno newline at end")
print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 3)))
print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, 4)), repr(linecache.getline(path, -1)))
print(linecache.getlines(path))
print(path in linecache.cache, linecache.cache[path][2] == linecache.getlines(path))
with open(path, "w") as f:
    f.write("changed\n")
print(repr(linecache.getline(path, 1)))
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)))
linecache.clearcache()
print(linecache.cache)
print(linecache.getlines(os.path.join(d, "missing.py")), repr(linecache.getline("<string>", 1)))
print(repr(linecache.getline(__file__, 1)))
os.remove(path)
linecache.checkcache()
print(path in linecache.cache)
os.rmdir(d)
