# List subscripts in hot (compiled) loops: negative indices, out-of-range
# reads and writes raising IndexError with CPython's messages (caught in the
# same compiled function and outside it), big and non-int indices.


def read_all(xs, idxs):
    out = []
    for i in idxs:
        try:
            out.append(xs[i])
        except IndexError as e:
            out.append("IE:" + str(e))
    return out


def write_all(xs, idxs):
    for i in idxs:
        try:
            xs[i] = i * 10
        except IndexError as e:
            xs.append(str(e))
    return xs


idxs = [0, 1, 2, -1, -2, -3, 3, -4, 100, -100]
for _ in range(300):
    read_all([1, 2, 3], idxs)
    write_all([1, 2, 3], idxs)
print(read_all([1, 2, 3], idxs))
print(write_all([1, 2, 3], idxs))
print(read_all([], [0, -1]))
print(write_all([], [0, -1]))


def get(xs, i):
    return xs[i]


def put(xs, i, v):
    xs[i] = v


for k in range(500):
    get([k, k + 1], k % 2)
    put([k, k + 1], -(k % 2 + 1), k)
for bad in [2, -3, 10**30, -(10**30), 2**47, -(2**47)]:
    for f in (lambda: get([1, 2], bad), lambda: put([1, 2], bad, 0)):
        try:
            f()
        except IndexError as e:
            print("IndexError", bad if abs(bad) < 100 else "big", e)
for bad in ["0", 1.0, None, [0]]:
    for f in (lambda: get([1, 2], bad), lambda: put([1, 2], bad, 0)):
        try:
            f()
        except TypeError as e:
            print("TypeError", e)
# Bools are ints.
print(get([5, 6], True), get([5, 6], False))
xs = [0, 0]
put(xs, True, "t")
print(xs)
# Index error escaping a compiled frame, traceback-free.
try:
    get(list(range(5)), 5)
except IndexError as e:
    print(type(e).__name__, e.args)


def sum_neg(xs):
    t = 0
    for i in range(1, len(xs) + 1):
        t += xs[-i]
    return t


print(sum_neg(list(range(1000))), sum_neg([]), sum_neg([7]))
