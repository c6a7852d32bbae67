# functools.partial: attributes, flattening, keyword merging, repr, state.
import functools
from functools import partial

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

class Show:
    def __call__(self, *args, **kw):
        return args, kw
    def __repr__(self):
        return 'show'
show = Show()

p = partial(show, 1, 2, a=1, b=2)
print(p, p.func is show, p.args, p.keywords, type(p), type(p).__name__)
print(p(3, b=20, c=30))
print(p())
print(partial(show)(1, x=2), partial(show, 1)(), partial(show, k=1)(2))

# Nested plain partials are flattened; keyword order: inner first.
q = partial(partial(show, 1, sep='-', z=0), 2, sep='+', end='!')
print(q, q.func is show, q.args, q.keywords, q())

# A partial with instance attributes is not flattened.
inner = partial(show, 1)
inner.note = 'x'
outer = partial(inner, 2)
print(outer.func is inner, outer.args, inner.__dict__, outer())

# Subclasses: repr uses the class name; flattening only with partial's __call__.
class MyPartial(partial):
    pass
mp = MyPartial(show, 1, a=2)
print(mp, type(mp).__name__, isinstance(mp, partial), mp(3))
print(partial(mp, 9).func is show)
class Loud(partial):
    def __call__(self, *a, **k):
        return ('loud', super().__call__(*a, **k))
lp = Loud(show, 1)
print(lp(2), partial(lp, 3).func is lp, partial(lp, 3)())

t(partial)
t(partial, 1)
t(p.__setattr__, 'func', 1)
try:
    p.func = len
except AttributeError as e:
    print('AttributeError', e)
try:
    del p.args
except AttributeError as e:
    print('AttributeError', e)
p.extra = 5
print(p.extra, p.__dict__)

# __reduce__ / __setstate__
r = partial(len).__reduce__()
print(r)
f = partial(len)
print(f.__setstate__((min, (1,), {}, None)), f, f(2), f(0))
print(f.__setstate__((show, (1,), {'k': 2}, {'attr': 3})), f, f(), f.attr)
t(f.__setstate__, (min, (1,), {}))
t(f.__setstate__, 5)
t(f.__setstate__, (1, (1,), {}, None))
t(f.__setstate__, (min, [1], {}, None))
print(p.__reduce__()[0] is partial, p.__reduce__()[2][3])

# Recursive repr.
rp = partial(show)
rp.__setstate__((show, (rp,), {}, None))
print(rp)

# Partial of a method, of a class, of a builtin; used as key / with map.
print(list(map(partial(int, base=2), ['101', '11'])))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)))
print(partial(dict, a=1)(b=2), partial(max, key=len)('aa', 'b', 'ccc'))
class C:
    def m(self, x, y=0):
        return (self.__class__.__name__, x, y)
    pm = functools.partialmethod(m, 5)
c = C()
print(partial(c.m, 1)(y=2), c.pm(), c.pm(y=7))

# wraps returns a partial.
def orig():
    "doc"
w = functools.wraps(orig)
print(type(w).__name__, w.func is functools.update_wrapper, sorted(w.keywords))
def wrapper():
    pass
print(w(wrapper) is wrapper, wrapper.__doc__, wrapper.__wrapped__ is orig)

# Errors raised by the wrapped function propagate; bad keyword call.
t(partial(show, 1, a=1), **{'a': 2, 'b': 3})
t(partial(len, [1]), 2)
t(partial(len), x=1)
