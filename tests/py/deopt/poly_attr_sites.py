# Attribute and method sites in compiled code that see instances of several
# classes in turn (the slow path re-keys the site's cache to each class, as
# the interpreter does), then one class changes under them.


class Base:
    def __init__(self, n):
        self.n = n
        self.hits = 0

    def kind(self):
        return "base"


class A(Base):
    def kind(self):
        return "a"


class B(Base):
    pass


class C(Base):
    def kind(self):
        return "c"


class D(Base):
    def __init__(self, n):
        self.extra = -n
        super().__init__(n)


def visit(objs, rounds):
    total = 0
    kinds = []
    for r in range(rounds):
        for o in objs:
            o.hits = o.hits + 1
            total += o.n
            kinds.append(o.kind())
    return total, kinds[-4:]


objs = [A(1), B(2), C(3), D(4)]
print(visit(objs, 300), [o.hits for o in objs])

# A property replaces `n` on one class only.
C.n = property(lambda self: 100)
try:
    print(visit(objs, 2))
except AttributeError as e:
    print("AttributeError", e)
del C.n
print(visit(objs, 1), objs[2].n)

# A method shadowed by an instance attribute on one object.
objs[1].kind = lambda: "instance"
print(visit(objs, 2)[1])

# A class gains __getattr__ (only consulted for missing names) and
# __getattribute__ (consulted for all).
A.__getattribute__ = lambda self, name: 7 if name == "n" else object.__getattribute__(self, name)
print(visit(objs, 1))
del A.__getattribute__
print(visit(objs, 1))
