class Outer:
    class C:
        x = property()
        @property
        def y(self): return 1
c = Outer.C()
for op in ("get x", "set x", "del x", "set y", "del y"):
    kind, name = op.split()
    try:
        if kind == "get": getattr(c, name)
        elif kind == "set": setattr(c, name, 1)
        else: delattr(c, name)
    except AttributeError as e:
        print(op, "->", e)
Outer.C.z = property(lambda s: 3)
try:
    c.z = 1
except AttributeError as e:
    print(e)
p = property(lambda s: 4)
p.__set_name__(Outer.C, "renamed")
Outer.C.w = p
try:
    c.w = 1
except AttributeError as e:
    print(e)
q = p.setter(None)
print(q.fset, q is p)
Outer.C.q = q.getter(lambda s: 5)
try:
    del c.q
except AttributeError as e:
    print(e)
print(c.q)
class D:
    @property
    def v(self): return 7
    @v.setter
    def v(self, val): print("set", val)
d = D()
D.v.__set__(d, 9)
try:
    D.v.__delete__(d)
except AttributeError as e:
    print(e)
print(D.v.__get__(d, D), D.v.__get__(None, D) is D.v)
print(type(D.__dict__["v"]).__set__, property.__set_name__)
class P1:
    @property
    def x(self): return 1
c = P1()
try:
    c.x = 5
except AttributeError as e:
    print(e)
P1.y = property(lambda self: 2)
try:
    c.y = 5
except AttributeError as e:
    print(e)
try:
    del c.x
except AttributeError as e:
    print(e)
try:
    del c.y
except AttributeError as e:
    print(e)
p = property(lambda s: 1)
try:
    p.__set__(c, 1)
except AttributeError as e:
    print(e)
# a property read in a hot loop, then its getter-less twin swapped in
class H:
    @property
    def v(self): return 2
h = H()
total = 0
for i in range(3000):
    total += h.v
print(total)
H.v = property(None, lambda s, x: None)
try:
    h.v
except AttributeError as e:
    print(e)
class S:
    __slots__ = ("a",)
    b = property(lambda s: s.a)
s = S(); s.a = 3
try:
    s.b = 4
except AttributeError as e:
    print(e)
print(s.b)
