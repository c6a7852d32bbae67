import weakref
class A:
    def __init__(self, n): self.n = n
    def meth(self): return self.n
def cb(r): print("callback", r is wr2, r() is None)
a = A(1)
wr = weakref.ref(a); wr2 = weakref.ref(a, cb)
print(wr() is a, wr is weakref.ref(a), wr2 is wr, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(hash(wr) == hash(a), wr == weakref.ref(a), wr2 == wr)
del a
print("after del", wr(), wr2())
print(repr(wr).endswith("; dead>"))
try: hash(weakref.ref(A(2)))
except TypeError as e: print(e)
for o in [1, "s", [], {}, (), object()]:
    try: weakref.ref(o)
    except TypeError as e: print(e)
class S:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a', '__weakref__')
for o in [S(), S2()]:
    try: print(weakref.ref(o)() is not None)
    except TypeError as e: print(e)
d = weakref.WeakValueDictionary()
x, y = A(1), A(2)
d['x'] = x; d['y'] = y
print(sorted(d.keys()), len(d), 'x' in d)
del x
print(sorted(d.keys()), len(d), 'x' in d, d.get('x', 'gone'))
k = weakref.WeakKeyDictionary()
p, q = A(3), A(4)
k[p] = 'p'; k[q] = 'q'
print(len(k), k[p])
del p
print(len(k), sorted(k.values()))
s = weakref.WeakSet()
m1, m2 = A(5), A(6)
s.add(m1); s.add(m2)
print(len(s), m1 in s)
del m2
print(len(s), [o.n for o in s])
wm = weakref.WeakMethod(m1.meth)
print(wm()(), wm() == m1.meth)
f = weakref.finalize(m1, print, "finalized", 5)
print(f.alive)
del m1
print(f.alive, wm())
pr_t = A(7)
pr = weakref.proxy(pr_t)
print(pr.n, pr.meth())
pr.n = 8
print(pr_t.n)
del pr_t
try: pr.n
except ReferenceError as e: print(e)
def fn(): return 42
cp = weakref.proxy(fn)
print(cp(), type(cp).__name__, isinstance(cp, weakref.ProxyTypes))
class B(weakref.ref):
    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback); self.tag = tag
b = A(9)
r = B(b, None, "t")
print(r.tag, r() is b, type(r).__name__)
class Bad:
    def __repr__(self): return "<Bad callback>"
    def __call__(self, r): raise ValueError("in callback")
bad = Bad()
import sys
class ToStdout:
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))
    def flush(self):
        pass
sys.stderr = ToStdout()
c = A(10); rc = weakref.ref(c, bad); del c
print("end")
