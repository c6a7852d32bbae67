# Python functions called from native code (sorted/min/max/list.sort key=,
# map, filter): plain functions, defaults, *args, closures, generators,
# methods, builtins, errors and recursion through them.
import sys

data = [5, 3, 8, 1, 9, 2]
print(sorted(data, key=lambda x: -x))
def with_default(x, scale=10):
    return x * scale % 7
print(sorted(data, key=with_default))
def two_defaults(x, a=1, b=2):
    return (x + a) * b % 5
print(sorted(data, key=two_defaults), min(data, key=two_defaults), max(data, key=two_defaults))
def star(*args):
    return -args[0]
print(sorted(data, key=star))
def kwonly(x, *, k=3):
    return x % k
print(sorted(data, key=kwonly))
def make_closure(m):
    def key(x):
        return x % m
    return key
print(sorted(data, key=make_closure(4)))
def cellarg(x):
    def inner():
        return x * 2
    return inner()
print(sorted(data, key=cellarg))
def gen_key(x):
    yield x
print([type(k).__name__ for k in map(gen_key, [1, 2])])
class Box:
    def __init__(self, v):
        self.v = v
    def key(self, x):
        return abs(x - self.v)
    @staticmethod
    def skey(x):
        return -x
    @classmethod
    def ckey(cls, x):
        return (cls.__name__, x % 3)
b = Box(4)
print(sorted(data, key=b.key), sorted(data, key=Box.skey), sorted(data, key=Box.ckey))
print(sorted(["b", "A", "c"], key=str.lower), sorted(data, key=abs), max(["aa", "b"], key=len))
print(list(map(lambda x, y: x * y, data, data)), list(filter(lambda x: x % 2, data)))
print(list(map(with_default, data)), list(filter(None, [0, 1, 2])))
print(list(map(Box, [1, 2]))[1].v)
data2 = list(data)
data2.sort(key=lambda x: (x % 3, x), reverse=True)
print(data2)
# A key returning different types each call, a key that reads globals.
G = 100
print(sorted(data, key=lambda x: G - x))

# A key function raising mid-sort: the list is left as it was.
def bad(x):
    if x == 8:
        raise ValueError("bad key %r" % x)
    return x
lst = list(data)
try:
    lst.sort(key=bad)
except ValueError as e:
    print("ValueError", e, lst)
try:
    sorted(data, key=bad)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback through", names)
# Wrong argument counts are reported as CPython does.
def two(x, y):
    return x
for f in (two, lambda: 0):
    try:
        sorted(data, key=f)
    except TypeError as e:
        print("TypeError", e)
# The key function sees the list empty while sorting.
lst = [3, 1, 2]
seen = []
lst.sort(key=lambda x: (seen.append(len(lst)), x)[1])
print(lst, seen)
# Recursion through native calls: RecursionError as in CPython.
def deep(x):
    return sorted([x], key=deep)
try:
    deep(1)
except RecursionError as e:
    print("RecursionError", e)
def count_depth(n):
    try:
        return max([n], key=lambda v: count_depth(v + 1))
    except RecursionError:
        return n
d = count_depth(0)
print(d > 100)
# Locals of a frame an exception left through a key function.
def failing(x):
    local = x * 2
    raise KeyError(local)
try:
    sorted([21], key=failing)
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_locals)

# Bound methods, __init__ and dunders called from native code.
class P:
    def __init__(self, v, w=0):
        self.v = v + w
    def __lt__(self, o):
        if o.v == 99:
            raise ArithmeticError("no order for 99")
        return self.v < o.v
    def __eq__(self, o):
        return isinstance(o, P) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __len__(self):
        return self.v
    def __repr__(self):
        return "P(%d)" % self.v
    def scaled(self, x, *rest):
        return x * self.v + len(rest)
ps = list(map(P, [3, 1, 2]))
print(sorted(ps), min(ps), max(ps), ps.index(P(2)), ps.count(P(1)), len(P(7)))
print({P(1): "a", P(1): "b"}, P(2) in set(ps))
print(list(map(P(3).scaled, [1, 2])), list(map(P, [1, 2], [10, 20])))
withbad = [P(1), P(99), P(0)]
try:
    withbad.sort()
except ArithmeticError as e:
    print("ArithmeticError", e, withbad)
class BadInit:
    def __init__(self, v):
        return v
try:
    list(map(BadInit, [1]))
except TypeError as e:
    print("TypeError", e)
class NoneInit:
    def __init__(self, v):
        return None
print(type(list(map(NoneInit, [1]))[0]).__name__)
import functools
def kw(a, b=2, *, c=3):
    return a + b + c
print(list(map(functools.partial(kw, c=10), [1, 2])), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
