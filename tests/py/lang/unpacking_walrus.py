# Unpacking in assignment/for/calls/literals, and assignment expressions.
a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
(x, y), z = [1, 2], 3
print(x, y, z)
first, (second, *others) = 1, (2, 3, 4)
print(first, second, others)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
p = q = r = [0]
p.append(1)
print(p, q, r)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
print([*range(3), *"ab", *{"k": 1}], (*[1], 2), {*(1, 2), 3}, {**{"a": 1}, "b": 2, **{"a": 3}})
for bad in ([1, 2, 3], [1], "ab"):
    try:
        u, v = bad
        print("ok", u, v)
    except ValueError as e:
        print("ValueError:", e)
try:
    m, *n, o = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    s, t = 5
except TypeError as e:
    print("TypeError:", e)

data = [5, 3, 9, 0, 7]
idx = 0
while (val := data[idx]) != 0:
    print("val", val)
    idx += 1
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
print((w := 10) + w, w)
def f():
    if (res := sum(data)) > 20:
        return res
print(f())
head, *_ = tail = [1, 2, 3]
print(head, tail)
a, b = b, a
print(a, b)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
