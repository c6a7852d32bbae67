# Iteration order of set displays: constant displays (BUILD_SET + a
# frozenset constant + SET_UPDATE, merged table to table as CPython's
# _PySet_Update), displays with computed items, and starred items of
# each kind (set, frozenset, dict, list, generator, str).
a = 8
print(list({0, 1, 2, 8, 16}))
print(list({0, 1, 2, a, 16}))
print(list({16, 8, 2, 1, 0}), list({32, 64, 0, 96, 1}))
print(list({5, 13, 21, 29, 37, 45, 53, 61, 69}))
print(list({-1, -2, 7, 15}), list({1.0, 2, 3.5, 9}))
s = {0, 1, 2, 8, 16}
s.discard(8)
s.add(8)
print(list(s))
big = {0, 16, 32, 48, 64, 80, 96, 112, 128, 1, 17, 33}
print(list(big))
print(list({*{0, 16, 8}, *frozenset({32, 1, 64})}), list({*{0: 1, 16: 2, 8: 3}}))
print(list({*[0, 16, 8, 24], *(x * 8 for x in range(6))}), sorted({*"abcab"}))
print(list({1, *{0, 16, 8}, 2}))
try:
    {*5}
except TypeError as e:
    print("TypeError", e)
print(list({(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)}), list(frozenset({40, 8, 24, 72, 56})))


def member(x):
    return x in {5, 13, 21, 29, 37, 45, 53, 61, 69}


print([k for k in range(70) if member(k)])
