# Iteration builtins: zip/map/filter/enumerate/reversed/iter with sentinel/next default.
print(list(zip("abc", range(10))), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3], [5, 2])), list(map(str.upper, "ab")), list(filter(None, [0, 1, "", "x", None, []])))
print(list(filter(lambda v: v % 2, range(10))), list(enumerate("abc", start=-1)), list(reversed(range(4))))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "exhausted"), list(it))
calls = iter([5, 4, 0, 3])
print(list(iter(lambda: next(calls), 0)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), sum(Countdown(5)), max(Countdown(3)), sorted(Countdown(3)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([1, 2, 3])), list(reversed("abc")))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x > 0 for x in [1, 0]))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.5, 0.25]), sum(range(101)), sum((), 0.0))
print(min([3, 1, 2]), max("hello"), min([], default="none"), max([1, -5, 3], key=abs), min((2, "b"), (1, "z")))
print(max(1, 2, 3), min("b", "a", key=str.upper), max([(1, "a"), (1, "b")]), max(iter([7])))
for f in (lambda: min([]), lambda: max(), lambda: next(iter([])), lambda: iter(5), lambda: sum(["a"]),
          lambda: list(zip(1)), lambda: reversed({1: 2}.keys()) and reversed(5), lambda: max(1, "a"),
          lambda: enumerate(3), lambda: map(len)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
z = zip(*[(1, "a"), (2, "b"), (3, "c")])
print(list(z), sorted({"b": 1, "a": 2}), sorted([3, 1, 2], key=lambda v: -v), list(map(lambda *a: a, "ab", "cd")))
gen = (i for i in range(3))
print(iter(gen) is gen, list(gen), list(gen))
