# Sequence concatenation and slicing with inline-int, bool, big-int,
# None and __index__ bounds (the fast paths must agree with the general ones).


class L(list):
    pass


class T(tuple):
    pass


class Ix:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


a = [1, 2, 3]
t = (4, 5)
print(a + [9], [] + a, a + [], L([7]) + a, a + L([8]), type(L([7]) + a).__name__)
print(t + (6,), () + t, t + (), T((1,)) + t, type(T((1,)) + t).__name__)
print("ab" + "cd", b"x" + b"y", bytearray(b"q") + b"r")
big = [0] * 3 + [1] * 2
print(big, len(a + a + a))
for left, right in ((a, t), (t, a), ("s", 1), (a, None), (t, "x"), (b"x", "y")):
    try:
        left + right
    except TypeError as e:
        print(type(e).__name__, e)

s = list(range(10))
print(s[2:5], s[-3:], s[:-7], s[::3], s[::-2], s[8:2:-1], s[100:], s[-100:2])
print(s[True:3], s[Ix(1):Ix(4)], s[2 ** 70:], s[-(2 ** 70):3], s[1:9:Ix(3)])
print("hello"[1:4], (1, 2, 3, 4)[1:], b"abcdef"[::2])
for bad in (slice(1, 2, 0), slice("a", 2), slice(1.5, 3)):
    try:
        s[bad]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(slice(1, 20, 3).indices(10), slice(-5, None).indices(3), slice(None, None, -1).indices(4))

items = list(range(6))
for i in range(len(items)):
    rest = items[:i] + items[i + 1:]
    print(i, rest, (items[i],) + tuple(rest[:2]))
