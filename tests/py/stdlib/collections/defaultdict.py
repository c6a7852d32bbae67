from collections import defaultdict
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
