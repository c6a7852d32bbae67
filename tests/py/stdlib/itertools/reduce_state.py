# __reduce__/__setstate__ of accumulate, groupby/_grouper, tee, the
# combinatoric iterators and range iterators, and copies made from them
# after partial consumption.
import copy
import itertools as it
import operator


def show(v):
    """A reduce value with iterator objects replaced by their type names."""
    if isinstance(v, tuple):
        return "(" + ", ".join(show(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, (str, int, float, type(None), range)):
        return repr(v)
    if isinstance(v, type):
        return v.__name__
    if callable(v) and hasattr(v, "__name__"):
        return "fn:" + v.__name__
    return "<" + type(v).__name__ + ">"


def red(label, x):
    try:
        print(label, show(x.__reduce__()))
    except Exception as e:
        print(label, type(e).__name__, e)


a = it.accumulate([1, 2, 3, 4]); red("acc fresh", a); next(a); red("acc 1", a)
a = it.accumulate([1, 2, 3, 4], operator.mul, initial=10); red("acc initial", a); next(a); red("acc initial 1", a)
a = it.accumulate([]); red("acc empty", a)
a = it.accumulate([1, 2]); list(a); red("acc done", a)
a = it.accumulate([None, None, 3], lambda x, y: y); next(a); red("acc None total", a)
print(list(a))
a = it.accumulate([1, 2, 3]); a.__setstate__(10); print("acc setstate", list(a))

g = it.groupby("aabbbc"); red("gb fresh", g)
k, grp = next(g); red("gb 1", g); red("grouper", grp); next(grp); red("grouper 1", grp)
k2, grp2 = next(g); red("old grouper", grp); red("new grouper", grp2)
g = it.groupby("aabbbc", key=str.upper); next(g); red("gb key", g)
g = it.groupby("xxyz"); g.__setstate__(("y", "y", "x")); print("gb setstate", [(k, list(v)) for k, v in g])
try:
    it.groupby("ab").__setstate__(["a", "a", "a"])
except TypeError as e:
    print("TypeError", e)

t1, t2 = it.tee([1, 2, 3]); next(t1); red("tee", t1)
r = t1.__reduce__()
print("tee data", show(r[2][0].__reduce__()))
t3 = copy.copy(t1); print("tee copy", list(t3), list(t1), list(t2))
t1, t2 = it.tee(iter([1, 2, 3, 4])); next(t1); t4 = copy.deepcopy(t1); print("tee deepcopy", list(t4), list(t1), list(t2))
t1, _ = it.tee("abc")
for bad in [(1, 2), (r[2][0], 99), 5]:
    try:
        t1.__setstate__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

p = it.product("ab", [1, 2]); red("product fresh", p); next(p); red("product 1", p)
p = it.product("ab", repeat=2); next(p); next(p); red("product repeat", p)
p = it.product("ab"); list(p); red("product done", p)
p = it.product("ab", []); red("product empty pool", p)
p = it.product("ab", [1, 2]); p.__setstate__((1, 0)); print("product setstate", list(p))
p = it.product("ab", [1, 2]); p.__setstate__((-5, 99)); print("product clamp", list(p))
for bad in [5, (1,), (1, 2, 3)]:
    try:
        it.product("ab", "cd").__setstate__(bad)
    except ValueError as e:
        print("ValueError", e)

p = it.permutations("abc", 2); red("perm fresh", p); next(p); red("perm 1", p)
p = it.permutations("abc"); list(p); red("perm done", p)
p = it.permutations("abc", 5); red("perm r>n", p); next(p, None); red("perm r>n next", p)
p = it.permutations("abcd", 2); next(p); p.__setstate__(((3, 2, 1, 0), (1, 1))); print("perm setstate", list(p))
p = it.permutations("abcd", 2); p.__setstate__(((3, 2, 1, 0), (0, 9))); print("perm clamp", list(p))

c = it.combinations("abcd", 2); red("comb fresh", c); next(c); red("comb 1", c)
c = it.combinations("abc", 2); list(c); red("comb done", c)
c = it.combinations("abc", 5); red("comb r>n", c)
c = it.combinations("abcd", 2); next(c); c.__setstate__((1, 3)); print("comb setstate", list(c))
c = it.combinations("abcde", 2); c.__setstate__((0, 9)); print("comb clamp", list(c))
c = it.combinations_with_replacement("abc", 2); red("cwr fresh", c); next(c); red("cwr 1", c)
c = it.combinations_with_replacement("abc", 2); list(c); red("cwr done", c)
c = it.combinations_with_replacement("abc", 2); c.__setstate__((2, 1)); print("cwr setstate", list(c))

r = iter(range(10)); next(r); red("range", r)
r = iter(range(0, 100, 7)); next(r); next(r); red("range step", r)
r = iter(range(5, 0, -2)); next(r); red("range neg", r)
r = iter(range(10**20, 10**20 + 5)); next(r); red("range big", r)
r = iter(range(3)); list(r); red("range done", r)
r = iter(range(0)); red("range empty", r)
r = iter(range(5)); r.__setstate__(3); print("range setstate", list(r))
r = iter(range(5)); r.__setstate__(-3); print("range setstate neg", list(r))
r = iter(range(5)); r.__setstate__(30); print("range setstate big", list(r)); red("range after", r)
r = iter(range(10**20, 10**20 + 5)); r.__setstate__(3); print("big setstate", list(r))
try:
    iter(range(5)).__setstate__("a")
except TypeError as e:
    print("TypeError", e)

for x in [it.accumulate([1, 2, 3]), it.product("ab", "cd"), it.permutations("abc"), it.combinations("abcd", 3),
          it.combinations_with_replacement("ab", 3), iter(range(7))]:
    next(x)
    y = copy.copy(x)
    w = copy.deepcopy(x)
    print(type(x).__name__, list(y), list(w), list(x))
g = it.groupby("aabbc"); next(g)
y = copy.copy(g)
print("groupby copy", [(k, list(v)) for k, v in y], [k for k, v in g])
g = it.groupby("aabbbc"); k, grp = next(g)
print("grouper copy", list(copy.copy(grp)))
