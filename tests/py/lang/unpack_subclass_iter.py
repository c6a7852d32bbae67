# list/tuple subclasses that override __iter__ are iterated, not read directly,
# by unpacking, starred unpacking, *args and [*x] (CPython checks exact types)
class L(list):
    def __iter__(self):
        yield "x"
        yield "y"

class T(tuple):
    def __iter__(self):
        return iter(("p", "q"))

class Plain(list):
    pass

def f(*args):
    return args

for i in range(300):      # warm the sites so specialized forms see the subclasses too
    a, b = L([1, 2])
    c, d = T((1, 2))
    e, g = Plain([3, 4])
    h, *rest = L([1, 2, 3])
    k = [*L([7]), *T((8,)), *Plain([9])]
    args = f(*L([5]))
print(a, b, c, d, e, g, h, rest, k, args)
print(list(L([5, 6])), tuple(T((1,))), sorted(set(L([0]))), sorted({*T(())}))
try:
    a, b, c = L([1, 2, 3])
except ValueError as ex:
    print(ex)
try:
    (a,) = T((1, 2))
except ValueError as ex:
    print(ex)
# a list subclass whose __iter__ mutates the list while iterating
class Grow(list):
    def __iter__(self):
        for i in range(3):
            self.append(i)
            yield len(self)
x, y, z = Grow()
print(x, y, z)
print([*Grow([1])])
