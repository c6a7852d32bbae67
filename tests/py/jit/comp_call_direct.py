# List, set and dict comprehensions called from compiled code run their
# compiled code without a function object (MAKE_FUNCTION, LOAD_FAST,
# GET_ITER, CALL 0 fused). Results, closures, errors (in GET_ITER, inside
# the comprehension, an unbound iterable), tracebacks, frames seen from
# inside, recursion and comprehensions that cannot take that path must
# behave as in CPython.
import sys
import traceback


def frame_info():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno


def comps(n, vec):
    cols = range(n)
    a = [vec[i] * i for i in cols]
    b = {vec[i] + i for i in cols}
    c = {i: vec[i] - i for i in cols}
    d = [x for x in cols if x % 2]
    m = [[y * x for y in cols] for x in cols]
    return a, sorted(b), c, d, m[-1]


def plain(items):
    return [x + 1 for x in items]


def where(items):
    return [frame_info() for _ in items]


def raises(items):
    return [10 // x for x in items]


def not_iterable(x):
    return [y for y in x]


def unbound(flag):
    if flag:
        items = [1]
    return [y for y in items]


def with_cells(items):
    return [(lambda: x) for x in items]


def nested_gen(items):
    return list(x * 2 for x in items)


def deep(n):
    return [deep(n - 1) for _ in range(1)] if n else 0


def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
        print("".join(traceback.format_exception(e)[1:]).replace(__file__, "FILE"))


for k in range(300):
    comps(4, (3, 1, 0, 2))
    plain([k, 2])
    where([1])
    raises([1, 2])
    with_cells([1])
    nested_gen([1])

print(comps(4, (3, 1, 0, 2)), comps(1, (5,)), comps(2, [1.5, 2.5]))
print(plain(range(3)), plain({5: 0}), plain(x for x in (1, 2)))
print(where("ab"))
show(raises, [5, 0, 1])
show(not_iterable, 5)
show(unbound, False)
show(unbound, True)
print([f() for f in with_cells((7, 8))], nested_gen(range(3)))
print(deep(20))
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
try:
    deep(1000)
except RecursionError as e:
    print("RecursionError")
sys.setrecursionlimit(old)
g = {"__builtins__": __builtins__}
exec("def h(xs):\n    return {x for x in xs}\n", g)
for _ in range(300):
    g["h"]([1])
print(sorted(g["h"]([3, 1, 2])))
