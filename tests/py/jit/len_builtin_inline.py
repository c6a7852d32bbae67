# len(x) at sites where the interpreter saw the builtin called: builtin
# sized objects are measured by a lean helper in compiled code; subclasses
# with __len__, other objects, errors from __len__, a rebound or shadowed
# `len`, and unsized arguments must behave as in CPython.
import builtins


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class MyList(list):
    def __len__(self):
        return 99


def sizes(xs):
    return [len(x) for x in xs]


def check(n, vec):
    return n == len({vec[i] + i for i in range(n)}) == len({vec[i] - i for i in range(n)})


samples = [[1, 2], (3,), "héllo", {1: 2}, {4, 5, 6}, frozenset(), b"ab", bytearray(3), range(7), ""]
for _ in range(300):
    sizes(samples)
    check(4, (1, 3, 0, 2))

print(sizes(samples), check(4, (1, 3, 0, 2)), check(4, (0, 1, 2, 3)))
print(sizes([Sized(3), MyList([1]), Sized(0), {"a": [1] * 5}, [[]] * 4]))
for bad in (Sized(-1), Sized(2 ** 70), 5, None, Sized("x")):
    try:
        print(sizes([bad]))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
real = builtins.len
builtins.len = lambda x: "shadowed"
print(sizes([[1], "ab"]))
builtins.len = real
print(sizes([[1], "ab"]))


def local_len(xs):
    len = max
    return [len(x) for x in xs]


print(local_len([[1, 5], (7, 2)]))
