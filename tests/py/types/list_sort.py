# list.sort / sorted: stability, reverse, keys, native and Python comparisons,
# errors from keys and comparisons, and a list mutated during the sort.

def lcg(n, seed=7):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed)
    return out

# ints, floats, mixed numbers, strs (native paths), many sizes
for n in (0, 1, 2, 3, 15, 16, 17, 33, 100, 1000):
    xs = [v % 50 - 25 for v in lcg(n)]
    s = sorted(xs)
    assert all(s[i] <= s[i + 1] for i in range(len(s) - 1))
    print(n, s[:5], s[-5:], sorted(xs, reverse=True)[:5])
print(sorted([3.5, -1, 2, 2.0, -0.0, 0, 1e300, -1e300, 10**10]))
print(sorted([0.0, -0.0, 0, -0.0]), sorted([-0.0, 0.0]))
print(sorted(["b", "a", "\u00e9", "Z", "", "ab", "\U0001f600", "\uffff"]))
print(sorted([2**70, 1, -2**70, 2.5, True, False]))
nan = float("nan")
r = sorted([3, nan, 1, 2])
print(len(r), [x for x in r if x == x])

# stability with keys, and reverse keeping equal items in order
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "banana", "yuzu"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(v % 5, i) for i, v in enumerate(lcg(200))]
s = sorted(pairs, key=lambda p: p[0])
assert s == sorted(pairs), "stable by key"
r = sorted(pairs, key=lambda p: p[0], reverse=True)
print(r[:6], r[-3:])
print(sorted(pairs)[:4], sorted(pairs, reverse=True)[:4])

# tuples of (int, str) keys as in "sort by (-count, word)"
counts = {w: len(w) % 3 for w in words}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted([(1, "b"), (1, "a", 0), (1, "a"), (0, "z"), (1,)]))
print(sorted([(1, 2.5), (1, 2), (1, nan)][:2]))

# objects with __lt__ only (the sort uses <), counted
class K:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        K.calls += 1
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"
ks = [K(v % 20) for v in lcg(60)]
out = sorted(ks)
print(out[:5], all(not (out[i + 1] < out[i]) for i in range(len(out) - 1)))
print([k.v for k in sorted(ks, reverse=True)][:8])
K.calls = 0
sorted([K(i) for i in range(100)])
print("calls on sorted input", K.calls)

# __lt__ returning non-bools
class T:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return [1] if self.v < other.v else []
print([t.v for t in sorted([T(3), T(1), T(2)])])

# key function called once per item, in order, even for one item
seen = []
def key(x):
    seen.append(x)
    return -x
print(sorted([5, 3, 9], key=key), seen)
seen.clear()
print(sorted([5], key=key), seen)
print(sorted([], key=key), seen)
l = [1, 2]
l.sort(key=None)
print(l, sorted([2, 1], key=None))

# errors
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([object(), object()])
except TypeError as e:
    print(type(e).__name__, e)
l = [3, 1, 2]
def bad_key(x):
    if x == 1:
        raise KeyError(x)
    return x
try:
    l.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e, l)
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 5 or other.v == 5:
            raise RuntimeError("no compare")
        return self.v < other.v
    def __repr__(self):
        return f"Bad({self.v})"
l = [Bad(i) for i in [4, 3, 2, 1, 5, 0]]
try:
    l.sort()
except RuntimeError as e:
    print("RuntimeError", e, sorted(b.v for b in l))
try:
    l.sort(reverse=True)
except RuntimeError as e:
    print("RuntimeError", e, len(l))

# the list looks empty during the sort; changes are detected
l = [3, 1, 2]
def grow(x):
    print("len during sort", len(l))
    l.append(x)
    return x
try:
    l.sort(key=grow)
except ValueError as e:
    print(type(e).__name__, e, l)
l = [3, 1, 2]
def grow_shrink(x):
    l.append(x)
    l.pop()
    return x
try:
    l.sort(key=grow_shrink)
except ValueError as e:
    print(type(e).__name__, e, l)
l = [3, 1, 2]
def clear(x):
    l.clear()
    return x
l.sort(key=clear)
print("clear on the empty list is no change:", l)
l = [K(3), K(1), K(2)]
class M(K):
    def __lt__(self, other):
        l.append(0)
        return K.__lt__(self, other)
l = [M(3), M(1), M(2)]
try:
    l.sort()
except ValueError as e:
    print(type(e).__name__, e, l)

# argument checking
for args, kw in [((), {"reverse": 2}), ((), {"cmp": 1}), ((1,), {})]:
    try:
        [2, 1].sort(*args, **kw)
        print("ok", kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], bad=1)
except TypeError as e:
    print(type(e).__name__, e)

# list subclass and sorted() on other iterables
class L(list):
    pass
x = L([3, 1, 2])
x.sort()
print(x, type(x).__name__, sorted("hello"), sorted({3: 1, 1: 2}), sorted(range(5, 0, -1)))
