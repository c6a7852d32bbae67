# Compiled `for x in some_list` / `for x in some_tuple` loops read list and
# tuple iterators in place: mutation of the list while looping (appends,
# deletions, clearing, slice assignment), subclasses, iterators shared
# with the interpreter, and their state afterwards as the interpreter has it.
import operator


def collect(it, limit=50):
    out = []
    for x in it:
        out.append(x)
        if len(out) >= limit:
            break
    return out


def grow(items):
    n = 0
    for x in items:
        if len(items) < 12:
            items.append(x * 2)
        n += x
    return n, items


def shrink(items):
    seen = []
    for x in items:
        seen.append(x)
        if x % 3 == 0 and items:
            del items[0]
    return seen, items


def clear_midway(items):
    seen = []
    for x in items:
        seen.append(x)
        if x == 2:
            items.clear()
    return seen


def replace_midway(items):
    seen = []
    for x in items:
        seen.append(x)
        if x == 1:
            items[:] = ["a", "b", "c", "d"]
    return seen


def pairs(ps):
    s = 0
    for a, b in ps:
        s += a * b
    return s


class L(list):
    def __iter__(self):
        return iter(["L", "iter"])


class T(tuple):
    pass


for _ in range(300):
    collect([1, 2, 3])
    collect((1, 2, 3))
    pairs([(1, 2), (3, 4)])
    pairs(((1, 2), (3, 4)))

print(collect([1, 2, 3]), collect((4, 5)), collect([]), collect(()))
print(grow([1, 2, 3]))
print(shrink([1, 2, 3, 4, 5, 6, 7, 8, 9]))
print(clear_midway([0, 1, 2, 3, 4]))
print(replace_midway([0, 1, 2, 3, 4, 5]))
print(collect(L([1, 2])), collect(T((7, 8))), collect(list(T((9,)))), collect(range(3)))
print(collect("abc"), collect({1: 2}), collect(x for x in (5, 6)))
print(pairs([(1, 2), [3, 4]]), pairs(((5, 6),)), pairs([]))
try:
    pairs([(1, 2), (3,)])
except ValueError as e:
    print("ValueError", e)

it = iter([10, 20, 30, 40, 50])
print(collect(it, 2), operator.length_hint(it), next(it), collect(it), operator.length_hint(it))
print(collect(it), list(it))
it = iter((1, 2, 3, 4))
print(collect(it, 3), it.__reduce__()[1:], collect(it), it.__reduce__()[1:])
lst = [1, 2, 3]
it = iter(lst)
print(collect(it, 1), it.__reduce__()[1:])
lst.extend([4, 5])
print(collect(it), it.__reduce__()[1:])
lst.append(6)
print(collect(it))

big = list(range(1000))
total = 0
for chunk in (big, tuple(big), big[::3]):
    total += sum(collect(chunk, 2000))
print(total)


def floats(xs):
    s = 0.0
    for x in xs:
        s += x * 0.5
    return s


for _ in range(100):
    floats([1.0, 2.0, 3.0])
print(floats([1.0, 2.5, -4.0]), floats((1, 2.0, True)), floats([]))
try:
    floats([1.0, "x"])
except TypeError as e:
    print("TypeError", e)
