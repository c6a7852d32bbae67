# seq[a:b] straight after BUILD_SLICE (fused in the interpreter), set
# displays/comprehensions and closures on hot paths: edge cases and fallbacks.

class L(list):
    def __getitem__(self, k):
        return ("L", k if not isinstance(k, slice) else (k.start, k.stop, k.step))


class T(tuple):
    def __getitem__(self, k):
        return ("T", type(k).__name__)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def cuts(seq):
    out = []
    n = len(seq)
    for i in range(-n - 2, n + 3):
        out.append(seq[:i])
        out.append(seq[i:])
        out.append(seq[i:i + 2])
        out.append(seq[i:-1])
        out.append(seq[None:i])
        out.append(seq[i:None])
    out.append(seq[:])
    out.append(seq[2**60:])
    out.append(seq[:-(2**60)])
    out.append(seq[True:])
    out.append(seq[Idx(1):Idx(-1)])
    out.append(seq[::2])
    out.append(seq[1:5:2])
    return out


for s in ([1, 2, 3, 4, 5], (1, 2, 3, 4, 5), [], (), "abcde", range(6), b"xyz"):
    print(type(s).__name__, cuts(s))

t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[0:2] is t, type(t[:0]))
lst = [1, 2, 3]
print(lst[:] is lst, lst[:] == lst)
print(L([1, 2, 3])[1:2], L([1, 2, 3])[:])
print(T((1, 2))[0:1])
print(type(L([1, 2])), type(T((1, 2))))
d = {}
try:
    d[1:2]
except TypeError as e:
    print("TypeError", e)
for bad in (1.5, "a", [1]):
    try:
        [1, 2, 3][bad:]
    except TypeError as e:
        print("TypeError", e)
    try:
        (1, 2)[:bad]
    except TypeError as e:
        print("TypeError", e)
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError", e)


def perms(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in perms(rest):
            yield (items[i],) + tail


ok = 0
for vec in perms(list(range(6))):
    if 6 == len({vec[i] + i for i in range(6)}) == len({vec[i] - i for i in range(6)}):
        ok += 1
print("queens6", ok)

# set displays and comprehensions
print(set(), {1}, {1, 2, 2}, sorted({x % 7 for x in range(50)}), {1.0, 1, True})


class S(set):
    pass


print(type({*S([1])}), sorted({*S([1, 2])}))


def make(n):
    cells = []
    for i in range(n):
        def get(i=i):
            return i + len(cells)
        cells.append(get)
    return [f() for f in cells]


print(make(4))


def outer():
    x = 1

    def inner():
        return x
    r = [inner()]
    x = 2
    r.append(inner())
    del x
    try:
        inner()
    except NameError as e:
        print("NameError", e)
    return r


print(outer())
