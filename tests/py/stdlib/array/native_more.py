# array: slices with steps, slice assignment that grows/shrinks, iteration
# while mutating, subclassing, tofile/fromfile, copy, and more messages.
import copy, io, os, tempfile
from array import array as A, typecodes

def t(f, *a):
    try:
        print('ok', f(*a))
    except Exception as e:
        print(type(e).__name__, e)

a = A('i', range(10))
print(a[::3], a[8:2:-2], a[-3:], a[100:], a[::-1][:3], a[2:2])
a[2:5] = A('i')
print(a)
a[0:0] = A('i', [7, 7])
print(a)
a[5:2] = A('i', [1])
print(a)
a[::-2] = A('i', [0] * len(a[::-2]))
print(a)
del a[1::3]
print(a)
del a[-1]
print(a, len(a))
t(a.__setitem__, slice(None, None, 2), A('i', [1]))
t(a.__getitem__, 2**70)
t(a.__setitem__, 'x', 1)
t(a.__delitem__, slice(None, None, 0))
print(a.index(0), a.count(0), 0 in a, 1.0 in A('d', [1.0]), 'x' in a)
t(a.index, 0, 100)
t(a.index, 0, -1)
print(A('i', [1, 2, 3]).index(3, -1), A('i', [1, 2, 3]).pop(-1))

# comparisons across typecodes and with nan
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('b', [1]) < A('h', [1, 0]), A('d', [float('nan')]) == A('d', [float('nan')]))
print(A('i') == A('i'), A('i', [1]) != A('I', [1]), A('q', [2]) > A('Q', [1]), A('i', [1]) == (1,))

# typed limits and conversions
for code in 'bBhHiIlLqQ':
    hi = {'b': 127, 'B': 255, 'h': 32767, 'H': 65535, 'i': 2**31 - 1, 'I': 2**32 - 1,
          'l': 2**63 - 1, 'L': 2**64 - 1, 'q': 2**63 - 1, 'Q': 2**64 - 1}[code]
    x = A(code, [hi, 0])
    print(code, x, x[0] == hi, x.tobytes()[:2].hex())
class Idx:
    def __index__(self):
        return 5
class Flt:
    def __float__(self):
        return 2.5
print(A('i', [Idx(), True]), A('d', [Flt(), Idx(), 3, False]), A('f', [0.1])[0])
t(A, 'i', [1.5]); t(A, 'd', ['1']); t(A, 'f', [10**400]); t(A, 'u', ['', 'a'])

# iteration sees appended items; iterator after exhaustion stays exhausted
a = A('h', [1, 2])
out = []
for v in a:
    out.append(v)
    if v == 1:
        a.append(3)
print(out)
it = iter(A('b', [5]))
print(next(it), next(it, 'done'), next(it, 'done'), type(it).__name__)

# subclass
class Mine(A):
    def total(self):
        return sum(self)
m = Mine('d', [1.5, 2.5])
print(m, m.total(), type(m[:1]).__name__, type(m + m).__name__, type(m * 2).__name__, isinstance(m, A))
m.extra = 1
print(m.extra, repr(Mine('u', 'hi')), Mine('i') == A('i'))

# copy, in-place ops return the same object
b = A('I', [1, 2])
c = copy.copy(b); d = copy.deepcopy(b)
c[0] = 9
print(b, c, d, c is not b)
x = b
b += A('I', [3]); b *= 2
print(x is b, b)
b *= -1
print(b, A('i', [1]) * 0, 3 * A('b', [1, 2]))

# tofile / fromfile / fromlist / tolist / unicode
path = os.path.join(tempfile.mkdtemp(), 'arr.bin')
with open(path, 'wb') as f:
    A('h', [1, -2, 300]).tofile(f)
with open(path, 'rb') as f:
    r = A('h')
    r.fromfile(f, 2)
    print(r)
    t(r.fromfile, f, 5)
    print(r)
os.remove(path)
os.rmdir(os.path.dirname(path))
r = A('d'); r.fromlist([1, 2.5]); print(r.tolist())
t(r.fromlist, [1, 'a']); print(r)
u = A('u', 'héllo 😀')
print(u, len(u), u.tounicode(), u[-1], u.itemsize, A('u', u), u.tobytes()[:4])
t(A('u').frombytes, b'\xff\xff\xff\xff')
print(typecodes, [A(c).itemsize for c in typecodes])
t(A, 'i', 1, 2)
t(A)
