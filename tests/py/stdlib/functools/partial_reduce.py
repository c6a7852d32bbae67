import functools
from functools import partial, reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [], 7))
for args in [(lambda a, b: a, []), (lambda a, b: a, 5), (1, [1, 2])]:
    try:
        print(reduce(*args))
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b, c=0, *, x=1, y=2):
    return (a, b, c, x, y)
p = partial(f, 1, x=10)
print(p(2), p(2, 3, y=5), p(2, x=0), p.func is f, p.args, p.keywords)
q = partial(p, 2, y=20)
print(q.func is f, q.args, q.keywords, q(), q(c=9))
r = repr(p)
print(r.startswith('functools.partial(<function f at 0x'), r.endswith('>, 1, x=10)'))
print(repr(partial(max, 1, 2, key=abs)), repr(partial(len)))
try:
    partial(5)
except TypeError as e:
    print(e)
try:
    p.func = 3
except AttributeError as e:
    print('AttributeError')
class MyPartial(partial):
    pass
mp = MyPartial(max, 3)
print(repr(mp), mp(7), type(mp).__name__)
p.extra = 1
print(p.extra, partial(int, base=2)('101'))
print(list(map(partial(pow, 2), range(5))))
class C:
    m = partial(lambda *a: a, 'x')
print(C().m(1))
