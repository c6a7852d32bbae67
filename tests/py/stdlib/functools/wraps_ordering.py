import functools
from functools import wraps, update_wrapper, total_ordering, cmp_to_key, cached_property
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def hello(x):
    "say hello"
    return 'hello ' + x
hello.__dict__
print(hello('w'), hello.__name__, hello.__doc__, hello.__qualname__, hello.__module__, hello.__wrapped__.__name__)
def g(): pass
g.attr = 5
def h(): "h doc"
r = update_wrapper(h, g)
print(r is h, h.__name__, h.__doc__, h.attr, h.__wrapped__ is g)
def k(): pass
update_wrapper(k, g, assigned=('__doc__',), updated=())
print(k.__name__, hasattr(k, 'attr'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), V(1) == V(1))
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o):
        if not isinstance(o, W): return NotImplemented
        return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(2) >= W(2), W(3) <= W(2), sorted([W(3), W(1)])[0].v)
try:
    W(1) < 5
except TypeError as e:
    print(e)
try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print(e)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted('bca', key=cmp_to_key(lambda a, b: cmp(b, a))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__)
try:
    K(1) < 1
except TypeError as e:
    print(e)
print(type(K).__name__, type(K(1)).__name__, K(5).obj)

class D:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        "the val"
        self.n += 1
        return self.n * 10
d = D()
print(d.val, d.val, d.n, d.__dict__, D.val.__doc__, type(D.val).__name__)
del d.val
print(d.val, d.n)
d.val = 99
print(d.val)
cp = cached_property(lambda s: 1)
try:
    cp.__get__(d, D)
except TypeError as e:
    print(e)
try:
    class Two:
        a = cached_property(lambda s: 1)
        b = a
except Exception:
    print('error')
class S:
    __slots__ = ('x',)
    @cached_property
    def p(self): return 1
try:
    S().p
except TypeError as e:
    print(e)

@functools.singledispatch
def show(x):
    return 'obj'
@show.register(int)
def _(x):
    return 'int'
@show.register
def _(x: list):
    return 'list'
print(show(1), show(True), show([1]), show('s'))
