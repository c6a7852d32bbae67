# List slice assignment reads an exact list source in place (no copy);
# other sources are collected first. Same results and errors either way.

a = list(range(10))
a[::2] = [0] * 5
print(a)
a[1::3] = a[:3]
print(a)
a[2:5] = [7, 8]
print(a)
a[:] = a
print(a)
a[::-1] = a
print(a)
b = list(range(6))
b[1:4] = b
print(b)
c = list(range(8))
c[::2] = (x * 10 for x in range(4))
print(c)
c[5:1:-1] = "wxyz"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)


class L(list):
    def __iter__(self):
        return iter(["sub"] * len(self))


d = list(range(6))
d[::2] = L([1, 2, 3])
print(d)
d[0:2] = L([9])
print(d)
flags = [True] * 30
for i in range(2, 6):
    flags[i * i::i] = [False] * ((29 - i * i) // i + 1)
print([i for i in range(30) if flags[i]])
big = [0] * 1000
big[::7] = [1] * len(range(0, 1000, 7))
print(sum(big), big[:15])
e = [1, 2, 3]
del e[::2]
print(e)
