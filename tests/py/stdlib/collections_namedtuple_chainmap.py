from collections import namedtuple, ChainMap
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
P = namedtuple('Point', ['x', 'y'])
p = P(1, 2)
print(p, p.x, p.y, p[0], tuple(p), isinstance(p, tuple), len(p))
print(P._fields, P._field_defaults, P._make([3, 4]), p._asdict(), p._replace(y=9))
print(P(x=5, y=6), P(7, y=8), P.__doc__, P.x.__doc__)
x, y = p; print(x, y, p == (1, 2), hash(p) == hash(P(1, 2)))
Q = namedtuple('Q', 'a, b c', defaults=[10, 20]); print(Q(1), Q(1, 2, 3), Q._field_defaults)
R = namedtuple('R', ['abc', 'def', '_x', 'abc'], rename=True); print(R._fields)
t(lambda: namedtuple('1x', 'a'))
t(lambda: namedtuple('X', 'a class'))
t(lambda: namedtuple('X', 'a _b'))
t(lambda: namedtuple('X', 'a a'))
t(lambda: namedtuple('X', 'a', defaults=[1, 2]))
t(lambda: P(1))
t(lambda: P(1, 2, 3))
t(lambda: P._make([1]))
t(lambda: p._replace(z=1))
class S(P):
    def norm(self): return self.x + self.y
print(S(1, 2).norm(), S(3, 4))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), list(cm), 'b' in cm, cm.get('z', 0))
cm['b'] = 5; print(cm, cm.maps)
t(lambda: cm['zz'])
ch = cm.new_child({'c': 7}); print(ch, ch.parents)
del cm['b']; print(cm)
def f(): del cm['zz']
t(f)
print(dict(cm), sorted(cm.items()), cm == {'a': 1, 'b': 3}, ChainMap())
