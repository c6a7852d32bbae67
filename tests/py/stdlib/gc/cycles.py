import gc, weakref
class Node:
    def __init__(self, name): self.name = name; self.other = None
def make_cycle():
    a, b = Node("a"), Node("b")
    a.other, b.other = b, a
    return weakref.ref(a)
r = make_cycle()
print("alive before collect:", r() is not None)
n = gc.collect()
print("alive after collect:", r() is not None, n >= 2)
class WithDel:
    def __init__(self): self.me = self
    def __del__(self): print("__del__ ran")
w = WithDel(); wr = weakref.ref(w, lambda _: print("callback ran")); del w
print("collect:", gc.collect() >= 1)
print("dead:", wr() is None)
# self-referencing list, dict
l = []; l.append(l); lr_probe = [l]; del l
d = {}; d["d"] = d; del d
print(gc.collect() >= 0)
print(gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable()
# lots of garbage cycles are reclaimed automatically
class T:
    pass
import sys
refs = []
for i in range(20000):
    t = T(); t.self = t
    if i % 5000 == 0: refs.append(weakref.ref(t))
del t
gc.collect()
print([x() is None for x in refs])
def outer():
    def rec(n): return n if n == 0 else rec(n - 1)
    return weakref.ref(rec)
fr = outer(); gc.collect(); print("closure cycle freed:", fr() is None)
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked({}))
x = [1, 2]; y = [x]
print(any(o is y for o in gc.get_referrers(x)), gc.get_referents(y) == [x])
