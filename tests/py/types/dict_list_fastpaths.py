# Exact-dict subscript/contains/store/get fast paths and their fallbacks:
# str and int keys, subclasses of str/int/dict, __hash__/__eq__ overrides,
# equal keys of different types, mutation during lookups, unhashable keys.

d = {}
words = ["ka", "lo", "mi", "ka", "lo", "ka", "zu" * 3, "é", "é", "𝔘"]
for w in words:
    d[w] = d.get(w, 0) + 1
print(d)
bigrams = {}
prev = None
for w in words:
    if prev is not None:
        key = prev + "|" + w
        if key in bigrams:
            bigrams[key] += 1
        else:
            bigrams[key] = 1
    prev = w
print(bigrams, "ka|lo" in bigrams, "x|y" in bigrams, "x|y" not in bigrams)

# int keys, equal int/float/bool keys, big ints
lengths = {}
for n in [1, 2, 3, 2, 1, 1, 1.0, True, 2.0, 1 << 50, (1 << 50) + 0.0, 1 << 70]:
    lengths[n] = lengths.get(n, 0) + 1
print(lengths)
print(lengths[1], lengths[True], lengths[1.0], 1 in lengths, 2.0 in lengths, 4 in lengths, lengths[1 << 50])

# tuple keys
t = {(1, "a"): 1}
t[(1, "a")] += 1
t[1, "b"] = 5
print(t, (1, "a") in t, (2, "a") in t)

# missing keys raise KeyError with the key
for k in ["nope", 99, (1, 2), 1 << 60]:
    try:
        d[k]
    except KeyError as e:
        print("KeyError", repr(e))

# unhashable keys
for k in [[1], {}, {1}]:
    for f in (lambda: d[k], lambda: d.__setitem__(k, 1), lambda: k in d):
        try:
            f()
        except TypeError as e:
            print("TypeError", e)

# str subclass with __eq__/__hash__ overrides
class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)
    def __hash__(self):
        return str.__hash__(self)

e = {}
e[Loud("ka")] = 1
e["ka"] = 2          # the stored subclass key's __eq__ runs
print(e, e["ka"], "ka" in e, e.get("ka"))
e2 = {"ka": 1}
e2[Loud("ka")] = 3
print(e2, Loud("ka") in e2)

class Same(str):
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return True

s = {}
s[Same("a")] = 1
s[Same("b")] = 2
print(len(s), s[Same("zzz")], "x" in s)

# int subclass keys with overridden __eq__
class Odd(int):
    def __eq__(self, other):
        print("Odd.__eq__", int(self), other)
        return int(self) == other
    __hash__ = int.__hash__

o = {Odd(3): "three"}
print(o[3], 3 in o, o.get(3))
o[3] = "again"
print(o)

# keys whose __eq__ mutates the dict
class Mut:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return hash("ka")
    def __eq__(self, other):
        self.d["new"] = 1
        return False

m = {"ka": 1}
print(Mut(m) in m, sorted(m))

# dict subclasses go through their own methods
class D(dict):
    def __getitem__(self, k):
        return ("D", k)
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 10)
    def __contains__(self, k):
        return k == "magic"

x = D()
x["a"] = 1
print(x["a"], dict.__getitem__(x, "a"), "a" in x, "magic" in x, x.get("a"))

class Missing(dict):
    def __missing__(self, k):
        return "missing " + repr(k)

mm = Missing(a=1)
print(mm["a"], mm["b"], mm[5], "b" in mm)

# many insertions (resizes) and deletions, then lookups
big = {}
for i in range(3000):
    big["k" + str(i)] = i
    big[i] = -i
for i in range(0, 3000, 3):
    del big["k" + str(i)]
    del big[i]
hits = sum(1 for i in range(3000) if "k" + str(i) in big) + sum(1 for i in range(3000) if i in big)
print(len(big), hits, big["k1"], big[2], big.get("k0", "gone"), big.get(3))

# list fast paths next to dict ones: store/load, negative and bad indices
lst = [0] * 5
lst[1] = "a"
lst[-1] = "z"
print(lst, lst[-1], lst[1])
for f in (lambda: lst[5], lambda: lst.__setitem__(-6, 0), lambda: lst["0"]):
    try:
        f()
    except (IndexError, TypeError) as ex:
        print(type(ex).__name__, ex)
