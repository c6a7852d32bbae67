# `for i, x in enumerate(seq)` (fused with the unpacking in the interpreter
# for an exact enumerate over a range/list/tuple): results and fallbacks
# (start values past the inline-int range, other iterables,
# mutation during iteration, wrong arity, a generator inside).

def run(it):
    out = []
    for i, x in it:
        out.append((i, x))
    return out


print(run(enumerate([5, 6, 7])), run(enumerate((1, 2))), run(enumerate(range(3, 6))))
print(run(enumerate([])), run(enumerate("ab")), run(enumerate({"k": 1})))
print(run(enumerate([1, 2], start=2**47 - 2)), run(enumerate([1, 2], 2**70)), run(enumerate([1], -5)))
print(run(enumerate(x * x for x in range(3))), run(enumerate(iter([7, 8]))))

lst = [1, 2, 3]
seen = []
for i, x in enumerate(lst):
    seen.append((i, x))
    if i == 0:
        lst.append(4)
    if i == 2:
        lst.pop()
print(seen)

try:
    for i, (a, b) in enumerate([(1, 2), (3,)]):
        print(i, a, b)
except ValueError as err:
    print("ValueError", err)
try:
    for a, b, c in enumerate([1]):
        pass
except ValueError as err:
    print("ValueError", err)

e = enumerate([10, 20, 30])
for i, x in e:
    if i == 1:
        break
print(next(e), list(e))

def placed_ok(placed, row, c):
    for r, pc in enumerate(placed):
        if pc == c or abs(pc - c) == row - r:
            return False
    return True

print([c for c in range(8) if placed_ok((0, 4, 7), 3, c)])
total = 0
for k in range(3000):
    for i, x in enumerate((k, k + 1, k + 2)):
        total += i * x
print(total, sum(i * c for i, c in enumerate((3, 1, 4, 1, 5))))
