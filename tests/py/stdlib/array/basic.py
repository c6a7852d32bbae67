# array: construction, typecodes, item access, slicing, list-like methods,
# conversions, byteswap, repr, comparison, + and *, iteration.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__)
for code in array.typecodes:
    a = A(code)
    print(code, a.itemsize, a.typecode, repr(a), len(a))

a = A('i', [1, 2, 3])
print(a, a[0], a[-1], a[1:], a[::-1], a[5:], len(a), list(a), 2 in a, 9 in a)
a.append(4); a.extend([5, 6]); a.extend(A('i', [7])); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7)
print(a, a.index(3), a.index(3, 1, 5), a.count(3), A('b', [1, 1, 2]).count(1))
a.reverse()
print(a, a.tolist(), type(a.tolist()).__name__)
a[0] = -7
a[-1] = 8
print(a)
a[1:3] = A('i', [10, 20, 30])
print(a)
a[::2] = A('i', [0] * len(a[::2]))
print(a)
del a[0]
del a[::2]
print(a)
del a[:]
print(a, len(a))

b = A('h', range(5))
print(b + A('h', [9]), b * 2, 2 * b, b * 0, A('h') * 3)
b += A('h', [7]); b *= 2
print(b)
c = A('h', b)
c[0] = 100
print(b[0], c[0], A('d', A('i', [1, 2])))

print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) == A('b', [1, 2]), A('i', [1]) != A('i', [2]))
print(A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) <= A('i', [1]), A('d', [2.0]) > A('i', [1]), A('i') >= A('i'))
print(A('i', [1]) == [1], A('u', 'ab') == A('u', 'ab'))

x = A('H', [1, 258, 65535])
raw = x.tobytes()
print(raw, len(raw))
y = A('H')
y.frombytes(raw)
y.frombytes(bytearray(b'\x01\x00'))
print(y, A('b', b'\x01\xff'), A('B', bytearray(b'\x01\xff')))
x.byteswap()
print(x)
for code, vals in [('i', [1, -2]), ('q', [1, -2]), ('f', [1.5]), ('d', [0.1]), ('b', [1, 2]), ('u', '')]:
    z = A(code, vals)
    z.byteswap()
    print(code, z.tobytes().hex(), end=' | ')
    z.byteswap()
    print(z)
z = A('l', [-1, 2**63 - 1])
print(z.tobytes().hex(), A('Q', [2**64 - 1]).tobytes().hex(), A('L', [2**64 - 1]))
l = A('i')
l.fromlist([1, 2])
print(l)
info = l.buffer_info()
print(type(info).__name__, len(info), info[1], isinstance(info[0], int))

f = A('f', [0.1, 1e300, -2.5, 3])
print(f, f[0] == 0.1, A('d', [0.1, 3])[0] == 0.1, A('d', [True]))
u = A('u', 'hello')
print(u, u.tounicode(), u[1], u[1:3], list(u)[:2])
u.fromunicode(' world')
u.append('!')
print(u.tounicode(), len(u), u.index('o'), u.count('l'))

s = 0
for v in A('I', [1, 2, 3]):
    s += v
print(s, sorted(A('b', [3, -1, 2])), max(A('d', [1.5, 0.5])), list(reversed(A('i', [1, 2, 3]))))

class MyArray(A):
    pass
m = MyArray('i', [1, 2])
print(m, type(m).__name__, isinstance(m, A), m + A('i', [3]))

print(A('i', [1]).__copy__(), A('d', [1.0]).__deepcopy__({}))
