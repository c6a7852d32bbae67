# Set lookups decided at the first probed slot: a key present under its own
# hash, an empty slot, a dummy left by a discard, and an object whose hash
# changed since it was added (identity alone does not find it: the stored
# hash must match too, as in CPython's set_lookkey).


class Shifty:
    def __init__(self, h):
        self.h = h
        self.eq_calls = 0

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        self.eq_calls += 1
        return self is other


s = {0, 1, 2, 8, 16}
print(0 in s, 8 in s, 3 in s, 24 in s, -1 in s, -2 in s)
s.discard(8)
print(8 in s, 16 in s, len(s))
s.add(8)
print(sorted(s), list(s))
s.add(-1)
s.add(-2)
print(-1 in s, -2 in s, len(s), list(s))

x = Shifty(5)
t = {x}
print(x in t)
x.h = 13
print(x in t, x.eq_calls)
t.add(x)
print(len(t), x.eq_calls)
x.h = 5
print(x in t, x.eq_calls)
t.discard(x)
print(len(t), x in t)
x.h = 13
t.discard(x)
print(len(t))

big = set(range(0, 400, 7))
for k in range(0, 400, 14):
    big.discard(k)
print(len(big), sum(1 for k in range(400) if k in big), list(big)[:8])
for k in range(0, 400, 14):
    big.add(k)
print(len(big), list(big)[:8])
