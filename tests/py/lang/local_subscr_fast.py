# `local[local]` (LOAD_FAST__LOAD_FAST; BINARY_SUBSCR_LIST / _TUPLE) run
# at once, and its fallbacks: negative and out-of-range indexes, bools,
# big ints, other key and container types, subclasses, an unbound key.
def get(seq, i):
    return seq[i]


def loop(seq, n):
    total = 0
    for i in range(n):
        j = i % len(seq)
        total += seq[j]
        k = -1 - j
        total += seq[k]
    return total


print(loop([1, 2, 3], 60), loop((4.5, -0.0, 2), 60))
lst = [10, 20, 30]
tup = ("a", "b")
for _ in range(60):
    get(lst, 1)
    get(tup, -1)
for seq, key in [(lst, 2), (lst, -3), (lst, True), (lst, False), (tup, 1), (tup, -2), ({"k": 1}, "k"), ("xyz", 1), (lst, slice(0, 2)), (range(5), 3)]:
    print(get(seq, key))
for seq, key in [(lst, 3), (lst, -4), (tup, 2), (lst, 2**62), (lst, -(2**63)), (lst, 2**64), (lst, 1.0), (tup, "0"), (None, 0)]:
    try:
        print(get(seq, key))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)


class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))


print(get(L([7, 8]), 1), get(L([7, 8]), -2))


def unbound(seq):
    try:
        return seq[i]
    finally:
        pass
    i = 0


try:
    unbound([1])
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def flips(work, n):
    lo, hi = 0, n - 1
    while lo < hi:
        t = work[lo]
        work[lo] = work[hi]
        work[hi] = t
        lo += 1
        hi -= 1
    return work


for n in range(1, 8):
    print(flips(list(range(n)), n))
