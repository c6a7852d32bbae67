# Tuples of every small length and big ones (items stored in the object),
# the empty-tuple singleton, subclasses, hashing, slicing, concatenation,
# unpacking, deep nesting and cycles through a list inside a tuple.
import gc
import sys
import time

for n in range(0, 20):
    t = tuple(range(n))
    assert len(t) == n and list(t) == list(range(n))
    s = t + t
    print(n, t[:3], t[-2:], len(s), s[n:] == t, t * 2 == s, hash(t) == hash(tuple(list(t))))
    assert t[::-1] == tuple(reversed(t))

big = tuple(range(100000))
print(len(big), big[99999], sum(big), big[50000:50003], hash(big) == hash(tuple(range(100000))))
print(len(big + big), (big * 3)[-1], big.index(777), big.count(5))
del big

# The empty tuple is one object.
e = ()
pair, one, zero = (1, 2), (1,), 0
print(e is tuple(), tuple() is e, tuple([]) is e, pair[5:] is e, one * zero is e, e + e is e)
print(tuple(x for x in []) is e, tuple(()) is e, e[:] is e, len(e), repr(e), hash(e) == hash(tuple()))
print(gc.is_tracked(e), sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))

# CPython's tuple hash, ints and nested tuples.
for t in [(), (1,), (1, 2), (-1, -2), (1, (2, 3)), (0.5, -7, 10**30), tuple(range(12)), ((),), (True, False, 2.5)]:
    print(t, hash(t))

# Tuples as set members and dict keys.
s = {(i, j) for i in range(4) for j in range(3)}
print(len(s), (2, 1) in s, (5, 5) in s, sorted(s)[:4])
d = {(i, i * i): i for i in range(6)}
print(d[(3, 9)], (2, 4) in d, sorted(d.items())[:3])
print({(1, 2), (1, 2), tuple([1, 2])})

# Unpacking.
a, b, c = (1, 2, 3)
x, *rest = tuple("hello")
(p, q), r = (1, 2), (3,)
print(a, b, c, x, rest, p, q, r)
try:
    a, b = (1, 2, 3)
except ValueError as ex:
    print("ValueError", ex)

# tuple() from exact lists (copy) and from other iterables.
lst = [1, 2, 3]
t = tuple(lst)
lst.append(4)
print(t, lst)


class RevList(list):
    def __iter__(self):
        return iter(list.__iter__(self).__reduce__()[1][0][::-1])


print(tuple(RevList([1, 2, 3])), tuple(range(3)), tuple("ab"), tuple({7: 1}), tuple(iter([5, 6])))


# Subclasses keep their items too.
class T(tuple):
    pass


class S(tuple):
    __slots__ = ()


class N(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)

    def __hash__(self):
        return 42


for obj in [T(), T([1, 2]), S(range(5)), N(1, 2, 3)]:
    print(type(obj).__name__, obj, len(obj), obj + (9,), obj[1:], obj == tuple(obj), obj is e, type(obj[:]).__name__)
t = T([1, 2])
t.attr = "x"
print(t.attr, hash(N(1)), hash(T((1, 2))) == hash((1, 2)), isinstance(t, tuple))

# Struct sequences are tuples.
lt = time.localtime(0)
print(type(sys.version_info[:2]).__name__, len(lt) >= 9, type(lt[0]).__name__, tuple(sys.version_info)[:1])

# Many short-lived tuples of mixed sizes (the free lists reuse their memory).
acc = 0
keep = []
for i in range(3000):
    t = tuple(range(i % 17))
    u = (i,) + t
    acc += len(u) + sum(u[1:])
    if i % 97 == 0:
        keep.append(u)
print(acc, len(keep), keep[3][:4])

# Tuple displays of every small length (BUILD_TUPLE) move their items.
def check_counts():
    obj = object()
    x1, x2, x3 = obj, "s", 3.5

    def display(a, b, c):
        return (a,), (a, b), (a, b, c), (a, b, c, a), (a, b, c, a, b, c, a, b, c, a, b, c)

    for _ in range(200):
        ts = display(x1, x2, x3)
        u = (ts, [x1], ts[0])
    print([len(t) for t in ts], u[0][2][0] is obj, u[2] is ts[0], ts[4][9] is obj)
    del ts, u, x1

    def multi():
        return obj, obj

    a1, a2 = multi()
    print(a1 is a2 is obj, (a1, a2, (a1,)) == (obj, obj, (obj,)))


check_counts()

# A deep chain of nested tuples is freed without overflowing the stack.
t = ()
for i in range(200000):
    t = (t, i)
depth = 0
while t:
    t = t[0]
    depth += 1
print(depth)


# A cycle through a list inside a tuple is collected.
class Node:
    def __del__(self):
        print("Node freed")


gc.collect()
lst = [Node()]
tup = (lst, 1, "x")
lst.append(tup)
del lst, tup
print(gc.collect() >= 2)
print("done")
