# dict and set: ordering, views, methods, errors; set printing of small ints.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
del d["a"]
d["a"] = 4
print(d, list(d), list(d.values()), list(d.items()), len(d), "b" in d, 10 in d)
print(d.get("x"), d.get("x", 0), d.setdefault("c", 99), d.setdefault("z", []), d.pop("z"), d.pop("q", "dflt"))
print(d.popitem(), d, dict(zip("xy", [1, 2])), dict([("k", 1)], extra=2), dict.fromkeys(range(3), "v"))
e = {**d, "new": 1}
e.update({"b": -1}, more=5)
e |= {"or": 0}
print(e, d | {"b": 0}, {1: "a"} == {1: "a"}, {1: 2} == {1: 3})
ks = d.keys()
d["late"] = 1
print(ks, "late" in ks, ks & {"late", "zz"}, sorted(ks - {"b"}), list(reversed(d)))
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple"}[(1, 2)], {None: 0}[None])
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True)[:2])
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as ex:
    print("RuntimeError:", ex)
s = {5, 1, 3, 2, 4}
print(s, {100, 3, 64, 7}, {-1, 0, 1}, s | {9}, s & {1, 2, 7}, s - {1}, s ^ {1, 10}, {3, 1} <= s, s > {1})
s.add(0); s.discard(42); s.remove(5)
print(s, s.pop(), s, len(s), frozenset({1, 2}) == {1, 2}, {frozenset({1}): "fs"})
t = set("hello")
print(sorted(t), sorted(t.union("world")), sorted(t.intersection("lo")), t.isdisjoint("xyz"), t.issubset("helo"))
u = {1, 2, 3}
u |= {4}; u &= {1, 2, 4, 5}; u -= {2}; u ^= {7}
print(u, set(), frozenset(), {*range(40, 0, -5)}, set(range(20)) - set(range(0, 20, 2)))
for f in (lambda: {}["k"], lambda: {}.pop("k"), lambda: {}.popitem(), lambda: {[1]: 2}, lambda: set().pop(),
          lambda: {1}.remove(2), lambda: {1} + {2}, lambda: dict([1, 2]), lambda: {{1}}, lambda: {1: 2}[[1]],
          lambda: frozenset({1}).add(2), lambda: dict(a=1)["b"]):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return f"Key({self.v})"
kd = {Key(i): i for i in range(7)}
print(kd[Key(4)], len(kd), Key(1) in kd, Key(10) in kd, list(kd)[:3])
class Missing(dict):
    def __missing__(self, k):
        return k * 2
md = Missing(a=1)
print(md["a"], md["zz"], md.get("zz"), "zz" in md)
big = {i: i * i for i in range(500)}
for i in range(0, 500, 2):
    del big[i]
print(len(big), sum(big), list(big)[:5], big[499])
