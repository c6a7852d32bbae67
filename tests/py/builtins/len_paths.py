# len() of each builtin sized type (read from the body), of subclasses
# (whose __len__ may be overridden), of objects with __len__ (through the
# special-method lookup, bool and index results, errors), and the argument
# errors; in a hot loop so the call site is specialized.


class L(list):
    def __len__(self):
        return 42


class T(tuple):
    pass


class S(set):
    def __len__(self):
        return -1


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Idx:
    def __index__(self):
        return 7


values = [
    [1, 2, 3], (1, 2), "héllo", {"a": 1}, {1, 2, 3, 4}, frozenset({1}), b"abc", bytearray(b"xy"),
    range(10), L([1]), T((1, 2, 3)), Sized(5), Sized(True), Sized(Idx()), {}.keys(), [], (), "",
]
for _ in range(3):
    total = 0
    for v in values:
        total += len(v)
    print(total)

for bad in (S(), Sized(-1), Sized(1.5), Sized("3"), 5, None, iter([])):
    try:
        print(len(bad))
    except Exception as e:
        print(type(e).__name__, e)

for call in (lambda: len(), lambda: len([1], [2]), lambda: len(obj=[1])):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

s = {1, 2}
for i in range(20):
    s.add(i)
    if i % 3 == 0:
        s.discard(i // 2)
    print(len(s), end=" ")
print()
