# tuple, range and slice objects.
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t[2], t[-1], t[1:4], t[::-2], t.count(1), t.index(4), len(t), 9 in t, t + (0,), t * 0, (1,) * 3)
print((), (1,), tuple("ab"), tuple(range(3)), (1, 2) < (1, 2, 0), (2,) > (1, 9), max(t), sorted(t))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "k"}[1, 2], ((1, 2), [3]), tuple([[]])[0] is not None)
nt = ([1], 2)
try:
    nt[0] += [3]
except TypeError as e:
    print("TypeError:", e, nt)
r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:4], r[::-1], 11 in r, 12 in r, r.index(8), r.count(5))
print(range(10)[::2], range(0), list(range(5, 0, -2)), range(3) == range(0, 3), range(0) == range(5, 2))
print(range(0, 10**20, 3)[-1], range(10**20)[-1], 10**19 in range(10**20), list(range(-3, 3)))
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(6), slice(None).indices(3), slice(-1, None, -1).indices(4))
s = "abcdefghij"
print(s[sl], s[slice(None, None, -1)], s[slice(-3, None)], [0, 1, 2, 3][slice(1, 3)], s[::-1][::2])
for start in (None, -12, -3, 0, 4, 12):
    for step in (1, -1, 3, -2):
        print(start, step, s[start::step], s[:start:step])
for f in (lambda: t[10], lambda: t.index(7), lambda: range(1, 2, 0), lambda: r[100], lambda: t.__setitem__(0, 1),
          lambda: s[::0], lambda: range(1.5), lambda: (1, 2) + [3], lambda: r.index(3), lambda: slice(1, 2)[0], lambda: len(range(10**20))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
a, b = divmod(17, 5)
print(a, b, tuple(enumerate("xy", 1)), tuple(zip((1, 2), "ab", [True, False])))
