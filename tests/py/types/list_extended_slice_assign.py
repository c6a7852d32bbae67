# Extended-slice assignment into a list, from lists (read in place), other
# sequences, the list itself, and with size errors.
a = list(range(10))
a[::2] = [10, 20, 30, 40, 50]
print(a)
a[::-3] = ["x", "y", "z", "w"]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(e)
a[::2] = a[1::2]
print(a)
b = list(range(6))
try:
    b[::2] = b
except ValueError as e:
    print(e)
b = list(range(6))
b[::-1] = b
print(b)
c = list(range(6))
c[1:5:2] = (7, 8)
print(c)
c[5:0:-2] = [1, 2, 3]
print(c)


class L(list):
    pass


d = list(range(4))
d[::2] = L([9, 9])
print(d)
e = []
e[::2] = []
print(e)
f = [[i] for i in range(8)]
g = [object() for _ in range(4)]
f[1::2] = g
print(all(f[2 * i + 1] is g[i] for i in range(4)), f[0], f[6])
