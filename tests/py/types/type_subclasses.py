# type.__subclasses__: direct subclasses in creation order, through
# metaclasses, multiple inheritance and builtin bases; abc uses it.
import abc


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print([k.__name__ for k in A.__subclasses__()])
print([k.__name__ for k in B.__subclasses__()])
print([k.__name__ for k in C.__subclasses__()])
print(D.__subclasses__())
print(type.__subclasses__(A) == A.__subclasses__())


class MyInt(int):
    pass


print(MyInt in int.__subclasses__())
print(MyInt.__subclasses__())


class Meta(type):
    pass


class M1(metaclass=Meta):
    pass


class M2(M1):
    pass


print([k.__name__ for k in M1.__subclasses__()])
try:
    Meta.__subclasses__()
except TypeError as e:
    print(e)
print(Meta.__subclasses__(Meta))
print(M1 in object.__subclasses__(), M2 in object.__subclasses__())


def all_subclasses(k):
    out = []
    for s in k.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subclasses(s))
    return out


print(all_subclasses(A))

made = type("Made", (A,), {})
print([k.__name__ for k in A.__subclasses__()])


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


class Mid(Base):
    def run(self):
        return 1


class Leaf(Mid):
    pass


class Plain:
    pass


Mid.register(Plain)
print(issubclass(Leaf, Base), issubclass(Plain, Base), issubclass(int, Base))
print([k.__name__ for k in Base.__subclasses__()], [k.__name__ for k in Mid.__subclasses__()])

try:
    type.__subclasses__(3)
except TypeError as e:
    print(e)
