# Warm up attribute and method access, then mutate the class, the instance and the MRO.
class Shape:
    sides = 4
    def area(self):
        return self.w * self.h
    def describe(self):
        return f"{type(self).__name__} sides={self.sides} area={self.area()}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

def probe(obj):
    return obj.sides, obj.area(), obj.w

r = Rect(2, 3)
for _ in range(2000):
    probe(r)
print(probe(r), r.describe())

Shape.sides = 5                       # class attribute changed on a base
print(probe(r))
Shape.area = lambda self: -1          # method replaced on a base
print(probe(r))
Rect.area = lambda self: self.w * 100 # method added on the subclass: shadows the base
print(probe(r))
r.sides = "instance"                  # instance attribute shadows the class attribute
print(probe(r))
del r.sides
del Rect.area
print(probe(r), r.describe())

class Other:
    sides = 0
    w = "class w"
    def area(self):
        return "other"
print(probe(Other()))
r.__class__ = type("Patched", (Rect,), {"sides": 9})
print(probe(r), type(r).__name__)

class WithProp(Rect):
    pass
wp = WithProp(1, 1)
for _ in range(2000):
    probe(wp)
WithProp.w = property(lambda self: "prop wins over instance dict")
print(probe(wp))

class Slots:
    __slots__ = ("w", "h", "sides")
    area = Shape.area
    def __init__(self):
        self.w, self.h, self.sides = 3, 3, 8
print(probe(Slots()))

def call_method(o):
    return o.area()
objs = [Rect(1, 2), Rect(3, 4)]
for i in range(2000):
    call_method(objs[i % 2])
Shape.area = lambda self: "changed on base"
print([call_method(o) for o in objs])
Rect.area = lambda self: "added on subclass"
print([call_method(o) for o in objs])
