from collections import Counter
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
c = Counter('abracadabra')
print(c, c['a'], c['zzz'], c.most_common(), c.most_common(3), c.total())
print(sorted(c.elements()), list(Counter({'x': 2, 'y': 0, 'z': -1}).elements()))
c.update('aaz'); print(c)
c.subtract({'a': 10}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2, c=-1))
print(Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2))
print(Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-1, c=0), -Counter(a=1, b=-1))
print(Counter(), Counter({'a': 1}) == Counter({'a': 1, 'b': 0}), Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2))
x = Counter(a=2); x += Counter(a=-5, b=1); print(x)
t(lambda: Counter.fromkeys('ab'))
d = Counter(b=1, a=1, c=2); print(d, d.most_common(1))
del d['zz']; print(d)
print(Counter([1, 1, 2]).most_common(0), isinstance(d, dict))
