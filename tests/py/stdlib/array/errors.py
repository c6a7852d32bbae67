# array: overflow, type and index errors with CPython's messages.
from array import array as A

def t(f, *a):
    try:
        print('ok', f(*a))
    except Exception as e:
        print(type(e).__name__, e)

lims = {'b': 8, 'B': 8, 'h': 16, 'H': 16, 'i': 32, 'I': 32, 'l': 64, 'L': 64, 'q': 64, 'Q': 64}
for c, bits in lims.items():
    signed = c.islower()
    hi = 2**(bits - 1) if signed else 2**bits
    lo = -2**(bits - 1) - 1 if signed else -1
    print(c, end=' ')
    t(A, c, [hi - 1, lo + 1])
    for v in (hi, lo, 2**100, -2**100, 1.0, 'a'):
        print(c, repr(v)[:12], end=' ')
        t(A, c, [v])
    a = A(c, [0])
    print(c, end=' ')
    t(a.append, hi)
    print(c, end=' ')
    t(a.__setitem__, 0, lo)
    print(a)

t(A, 'f', ['a']); t(A, 'd', [None]); t(A, 'u', [1]); t(A, 'u', ['ab']); t(A, 'u', 'ab')
t(A, 'z'); t(A, 'ii'); t(A, 5); t(A, 'i', 'abc'); t(A, 'i', 5); t(A, 'i', b'abc'); t(A, 'h', [1, 'x'])

a = A('i', [1, 2, 3])
t(a.remove, 5); t(a.index, 5); t(a.index, 1, 1); t(a.pop, 10); t(A('i').pop); t(a.__getitem__, 5); t(a.__getitem__, -4)
t(a.__setitem__, 5, 1); t(a.__delitem__, 9); t(a.__getitem__, 'x')
t(lambda: a + A('d')); t(lambda: a + [1]); t(a.extend, A('d')); t(a.frombytes, b'abc'); t(a.frombytes, 'abcd')
t(a.__setitem__, slice(0, 2), [1]); t(a.__setitem__, slice(0, 2), A('h', [1]))
t(a.__setitem__, slice(0, 3, 2), A('i', [1, 2, 3]))
print(a)
t(a.fromlist, (1,)); t(a.fromlist, [4, 'x'])
print(a)
def iadd():
    global a
    a += [1]
t(iadd); t(lambda: a * 'x'); print(a.__lt__([1]))
t(a.tounicode); t(A('i').fromunicode, 'x'); t(A('u').fromunicode, 5)
t(hash, a)
t(a.insert, 'x', 1)
print(a, A('b') == A('B'))
