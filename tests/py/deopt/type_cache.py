# The type attribute cache must never serve a stale MRO lookup.
class Base:
    def who(self):
        return "base"
    kind = "b"

class Sub(Base):
    pass

s = Sub()
n = 0
for i in range(3000):
    n += len(s.who()) + len(s.kind)
print(n)

Base.who = lambda self: "patched"          # a base changes under a warm subclass
print(s.who(), Sub.who(s))
Sub.who = lambda self: "sub"               # an override appears
print(s.who())
del Sub.who                                # ... and goes away
print(s.who())
Base.kind = "k2"
print(s.kind, Sub.kind)
s.kind = "instance"                        # an instance attribute shadows
print(s.kind, Sub.kind)

def make(tag):
    class K:
        def f(self):
            return tag
    return K

outs = []
for t in range(200):                       # classes freed and recreated, often at reused addresses
    outs.append(make(t)().f())
print(outs[:3], outs[-3:], len(set(outs)))

class Meta(type):
    def __setattr__(cls, name, value):
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)

class WithMeta(metaclass=Meta):
    x = "lower"
w = WithMeta()
for i in range(100):
    w.x
WithMeta.x = "changed"
print(w.x, WithMeta.x)
type.__setattr__(WithMeta, "y", 5)
print(w.y)

class D:
    def __init__(self):
        self.v = 1
for i in range(100):
    D()
D.__init__ = lambda self: setattr(self, "v", 2)
print(D().v)
class P:
    @property
    def p(self):
        return 1
o = P()
for i in range(100):
    o.p
P.p = property(lambda self: 2)
print(o.p)
