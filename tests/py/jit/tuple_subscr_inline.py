# BINARY_SUBSCR on exact tuples read inline in compiled code, and every
# way out of that fast path: negative and out-of-range indexes, bools, big
# ints, slices, tuple subclasses with __getitem__, other sequence types.


class T(tuple):
    def __getitem__(self, i):
        return ("sub", tuple.__getitem__(self, i))


def plain(vec, n):
    t = 0
    for k in range(n):
        t += vec[k % len(vec)] + vec[-1 - k % len(vec)]
    return t


def mixed(n):
    vec = (3, 1, 4, 1, 5)
    out = []
    for k in range(n):
        s = {vec[i] + i for i in range(5)}
        out.append(len(s))
        try:
            out.append(vec[k])
        except IndexError as e:
            out.append(str(e))
        try:
            out.append(vec[2 ** 70])
        except IndexError as e:
            out.append(str(e))
        out.append(vec[True])
        out.append(vec[1:3])
        try:
            vec["x"]
        except TypeError as e:
            out.append(str(e))
    return out[:12], out[-6:]


def poly(n):
    seqs = [(1, 2, 3), T((4, 5, 6)), [7, 8, 9], "abc", range(3)]
    r = []
    for k in range(n):
        s = seqs[k % 5] if k > n // 2 else seqs[0]
        r.append(s[1])
    return r[-5:]


for _ in range(2):
    print(plain((1, 2, 3, 4, 5, 6, 7), 2000))
    print(mixed(400))
    print(poly(400))
