# CALL of a builtin method descriptor / builtin function with positional
# arguments (CALL_BUILTIN): each site is warmed up, then what it relied on
# changes (rebinding, other types, subclasses, wrong argument counts).


def add_all(s, xs):
    for x in xs:
        s.add(x)
    return s


def append_all(l, xs):
    for x in xs:
        l.append(x)
    return l


print(sorted(add_all(set(), range(50))))
print(append_all([], range(50))[-3:])


# A subclass overriding add/append at the same site.
class MySet(set):
    def add(self, x):
        set.add(self, x * 10)


class MyList(list):
    def append(self, x):
        super().append(-x)


print(sorted(add_all(MySet(), range(5))))
print(append_all(MyList(), range(5)))
# A subclass not overriding: the inherited builtin method.
class PlainSet(set):
    pass


print(sorted(add_all(PlainSet(), range(3))), type(add_all(PlainSet(), [1])).__name__)


# A method of a different type at the same site (duck typing).
class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)


print(add_all(Bag(), "abc").items)
print(sorted(add_all(set(), range(3))))


# Builtin functions: warm, then rebind the global.
def absall(xs):
    return [abs(x) for x in xs]


def total(xs):
    t = 0
    for x in xs:
        t += abs(x)
    return t


for _ in range(3):
    print(total(range(-40, 40)))
abs = lambda x: "patched"
print(total.__name__, absall([-1, 2]))
del abs
print(absall([-1, -2.5, 3]))
print(total([-(2 ** 70), 1]))

import builtins

_orig_len = builtins.len


def lens(xs):
    return [len(x) for x in xs]


for _ in range(30):
    lens(["ab", [1], ()])
builtins.len = lambda x: 99
print(lens(["ab", [1]]))
builtins.len = _orig_len
print(lens(["ab", [1]]))


# Wrong argument counts at a warmed site: CPython's messages.
def call_add(s, *args):
    return s.add(*args)


def add1(s, a):
    return s.add(a)


def add2(s, a, b):
    return s.add(a, b)


def add0(s):
    return s.add()


for i in range(40):
    add1(set(), i)
for f, args in ((add2, (1, 2)), (add0, ()), (call_add, (1, 2, 3))):
    try:
        f(set(), *args)
    except TypeError as e:
        print("TypeError:", e)


def app0(l):
    return l.append()


for i in range(40):
    try:
        app0([])
    except TypeError as e:
        msg = str(e)
print(msg)


def f_abs(*a):
    return abs(*a)


for i in range(40):
    f_abs(-i)
for args in ((), (1, 2)):
    try:
        f_abs(*args)
    except TypeError as e:
        print("TypeError:", e)


# Wrong types of arguments / self after warm-up.
def disc(s, x):
    s.discard(x)
    return s


for i in range(40):
    disc({1, 2}, i)
try:
    disc({1}, [])
except TypeError as e:
    print("TypeError:", e)
try:
    set.add([], 1)
except TypeError as e:
    print("TypeError:", e)


def unbound_add(s, x):
    return set.add(s, x)


for i in range(40):
    unbound_add(set(), i)
try:
    unbound_add(frozenset(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    unbound_add([], 1)
except TypeError as e:
    print("TypeError:", e)


# Keyword arguments at a site (CALL_KW), after warm-up.
def sort_it(l, **kw):
    l.sort(**kw)
    return l


for i in range(40):
    sort_it([3, 1, 2])
print(sort_it([3, 1, 2], reverse=True), sort_it([3, 1, 2], key=lambda x: -x))
try:
    sort_it([1], bogus=1)
except TypeError as e:
    print("TypeError:", e)


# A site alternating between method descriptors of different builtin types.
def pop_it(c):
    return c.pop()


objs = [o for _ in range(20) for o in ([1, 2], {7}, {"k": 1}, bytearray(b"xy"), (1,))]
out = []
for o in objs:
    try:
        out.append(pop_it(o))
    except (TypeError, AttributeError) as e:
        out.append(str(e))
print(out[:5], len(out))


# Bound builtin methods stored in variables, and a builtin at a site that
# later gets a Python function.
def call_it(fn, x):
    return fn(x)


s = set()
for i in range(40):
    call_it(s.add, i)
    call_it(abs, -i)
print(len(s), call_it(str.upper, "x"), call_it(lambda v: v + 1, 1), call_it(len, "abc"))


# Mutation during iteration through a warmed builtin call.
def grow(s, x):
    s.add(x)


st = {1, 2, 3}
try:
    for v in st:
        grow(st, v + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3]
for v in lst:
    if len(lst) < 8:
        append_all(lst, [v])
print(lst)

# Exceptions raised by the builtin propagate with the stack intact.
def safe_remove(s, x):
    try:
        s.remove(x)
        return "ok"
    except KeyError as e:
        return "KeyError %r" % (e.args,)


for i in range(40):
    safe_remove({i}, i)
print(safe_remove({1}, 2), safe_remove({2}, 2))
