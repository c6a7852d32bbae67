# lru_cache: key building like CPython's C implementation (hits/misses),
# LRU order, recursion, methods, attributes.
import functools

calls = []

@functools.lru_cache(maxsize=3)
def f(*args, **kw):
    calls.append((args, kw))
    return len(calls)

print(f(1), f(1), f(1.0), f(True), f('a'), f('a'), f.cache_info())
f.cache_clear()
calls.clear()
# kwargs order matters for the key; positional vs keyword are different keys.
print(f(1, b=2, c=3), f(1, c=3, b=2), f(1, b=2, c=3), f(a=1), f.cache_info())
f.cache_clear()
calls.clear()
# eviction: least recently used goes first; a hit refreshes.
for x in [1, 2, 3, 1, 4, 2, 1, 3]:
    f(x)
print([c[0][0] for c in calls], f.cache_info())

@functools.lru_cache(maxsize=None)
def g(x):
    calls.append(x)
    return x
calls.clear()
print(g(1), g(1.0), g((1,)), g(1), g.cache_info(), calls)

@functools.lru_cache(typed=True)
def h(x, y=0):
    return (type(x).__name__, x)
print(h(1), h(1.0), h(True), h(1), h(1, y=0), h(1, y=0.0), h.cache_info())

# A recursive call that caches the key while the outer call computes it.
depth = []
@functools.lru_cache(maxsize=2)
def rec(n):
    depth.append(n)
    if n == 0:
        return 0
    rec(n - 1)
    return rec(n - 1) + 1
print(rec(5), rec.cache_info(), depth)

# Unhashable arguments.
try:
    g([1])
except TypeError as e:
    print('TypeError', e)

# Exceptions are not cached.
@functools.lru_cache
def boom(x):
    calls.append(('boom', x))
    raise ValueError(x)
calls.clear()
for _ in range(2):
    try:
        boom(1)
    except ValueError as e:
        print('ValueError', e)
print(calls, boom.cache_info())

# Methods bind through __get__; the class attribute is the wrapper.
class C:
    def __init__(self, k):
        self.k = k
    @functools.lru_cache(maxsize=8)
    def scaled(self, x):
        return self.k * x
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, C) and self.k == other.k
a, b = C(2), C(2)
print(a.scaled(5), b.scaled(5), C(3).scaled(5), C.scaled.cache_info())
print(type(C.scaled).__name__, C.scaled.__get__(None, C) is C.scaled, a.scaled.__self__ is a, a.scaled.__func__ is C.scaled)
print(C.scaled.__name__, C.scaled.__qualname__, C.scaled.__wrapped__.__name__)

# Attributes, copying, parameters.
import copy
print(copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())
print(f.cache_parameters(), g.cache_parameters(), h.cache_parameters())
f.extra = 1
print(f.extra, sorted(k for k in f.__dict__ if not k.startswith('__')))
print(type(f), isinstance(f, functools._lru_cache_wrapper))
try:
    functools.lru_cache('x')
except TypeError as e:
    print('TypeError', e)
try:
    functools.lru_cache(maxsize=4)(5)
except TypeError as e:
    print('TypeError', e)
neg = functools.lru_cache(maxsize=-5)(lambda x: x)
print(neg(1), neg(1), neg.cache_info())
info = f.cache_info()
print(info, info._fields if hasattr(info, '_fields') else None, info.hits + info.misses)

# Bound methods forward unknown attributes to their function.
print(a.scaled.cache_info(), a.scaled.__wrapped__.__name__)
a.scaled.cache_clear()
print(C.scaled.cache_info())
class D:
    @functools.wraps(len)
    def meth(self):
        return 1
print(D().meth.__wrapped__, D().meth.__name__)
try:
    D().meth.nothing
except AttributeError as e:
    print('AttributeError', e)
