# Decorators: stacking order, arguments, class decorators, wrapping metadata.
calls = []

def trace(tag):
    def deco(fn):
        calls.append("decorate " + tag + " " + fn.__name__)
        def wrapper(*a, **k):
            calls.append("enter " + tag)
            r = fn(*a, **k)
            calls.append("exit " + tag)
            return r
        wrapper.__name__ = fn.__name__ + "_" + tag
        wrapper.__wrapped__ = fn
        return wrapper
    return deco

@trace("outer")
@trace("inner")
def add(a, b):
    calls.append("body")
    return a + b

print(add(2, 3), add.__name__, add.__wrapped__.__name__)
for c in calls:
    print(c)

def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        cls.registered = True
        return cls
    return deco

reg = {}
@register(reg)
class Foo:
    pass

@register(reg)
class Bar(Foo):
    pass
print(sorted(reg), Foo.registered, Bar.registered)

def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

# decorator expressions (PEP 614)
decos = {"double": lambda f: lambda x: 2 * f(x)}
@decos["double"]
def one(x):
    return x + 1
print(one(5))

@(lambda f: f.__name__.upper())
def shout():
    pass
print(shout)

class Counted:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)

@Counted
def sq(x):
    return x * x
print([sq(i) for i in range(5)], sq.n)
