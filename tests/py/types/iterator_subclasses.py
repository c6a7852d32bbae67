# The constructible builtin iterators (enumerate, zip, map, filter,
# reversed) can be subclassed: overrides of __next__/__iter__ are seen by
# every consumer (for loops, list(), unpacking, next(), builtins), and
# instances carry attributes.


class Scaled(enumerate):
    def __init__(self, iterable, start=0):
        self.calls = 0

    def __next__(self):
        self.calls += 1
        i, v = super().__next__()
        return i * 10, v


e = Scaled("abc")
print(type(e).__name__, isinstance(e, enumerate), iter(e) is e)
for i, v in e:
    print(i, v)
print("calls", e.calls)
print(list(Scaled([1, 2], 5)))
print(next(Scaled("xy")))
print(sum(i for i, _ in Scaled(range(4))))


class Plain(enumerate):
    pass


p = Plain(range(3), start=1)
p.tag = "t"
print(list(p), p.tag, type(p).__mro__[1].__name__)
for i, x in Plain([7, 8]):
    print(i, x)


class Pairs(zip):
    def __next__(self):
        a, b = zip.__next__(self)
        return a + b


print(list(Pairs([1, 2, 3], [10, 20, 30])))
try:
    list(Pairs([1], [2, 3], strict=True))
except ValueError as ex:
    print("ValueError", ex)


class Doubled(map):
    def __iter__(self):
        print("iter called")
        return self


d = Doubled(lambda x: 2 * x, [1, 2, 3])
print([x for x in d])
a, b = Doubled(abs, [-1, -2])
print(a, b)


class Odd(filter):
    count = 0

    def __next__(self):
        Odd.count += 1
        return filter.__next__(self)


print(list(Odd(lambda x: x % 2, range(7))), Odd.count)


class Back(reversed):
    pass


print(type(Back((1, 2, 3))).__name__, list(Back((1, 2, 3))))
print(type(Back([1, 2, 3])).__name__, list(Back("ab")))
print(type(Back(range(3))).__name__)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * i


print(list(Back(Seq())))
try:
    Back(5)
except TypeError as ex:
    print("TypeError", ex)


class Stop(enumerate):
    def __next__(self):
        raise StopIteration


print(list(Stop("abc")), [x for x in Stop([1])])
try:
    class Bad(type(iter([]))):
        pass
except TypeError as ex:
    print("TypeError", ex)
