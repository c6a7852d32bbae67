import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name()} with area {self.area()}"


class Half(Shape):
    def area(self):
        return 1


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def name(self):
        return "square"


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__))
print(Square.__abstractmethods__)
print(Square(3).describe())
print(isinstance(Square(2), Shape), issubclass(Square, Shape), issubclass(int, Shape))
print(type(Shape) is ABCMeta, isinstance(Shape, ABCMeta))


# properties, classmethods and staticmethods
class P(ABC):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(P.__abstractmethods__))


class PImpl(P):
    @property
    def value(self):
        return 42

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


print(PImpl.make().value, PImpl.helper())
try:
    P()
except TypeError as e:
    print("TypeError", e)


# register
class Sized2(metaclass=ABCMeta):
    pass


class Thing:
    pass


print(issubclass(Thing, Sized2), isinstance(Thing(), Sized2))
r = Sized2.register(Thing)
print(r is Thing, issubclass(Thing, Sized2), isinstance(Thing(), Sized2))
Sized2.register(int)
print(isinstance(3, Sized2), isinstance("x", Sized2), issubclass(bool, Sized2))
try:
    Sized2.register(3)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(3, Sized2)
except TypeError as e:
    print("TypeError", e)


class SubSized(Sized2):
    pass


print(issubclass(SubSized, Sized2), issubclass(Sized2, SubSized))
try:
    SubSized.register(Sized2)
except RuntimeError as e:
    print("RuntimeError", e)
tok = abc.get_cache_token()
Sized2.register(float)
print(abc.get_cache_token() != tok)


# __subclasshook__
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(dict, HasLen))
print(issubclass(str, HasLen), isinstance(object(), HasLen))


# a concrete class that overrides every abstract method later in the MRO
class Mixin:
    def name(self):
        return "mixin"


class Both(Mixin, Half):
    pass


print(Both.__abstractmethods__, Both().describe())


# update_abstractmethods
class Late(ABC):
    @abstractmethod
    def go(self):
        ...


class LateImpl(Late):
    pass


try:
    LateImpl()
except TypeError as e:
    print("TypeError", e)
LateImpl.go = lambda self: "went"
abc.update_abstractmethods(LateImpl)
print(LateImpl().go())


# the deprecated forms
class Old(ABC):
    @abc.abstractproperty
    def p(self):
        ...

    @abc.abstractclassmethod
    def c(cls):
        ...

    @abc.abstractstaticmethod
    def s():
        ...


print(sorted(Old.__abstractmethods__))
print(abstractmethod(lambda: 0).__isabstractmethod__)


# metaclass keyword arguments pass through to __init_subclass__
class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, key))


class One(Plugin, key="one"):
    pass


print(Plugin.registry)
