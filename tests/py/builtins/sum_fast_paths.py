# sum() reads exact lists and tuples by index and adds machine-word ints
# (bools included) in place; everything else must behave as the generic
# iterator-and-`+` loop. Also sequence repetition with small and odd counts.


class Grow:
    """Adds like 0 but appends to the list being summed the first time."""

    def __init__(self, target):
        self.target = target

    def __radd__(self, other):
        if len(self.target) < 8:
            self.target.append(100)
        return other

    def __add__(self, other):
        return other


flags = [True, False, True, True] * 5
print(sum(flags), type(sum(flags)).__name__, sum([True]), sum([], True), sum((True, True)))
print(sum([1, 2, 3]), sum((1, 2.5, 3)), sum([1.5, 2], 10), sum([], 7), sum(range(10)))
big = 2 ** 46
print(sum([big, big, big, big]), sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([-(2 ** 63), -1]))
print(sum([1, 2 ** 80, 3]), sum([0.5, 2 ** 70]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
lst = [1, 2]
lst.append(Grow(lst))
print(sum(lst), lst[3:])
print(sum(x for x in range(5)), sum({1: 0, 2: 0}), sum(iter([4, 5])))


class MyList(list):
    def __iter__(self):
        return iter([1000])


print(sum(MyList([1, 2, 3])))
for bad in (lambda: sum(["a"], ""), lambda: sum([1, "a"]), lambda: sum(5)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([1, 2], start=10))


class Idx:
    def __index__(self):
        return 3


print([0] * 3, [1, 2] * 2, [7] * 0, [7] * -2, [None] * True, [1] * Idx(), (5,) * 2, "ab" * 3)
rep = [[]] * 3
print(len([0] * 100000), rep[0] is rep[2])
for bad in (lambda: [1] * 2.0, lambda: [1] * (2 ** 100), lambda: [1, 2] * (2 ** 62)):
    try:
        bad()
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"), list(zip([1, 2], (3, 4), range(2))))
