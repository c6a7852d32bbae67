from collections import defaultdict, OrderedDict
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = defaultdict(list)
d['a'].append(1); d['b']; d['a'].append(2)
print(d, d.default_factory, isinstance(d, dict), len(d))
print(defaultdict(int, {'x': 1}, y=2))
n = defaultdict(); t(lambda: n['k']); print(n)
t(lambda: defaultdict(5))
c = defaultdict(int); c['q'] += 3; print(c, c.get('zz'), 'zz' in c)
cc = c.copy(); print(type(cc).__name__, cc, cc.default_factory)
print(d | {'z': 0})
print(type(d).__name__, repr(defaultdict(None)))
o = OrderedDict()
o['b'] = 1; o['a'] = 2; o['c'] = 3
print(o, list(o), list(reversed(o)))
o.move_to_end('b'); print(o)
o.move_to_end('b', last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
t(lambda: OrderedDict().popitem())
t(lambda: o.move_to_end('zz'))
a = OrderedDict([(1, 1), (2, 2)]); b = OrderedDict([(2, 2), (1, 1)])
print(a == b, a == dict(b), dict(a) == b, a != b)
print(OrderedDict(), OrderedDict.fromkeys('abc', 0), OrderedDict(x=1).copy())
print(isinstance(a, dict), a | {3: 3})
