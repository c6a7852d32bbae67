# Native defaultdict: __missing__, default_factory, repr, copy, |, pickling
# hooks, subclassing, errors.
from collections import defaultdict
import copy


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: defaultdict(5))
t(lambda: defaultdict(None, {1: 2}, a=3))
t(lambda: defaultdict(int, [(1, 2)]))
t(lambda: defaultdict(default_factory=int))
t(lambda: defaultdict())
d = defaultdict(list)
d['a'].append(1)
print(d, d.default_factory)
t(lambda: d['b'])
t(lambda: defaultdict()['x'])
t(lambda: defaultdict().__missing__('x'))
t(lambda: defaultdict(int).__missing__('x'))
d = defaultdict(int)
print('x' in d, d.get('y'), d, d.setdefault('q', 5))
d.default_factory = None
t(lambda: d['z'])
d.default_factory = 5
t(lambda: d['z'])
del d.default_factory
print(d.default_factory)
d = defaultdict(int, a=1)
for c in (d.copy(), copy.copy(d), copy.deepcopy(d)):
    print(c, type(c).__name__, c.default_factory)
print(d | {'b': 2}, {'c': 3} | d, type({'c': 3} | d).__name__, type(d | {}).__name__)
d |= {'z': 0}
print(d)
print(d.__reduce__()[:4], defaultdict().__reduce__()[:2])


class DD(defaultdict):
    def __repr__(self):
        return 'DD!'


x = DD(int)
x[1] += 1
print(x, dict(x), type(x.copy()).__name__, x.copy())


class DD2(defaultdict):
    pass


y = DD2(list, {1: [2]})
print(y.copy(), y[5], y)
y.foo = 1
print(y.foo)
d = defaultdict()
d.default_factory = d
print(d)
print(defaultdict.__name__, defaultdict.__module__, defaultdict.__mro__)
t(lambda: hash(defaultdict()))
print(defaultdict(int) == {}, isinstance(defaultdict(), dict), defaultdict(int, a=1) == {'a': 1})
counts = defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    counts[w] += 1
print(sorted(counts.items()))
groups = defaultdict(list)
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[w[0]].append(w)
print(dict(groups))


class Miss(defaultdict):
    def __missing__(self, k):
        return 'own'


m = Miss(int)
print(m[3], dict(m))
dd = defaultdict(int, {1: 1})
dd.__init__(list, {2: 2})
print(dd)
print(defaultdict(int).fromkeys([1, 2]), type(defaultdict.fromkeys([1])).__name__)


def bad():
    raise ValueError('no')


dd = defaultdict(bad)
t(lambda: dd[1])
print(len(dd))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print({k: dict(v) for k, v in nested.items()})
