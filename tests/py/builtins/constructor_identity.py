# str/int/float/tuple of an exact instance return the object itself (as in
# CPython); subclasses, bools and other types still convert.
class S(str):
    pass


class I(int):
    pass


class F(float):
    pass


class T(tuple):
    pass


s, i, big, f, t = 'abc', 7, 10 ** 30, 2.5, (1, 2)
print(str(s) is s, int(big) is big, float(f) is f, tuple(t) is t, int(i) == 7)
for v in (S('x'), I(3), F(1.5), T((1,)), True, b'b', [1, 2], 3.9, '12'):
    for ty in (str, int, float, tuple):
        try:
            r = ty(v)
            print(ty.__name__, repr(v), repr(r), type(r).__name__, r is v)
        except (TypeError, ValueError) as e:
            print(ty.__name__, repr(v), type(e).__name__, e)
print(list(map(str, ['a', 1, 2.5, None])), list(map(int, ['1', 2, 3.7, True])), list(map(float, [1, '2e3'])))
print(float(bytearray(b' 1.5 ')), float(b'-2'))
for v in (b'x1', bytearray(b'1.5x'), b'\xff'):
    try:
        float(v)
    except ValueError as e:
        print(e)
print(list(map(tuple, ['ab', [1], (2,)])))
