# super(), cooperative multiple inheritance, MRO, classmethod/staticmethod.
class Base:
    def __init__(self):
        self.trail = ["Base"]
    def who(self):
        return "Base"
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def util(x):
        return x * 2

class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")
    def who(self):
        return "Left>" + super().who()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")
    def who(self):
        return "Right>" + super().who()

class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Diamond")
    def who(self):
        return "Diamond>" + super().who()

d = Diamond()
print(d.trail)
print(d.who())
print([c.__name__ for c in Diamond.__mro__])
print(Diamond.make(), d.make(), Base.util(4), d.util(5))
print(super(Left, d).who(), super(Diamond, d).who())
print(isinstance(d, Right), issubclass(Diamond, Base), issubclass(Base, Diamond))
print(Diamond.__bases__ == (Left, Right), Base.__base__ is object)

try:
    class Bad(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)

class WithClassVar:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def reset(cls):
        old, cls.count = cls.count, 0
        return old
for _ in range(3):
    WithClassVar()
print(WithClassVar.count, WithClassVar.reset(), WithClassVar.count)

class Sub(WithClassVar):
    pass
Sub(); Sub()
print(Sub.count, WithClassVar.count, "count" in Sub.__dict__)

class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f+" + super().f()
    def g(self):
        return super(B, self).f()
class C(B):
    f = lambda self: "C.f+" + B.f(self)
print(C().f(), C().g(), B.f(C()))
sm = staticmethod(len)
print(sm("four"), classmethod(lambda c: c).__func__(3))
