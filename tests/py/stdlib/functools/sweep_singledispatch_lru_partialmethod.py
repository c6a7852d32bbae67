import functools, heapq, random, struct, copy, copyreg
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
@functools.singledispatch
def f(x): return "obj"
@f.register
def _(x: int): return "int"
@f.register(list)
def _(x): return "list"
t("sd", lambda: (f(1), f(True), f([1]), f("s"), f.dispatch(bool).__name__, sorted(k.__name__ for k in f.registry)))
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
t("lru", lambda: ([sq(i) for i in [1, 2, 1, 3, 1]], sq.cache_info(), sq.cache_parameters()))
sq.cache_clear(); t("lru clear", lambda: sq.cache_info())
class C:
    def m(self, a, b): return (a, b)
    pm = functools.partialmethod(m, 1)
t("partialmethod", lambda: C().pm(2))
t("reduce err", lambda: functools.reduce(lambda a, b: a + b, []))
t("reduce init", lambda: functools.reduce(lambda a, b: a + b, [], 5))
t("reduce type", lambda: functools.reduce(lambda a, b: a + b, 5))
t("partial repr", lambda: repr(functools.partial(max, 1, key=abs)))
