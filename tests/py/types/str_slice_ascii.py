# str slicing: ASCII by byte offsets, non-ASCII by code points, with
# positive/negative steps, clamping, empty results and subclasses; list
# extended slice assignment in one pass and its size-mismatch errors.

samples = ["", "a", "hello world", "KAloMIne", "héllo wörld", "日本語テキスト", "a𝔘b𝔘c", "ascii then é"]
slices = [(None, None, None), (None, None, -1), (1, None, None), (None, 3, None), (2, 5, None),
          (-3, None, None), (None, -2, None), (1, 100, 2), (100, None, None), (None, None, 2),
          (-1, None, -2), (5, 1, -1), (3, 3, None), (4, 2, None), (-100, 100, 3), (None, None, -3)]
for s in samples:
    out = []
    for a, b, c in slices:
        out.append(s[a:b:c])
    print(repr(s), out)
print([s[::-1] for s in ("KAzu", "ñandú")], "KAloKA"[:3], "ab"[5:], "ab"[-5:1])

class S(str):
    def __getitem__(self, k):
        return "S[" + repr(k) + "]"

print(S("hello")[1:3], S("hello")[::-1], str.__getitem__(S("héllo"), slice(1, 3)), type(str.__getitem__(S("ab"), slice(0, 1))).__name__)

# concatenation of exact strs and subclasses
class T(str):
    def __add__(self, other):
        return "T.add"
    def __radd__(self, other):
        return "T.radd"

print("a" + "b", "a" + T("b"), T("a") + "b", "é" + "ü", type("x" + T("y")).__name__)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)

# extended slice assignment (sieve-style) and its errors
n = 50
flags = [True] * (n + 1)
flags[0] = flags[1] = False
i = 2
while i * i <= n:
    if flags[i]:
        start = i * i
        flags[start::i] = [False] * ((n - start) // i + 1)
    i += 1
print([k for k, f in enumerate(flags) if f])

a = list(range(10))
a[::2] = "abcde"
print(a)
a[8:1:-3] = [None, None, None]
print(a)
a[::-1] = range(10)
print(a)
a[1::3] = a[:3]
print(a)
a[::2] = a[1::2]
print(a)
b = list(range(6))
try:
    b[::2] = b
except ValueError as e:
    print("ValueError", e)
b[::-1] = b
print(b)
b = list(range(6))
b[::-2] = b[::2]
print(b)
for target, value in [(slice(None, None, 2), [1, 2]), (slice(1, None, 3), []), (slice(None, None, -1), [0] * 7), (slice(0, 5, 2), (x for x in "ab"))]:
    c = list(range(6))
    try:
        c[target] = value
    except ValueError as e:
        print("ValueError", e)
    print(c)

# objects with finalizers replaced by an extended slice assignment
class Fin:
    log = []
    def __init__(self, n):
        self.n = n
    def __del__(self):
        Fin.log.append(self.n)

objs = [Fin(k) for k in range(6)]
objs[::2] = [0, 0, 0]
print(sorted(Fin.log), [o if isinstance(o, int) else o.n for o in objs])
objs.clear()
print(sorted(Fin.log))

# an empty extended slice
e = [1, 2, 3]
e[5::2] = []
e[::-1] = [3, 2, 1]
print(e)
