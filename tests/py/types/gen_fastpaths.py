# Fast paths around generators, comprehensions, enumerate, sets and tuple
# concatenation, with their edge cases and fallbacks.

# enumerate over list / range / tuple (FOR_ITER steps it directly)
print(list(enumerate([10, 20, 30])), list(enumerate(range(3), 5)), list(enumerate((7, 8), -1)))
for i, x in enumerate(range(0)):
    print("never")

# a list growing / shrinking while enumerated sees the mutation
lst = [1, 2, 3]
for i, x in enumerate(lst):
    if i < 3:
        lst.append(x * 10)
print(lst)
lst = [1, 2, 3, 4, 5]
for i, x in enumerate(lst):
    if x == 2:
        del lst[0]
    print(i, x)

# counts past the small-int limit and big starts take the generic path
big = 2 ** 62 - 2
print(list(enumerate("abcd", big)))
print(list(enumerate([1, 2], 2 ** 100)))
print(list(enumerate([1, 2], True)))

# enumerate over other iterators, nested enumerate, next() mixed with for
def g3():
    yield "x"
    yield "y"
print(list(enumerate(g3())), list(enumerate(enumerate("ab"), 1)))
e = enumerate([5, 6, 7])
print(next(e))
for p in e:
    print(p)
print(next(e, "done"))
e = enumerate(iter(range(3)))
for i, v in e:
    if i == 1:
        break
print(list(e))

# set / dict comprehensions: SET_ADD / MAP_ADD, hashing errors, __eq__ calls
print(sorted({x % 4 for x in range(20)}), {k: k * k for k in range(4)})
try:
    {[x] for x in range(2)}
except TypeError as ex:
    print("TypeError", ex)
try:
    {[k]: 1 for k in range(2)}
except TypeError as ex:
    print("TypeError", ex)
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 2
    def __eq__(self, o):
        return isinstance(o, Key) and self.v == o.v
    def __repr__(self):
        return f"Key({self.v})"
print(sorted({Key(i % 3) for i in range(9)}, key=lambda k: k.v))
print({Key(i % 2): i for i in range(5)})
print({1: "a", 1.0: "b", True: "c"}, {1, 1.0, True})

# set membership: single probe, fallback to __eq__, sets as frozenset keys
s = {frozenset({1, 2}), 3, Key(4)}
print({1, 2} in s, {1, 3} in s, set() in s, frozenset({1, 2}) in s, Key(4) in s, Key(6) in s)
print(s.__contains__({2, 1}))
s.discard({1, 2})
print(frozenset({1, 2}) in s, len(s))
s.add(frozenset())
s.remove(set())
print(frozenset() in s)
try:
    s.remove({9})
except KeyError as ex:
    print("KeyError", ex)
for bad in ([], {}, [1]):
    try:
        bad in s
    except TypeError as ex:
        print("TypeError", ex)
class SubSet(set):
    pass
print(SubSet({1, 2}) in {frozenset({1, 2})})
class Unhashable(frozenset):
    __hash__ = None
try:
    Unhashable({1}) in {frozenset({1})}
except TypeError as ex:
    print("TypeError", ex)

# tuple + tuple at final size, subclasses, empty operands, lists
class T(tuple):
    def __add__(self, o):
        return "T.__add__"
class T2(tuple):
    pass
a = (1, 2)
print(a + (3,), () + a, a + (), (a + ()) is a, (() + a) is a)
print(T((1,)) + (2,), (2,) + T((1,)), type(T2((1,)) + (2,)).__name__, T2((1,)) + T2((2,)))
try:
    (1,) + [2]
except TypeError as ex:
    print("TypeError", ex)
print([1] + [2, 3], (0,) * 3 + (1,))

# generators: return values, errors, throw/close mid-loop, nesting, yield from
def gen(n):
    for i in range(n):
        yield i
    return "ret"
def outer():
    r = yield from gen(2)
    print("inner returned", r)
    yield r
print(list(outer()))
it = gen(1)
next(it)
try:
    next(it)
except StopIteration as ex:
    print("StopIteration", ex.value)
def boom():
    yield 1
    raise ValueError("bad")
try:
    for v in boom():
        print("got", v)
except ValueError as ex:
    print("ValueError", ex)
def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit")
        raise
    finally:
        print("finally")
for v in (c := closing()):
    c.close()
    print("closed after", v)
def catcher():
    while True:
        try:
            yield
        except KeyError as ex:
            print("caught", ex)
            yield "handled"
c = catcher()
next(c)
print(c.throw(KeyError("k")))
def perms(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        for tail in perms(items[:i] + items[i + 1:]):
            yield (items[i],) + tail
print(list(perms([1, 2, 3])))
def stop_inside():
    yield 1
    raise StopIteration("x")
try:
    list(stop_inside())
except RuntimeError as ex:
    print("RuntimeError", ex, type(ex.__cause__).__name__)
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as ex:
    print("ValueError", ex)
print(sum(i * c for i, c in enumerate((3, 1, 4))))
class Ix:
    def __index__(self):
        return 7
class MyInt(int):
    pass
print(list(enumerate("ab", Ix())), [type(i).__name__ for i, _ in enumerate("a", MyInt(3))])
try:
    enumerate([], "1")
except TypeError as ex:
    print("TypeError", ex)
