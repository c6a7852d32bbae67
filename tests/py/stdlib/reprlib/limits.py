import reprlib
from collections import deque
from array import array

r = reprlib.repr
values = ["short", "x" * 100, "quote'\"" * 10, 10**50, -10**50, 123, 1.5,
          tuple(range(10)), (1,), (), list(range(3)), list(range(20)), [[[[[[[[1]]]]]]]],
          set(range(10)), {3, 1, 2}, set(), frozenset(range(10)), frozenset(),
          {i: str(i) for i in range(10)}, {}, {"b": 1, "a": [1, 2, 3, 4, 5, 6, 7]},
          deque(range(10)), array("i", range(10)), array("d"), {1, "a"}, None, True,
          len]
for v in values:
    print(r(v))

class Big:
    def __repr__(self):
        return "Big(" + "y" * 50 + ")"

class Broken:
    def __repr__(self):
        raise RuntimeError("no")

print(r(Big()))
print(r(Broken()).startswith("<Broken instance at 0x"))

custom = reprlib.Repr()
custom.maxlist = 2
custom.maxstring = 10
custom.maxlevel = 2
custom.maxdict = 1
custom.fillvalue = "~"
print(custom.repr([1, 2, 3]), custom.repr("abcdefghijklmnop"), custom.repr([[[1]]]), custom.repr({1: 2, 3: 4}))
print(custom.repr({}), custom.repr([[], [[]]]))
a = reprlib.aRepr
print(a.maxlevel, a.maxtuple, a.maxlist, a.maxarray, a.maxdict, a.maxset, a.maxfrozenset,
      a.maxdeque, a.maxstring, a.maxlong, a.maxother)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


n = Node("root")
n.children.append(n)
n.children.append(Node("leaf"))
print(repr(n), Node.__repr__.__name__, hasattr(Node.__repr__, "__wrapped__"))


class Other(list):
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return "Other" + list.__repr__(self)


o = Other([1])
o.append(o)
print(repr(o))


class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return "%.1f" % x


print(MyRepr().repr([1.234, 5.678]))
