# Classes are collected (they used to live forever: the MRO holds the
# class itself, a cycle the collector did not follow): weak references to
# them die, __subclasses__ forgets them, memory comes back.
import gc, weakref
class Base:
    def m(self): return "base"
def make(i):
    class K(Base):
        def m(self): return "k%d" % i
    return K
refs = []
for i in range(5):
    K = make(i)
    o = K()
    print(o.m(), [c.__name__ for c in Base.__subclasses__()])
    w = weakref.ref(K, lambda r: print("class gone"))
    refs.append(w)
    del K, o
    gc.collect()
print([r() for r in refs])
print(gc.is_tracked(Base), gc.is_tracked(int))
class Meta(type):
    pass
def mk():
    class Q(metaclass=Meta):
        x = 1
    return Q
q = mk()
wq = weakref.ref(q)
print(q.x)
del q
gc.collect()
print(wq())


def churn():
    for i in range(3000):
        type("T%d" % i, (Base,), {"x": i, "f": lambda self: 1})


churn()
gc.collect()
print(len(Base.__subclasses__()))
