import functools, heapq, random, struct, copy, copyreg
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class Node:
    def __init__(self): self.child = None
    def __deepcopy__(self, memo):
        n = Node(); memo[id(self)] = n; n.child = copy.deepcopy(self.child, memo); n.tag = "deep"; return n
a = [1, [2, 3]]; a.append(a)
b = copy.deepcopy(a)
t("cycle", lambda: (b[2] is b, b[1] is not a[1], b[1] == a[1]))
n = Node(); n.child = n
t("__deepcopy__", lambda: (lambda m: (m.tag, m.child is m))(copy.deepcopy(n)))
class K:
    def __copy__(self): return "copied"
t("__copy__", lambda: copy.copy(K()))
class P:
    def __init__(self, v): self.v = v
copyreg.pickle(P, lambda p: (P, (p.v * 10,)))
t("copyreg", lambda: copy.copy(P(2)).v)
t("deepcopy dict", lambda: (lambda d: (d, d["k"] is not None))(copy.deepcopy({"k": [1], "t": (1, [2])})))
t("copyreg api", lambda: (copyreg.__all__, complex in copyreg.dispatch_table, copy.copy(3+4j)))
for bad in [lambda: copyreg.pickle(int, 5), lambda: copyreg.constructor(5), lambda: copyreg.add_extension("m", "n", 0)]:
    t("copyreg err", bad)
copyreg.add_extension("m", "n", 5)
t("ext", lambda: (copyreg._extension_registry, copyreg._inverted_registry))
t("ext dup", lambda: copyreg.add_extension("m", "n", 6))
t("ext dup2", lambda: copyreg.add_extension("m", "o", 5))
t("ext rm bad", lambda: copyreg.remove_extension("m", "n", 6))
copyreg.remove_extension("m", "n", 5)
t("ext rm", lambda: copyreg._extension_registry)
class A: pass
t("newobj", lambda: (type(copyreg.__newobj__(A)).__name__, type(copyreg.__newobj_ex__(A, (), {})).__name__))
