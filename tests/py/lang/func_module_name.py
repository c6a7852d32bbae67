# __module__ of new functions comes from globals["__name__"] at creation
# time (MAKE_FUNCTION caches where the key sits in the globals dict): the
# cache must follow rebinding, deletion, re-insertion at another position,
# other globals dicts running the same code, and non-str keys.

def make():
    return lambda: 0

print(make().__module__)
for name in ["a", "b", 42, None]:
    globals()["__name__"] = name
    print(repr(make().__module__))
globals()["__name__"] = "__main__"

# Deleted: None; re-inserted: a new position in the table.
saved = globals().pop("__name__")
print(repr(make().__module__))
globals()["__name__"] = "again"
print(repr(make().__module__))
for i in range(20):
    globals()["filler%d" % i] = i
print(repr(make().__module__))
for i in range(20):
    del globals()["filler%d" % i]
print(repr(make().__module__))
globals()["__name__"] = saved

# The same code object run in different globals dicts, in a loop.
src = compile("def f(): return 1\nout.append(f.__module__)\n", "<s>", "exec")
out = []
for name in ["m1", "m2", "m1", None]:
    g = {"out": out}
    if name is not None:
        g["__name__"] = name
    exec(src, g)
print(out)
g1 = {"out": out, "__name__": "first"}
g2 = {"pad": 1, "pad2": 2, "out": out, "__name__": "second"}
out.clear()
for _ in range(3):
    exec(src, g1)
    exec(src, g2)
print(out)

# A name key that is an equal but distinct str object.
key = "".join(["__na", "me__"])
g3 = {"out": out}
g3[key] = "built"
out.clear()
exec(src, g3)
exec(src, g3)
print(out)

# Closures and nested functions in a loop keep their module.
def outer():
    x = 1
    fs = [lambda: x for _ in range(5)]
    return {f.__module__ for f in fs}
print(outer())
class C:
    def m(self):
        pass
print(C.m.__module__, C.__module__)
