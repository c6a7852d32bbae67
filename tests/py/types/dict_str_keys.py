# dict lookups with str keys: equal but distinct strs, str subclasses with
# their own __eq__/__hash__, other objects hashing like a str, empty and
# non-ASCII keys, and a table mutated by __eq__ during a probe.


def fresh(s):
    # an equal str that is a different object
    return "".join(list(s))


d = {}
for w in "alpha beta alpha gamma beta alpha".split():
    d[w] = d.get(w, 0) + 1
print(d)
k = fresh("alpha")
print(k in d, d[k], d.get(fresh("delta"), "none"), fresh("beta") in d)
d[fresh("gamma")] += 10
print(d)
for key in ["", fresh(""), "é", fresh("é"), "€uro", fresh("€uro"), "\U0001F600"]:
    d[key] = d.get(key, 0) + 1
print(d)
print("" in d, fresh("€uro") in d, "\U0001F600" in d, "e" in d)


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", repr(str(self)), repr(other))
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


class Never(str):
    def __eq__(self, other):
        return False

    def __hash__(self):
        return str.__hash__(self)


class Plain(str):
    pass


t = {"a": 1, "b": 2}
print(t.get(Loud("a")), Loud("b") in t, Loud("z") in t)
t[Loud("c")] = 3
print(t.get("c"), "c" in t, fresh("c") in t)
print(t.get(Never("a")), Never("a") in t)
t[Never("a")] = "never"
print(len(t), t["a"])
print(t.get(Plain("b")), Plain("b") in t)
t[Plain("b")] = 20
print(t, [type(x).__name__ for x in t])


class Twin:
    # hashes like a str, equal to it
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        print("Twin.__eq__", self.s, other)
        return other == self.s


u = {"x": 1}
print(u.get(Twin("x")), Twin("y") in u)
u[Twin("x")] = 5
print(u)
u2 = {Twin("q"): 1}
print(u2.get("q"), "q" in u2)


class Mutator(str):
    def __eq__(self, other):
        v.clear()
        return False

    def __hash__(self):
        return str.__hash__(self)


v = {"m": 1, "n": 2}
print(v.get(Mutator("m")), v)

# iteration with mutation
w = {"a": 1, "b": 2}
try:
    for key in w:
        w[key + "!"] = 0
except RuntimeError as exc:
    print("RuntimeError", exc)
print(sorted(w))

# many keys (resizes) and dummies
big = {}
for i in range(2000):
    big["k" + str(i)] = i
for i in range(0, 2000, 3):
    del big[fresh("k" + str(i))]
print(len(big), big.get(fresh("k1")), big.get(fresh("k3")), sum(big.values()))
