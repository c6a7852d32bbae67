# Tuple and list `+` take a fast path for exact types; subclasses, empty
# operands, `+=` on lists and mixed types must behave as CPython's.
a = (1, 2)
e = ()
print(a + e is a, e + a is a, a + a, [1] + [2], a + (3,))
l = [1]
m = l
l += [2]
print(l is m, l)
n = l + []
print(n is l, n)


class T(tuple):
    def __add__(s, o):
        return 'T'


class L(list):
    pass


print(T((1,)) + (2,), (2,) + T((1,)), type((2,) + T((1,))).__name__)
print(type(L([1]) + [2]).__name__, type([2] + L([1])).__name__)
for bad in [lambda: (1,) + [2], lambda: [1] + (2,), lambda: (1,) + 2]:
    try:
        bad()
    except TypeError as ex:
        print(type(ex).__name__, ex)
acc = ()
for i in range(50):
    x = T((i,)) if i == 40 else (i,)
    r = acc + x if i != 40 else x + acc
    if isinstance(r, tuple):
        acc = r
    else:
        print(i, r)
print(len(acc), acc[-3:])
