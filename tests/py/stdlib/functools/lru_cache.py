# lru_cache / cache: hits, misses, eviction order, typed, info, clear, wrapping.
import functools

calls = []

@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, tuple(info), info == (2, 4, 2, 2))
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())
print(sq.__name__, sq.__wrapped__.__name__, sq.__wrapped__(5), sq.cache_info().misses)

@functools.lru_cache
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__doc__, type(fib).__name__)

@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info(), fact.cache_parameters())

@functools.lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(('id', x))
    return x
calls.clear()
print(ident(1), ident(1.0), ident(True), ident(1), ident.cache_info())
print(calls)

@functools.lru_cache(maxsize=0)
def zero(x):
    return x
print(zero(1), zero(1), zero.cache_info())

@functools.lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg(1), neg.cache_info().maxsize)

@functools.lru_cache()
def kw(a, b=0, *, c=0):
    return a + b + c
print(kw(1), kw(1, b=2), kw(1, c=3), kw(1, c=3), kw(a=1), kw.cache_info())

try:
    sq([1])
except TypeError as e:
    print('TypeError', e)
try:
    functools.lru_cache('x')
except TypeError as e:
    print('TypeError', e)

class Shape:
    def __init__(self, n):
        self.n = n
    @functools.lru_cache(maxsize=8)
    def area(self, k):
        return self.n * k
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return self.n == other.n
s = Shape(3)
print(s.area(2), s.area(2), Shape(3).area(2), Shape.area.cache_info())
