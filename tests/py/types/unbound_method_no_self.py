# Unbound builtin methods called without self raise CPython's TypeError
# (some were Rust panics: range.__len__()).
import collections
for f in (range.__len__, list.append, int.__abs__, str.upper, dict.keys, set.add, float.__repr__, range.__bool__, bytes.hex, tuple.count, list.__reversed__, int.__format__, object.__reduce_ex__, str.__getitem__, frozenset.copy, bytearray.append, complex.conjugate, slice.indices, memoryview.tolist):
    try:
        f()
    except TypeError as e:
        print(e)
def hot():
    out = []
    for i in range(300):
        try:
            range.__len__()
        except TypeError as e:
            out.append(str(e))
        out.append(list.__len__([1, 2]))
    return out[-2:], len(out)
print(hot())
try:
    list.sort(key=len)
except TypeError as e:
    print(e)
