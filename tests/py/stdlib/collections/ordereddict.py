# OrderedDict: order, move_to_end, popitem(last), equality rules, repr, views.
from collections import OrderedDict

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(reversed(od)), od.keys(), list(od.items()))
od.move_to_end('b')
print(list(od))
od.move_to_end('b', last=False)
print(list(od))
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a == dict(b), dict(a) == b, a != b, a == OrderedDict(a))
print(repr(OrderedDict()), repr(OrderedDict(k=1)), str(a))
print(OrderedDict.fromkeys('abc', 0), a.copy(), type(a.copy()).__name__)
print(a | {'z': 3}, {'w': 0} | a)
a |= {'x': 9}
print(a, a.setdefault('q', 5), a.pop('y'), a.pop('missing', 'dflt'), a)
try:
    a.pop('missing')
except KeyError as e:
    print('KeyError', e)
print(isinstance(a, dict), issubclass(OrderedDict, dict))
print(a.__hash__, list(reversed(a.keys())), list(reversed(a.values())), list(reversed(a.items())), a.values(), a.items())

class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated()
lu['a'] = 1
lu['b'] = 2
lu['a'] = 3
print(lu)
