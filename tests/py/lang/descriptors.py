# Descriptor protocol: data vs non-data, properties, __set_name__, __slots__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, not {type(value).__name__}")
        setattr(obj, self.name, value)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class Point:
    x = Typed()
    y = Typed()
    nd = NonData()
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print(p.x, p.y, type(Point.x).__name__, p.nd)
p.nd = "instance wins"
print(p.nd)
p.__dict__["x"] = "ignored: data descriptor wins"
print(p.x, sorted(p.__dict__))
try:
    p.y = "s"
except TypeError as e:
    print("TypeError:", e)

class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = float(v)
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
s.b = 5
del s.a
print(s.b, hasattr(s, "a"), type(Slotted.a).__name__)

class Bound:
    def method(self):
        return self
b = Bound()
m = b.method
print(m() is b, m.__self__ is b, m.__func__ is Bound.method, Bound.method.__get__(b)() is b)
print(b.method == b.method, b.method is b.method)
