import functools
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2), sq(1))
print(calls, sq.cache_info())
print(sq.cache_info().hits, sq.cache_info().currsize, sq.cache_info()[1], tuple(sq.cache_info()))
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n):
    "fibonacci"
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__name__, fib.__doc__, fib.__wrapped__.__name__, fib.cache_parameters())
@lru_cache()
def kw(a, b=0):
    return a + b
print(kw(1), kw(1, b=2), kw(1, 2), kw(a=1, b=2), kw(b=2, a=1), kw.cache_info())
@lru_cache(typed=True)
def t(x):
    return repr(x)
print(t(1), t(1.0), t(True), t.cache_info())
@lru_cache(typed=False)
def u(x):
    return repr(x)
print(u(1), u(1.0), u(True), u.cache_info())
@lru_cache(maxsize=None)
def unb(x):
    return x
for i in range(300): unb(i % 150)
print(unb.cache_info())
@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())
@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); print(neg.cache_info())
@cache
def c(x):
    return [x]
print(c(1) is c(1), c.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print(e)
try:
    c([1])
except TypeError as e:
    print(type(e).__name__, e)
class A:
    def __init__(self, v): self.v = v
    @lru_cache
    def m(self, k):
        return self.v * k
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
a = A(3)
print(a.m(2), a.m(2), A.m.cache_info())
f = lru_cache(maxsize=3)(lambda x: x)
for i in [1, 2, 3, 1, 4, 2, 1]:
    f(i)
print(f.cache_info())
print(type(fib).__name__, isinstance(fib.cache_info(), tuple), fib.cache_info()._fields if hasattr(fib.cache_info(), '_fields') else None)
