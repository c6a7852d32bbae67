# Argument binding: defaults, *args, **kwargs, keyword-only, positional-only.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 10, "z": 26}))

def pos_only(x, y, /, z=0, *, w=1):
    return x + y * 10 + z * 100 + w * 1000

print(pos_only(1, 2))
print(pos_only(1, 2, 3, w=4))
print(pos_only(1, 2, z=5))
for call in (lambda: pos_only(x=1, y=2), lambda: f(), lambda: f(1, 2),
             lambda: f(1, c=1, a=2), lambda: pos_only(1, 2, 3, 4),
             lambda: (lambda: 0)(1), lambda: (lambda *, k: k)(),
             lambda: f(1, c=2, **{"c": 3})):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def defaults_shared(x, acc=[]):
    acc.append(x)
    return acc

print(defaults_shared(1), defaults_shared(2), defaults_shared(3, []))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(pos_only.__code__.co_posonlyargcount, pos_only.__code__.co_varnames)

def kwargs_only(**kw):
    return kw

print(kwargs_only(a=1, **{"b": 2}, c=3))
d = {"x": 1}
print(kwargs_only(**d, y=2), d)

def star_mix(*a, **k):
    return a, k
print(star_mix(*range(3), *"ab", **{"k": 1}, **{"j": 2}))
print(star_mix())
