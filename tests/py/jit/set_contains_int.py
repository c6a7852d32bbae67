# `x in s` / `x not in s` with int items: exact sets are probed by a lean
# helper in compiled code; everything else (set subclasses with their own
# __contains__, frozensets, dicts, lists, big ints, bools, floats, keys
# whose __eq__ runs Python code, unhashable items) must behave as in
# CPython, before and after the site was compiled.


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other


class Odd(set):
    def __contains__(self, x):
        return x % 2 == 1


def count_in(n, s):
    k = 0
    for c in range(n):
        if c in s:
            k += 1
        if (c - 3) not in s:
            k += 10
    return k


def probe(x, s):
    return x in s, x not in s


for _ in range(400):
    count_in(6, {1, 2, -1, -2})
    probe(3, {3})

print(count_in(6, {1, 2, -1, -2}), count_in(6, set()), count_in(6, {0, 5, -3}))
print(count_in(6, frozenset({1, 2})), count_in(6, [1, 2, -3]), count_in(6, {1: "a", -2: "b"}))
print(count_in(6, Odd({0, 2})), count_in(6, {True, 2.0, -3.0}), count_in(6, range(-3, 2)))
print(probe(2 ** 70, {2 ** 70}), probe(2 ** 70, {1}), probe(True, {1}), probe(1, {True}), probe(1.0, {1}))
print(probe(-1, {-1}), probe(-2, {-1}), probe(-1, {-2}), probe(2 ** 47, {2 ** 47}), probe(-(2 ** 47), {2 ** 47}))
print(probe(4, {Key(4), 5}), probe(12, {Key(4), 5}))
print(probe(Key(5), {5}))
try:
    probe([1], {1})
except TypeError as e:
    print("TypeError:", e)
try:
    probe(1, 5)
except TypeError as e:
    print("TypeError:", e)
s = {1, 2, 3}
print([c in s for c in range(5)], [c not in s for c in range(5)])
s.discard(2)
s.add(7)
print([probe(c, s) for c in (2, 7)], count_in(8, s))
