# Set/dict membership, set.add/discard and builtin-class calls take native
# fast paths for builtin keys; every case where Python code must run
# (__eq__ of a colliding key, subclasses, bad arguments) must still behave
# exactly as the generic path.


class Key:
    """Hashes like an int and compares equal to it."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("  Key.__eq__", self.v, other)
        return self.v == other


def membership():
    s = set(range(8))
    d = {i: str(i) for i in range(8)}
    hits = 0
    for i in range(-3, 12):
        hits += (i in s) + (i in d) + (float(i) in s) + (float(i) in d)
    print("hits", hits)
    print(1.0 in {1}, 1 in {1.0}, True in {1}, 2 ** 70 in {2 ** 70}, (1, 2) in {(1, 2)})
    nan = float("nan")
    print(nan in {nan}, nan in {nan: 1}, nan in [nan])
    print("a" in {"a"}, "ab"[:1] in {"a": 1}, "b" in frozenset("abc"))
    # A key object already in the set: probing for an int with the same
    # hash runs its __eq__.
    s2 = {Key(5)}
    print(5 in s2, 6 in s2)
    d2 = {Key(7): "seven"}
    print(7 in d2, d2.get(7), 8 in d2)


def add_discard():
    s = set()
    for i in range(40):
        s.add(i % 13)
        s.add(-i)
    for i in range(0, 40, 3):
        s.discard(i)
        s.discard(-i)
    print(sorted(s))
    s.add(Key(100))
    s.add(100)
    print(len(s))
    s.discard(100)
    print(len(s), 100 in s)
    try:
        s.add([])
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        s.discard({})
    except TypeError as e:
        print(type(e).__name__, e)
    s3 = {1, 2, frozenset({9})}
    s3.discard(frozenset({9}))
    print(s3)


class MySet(set):
    def __contains__(self, x):
        return x == "magic"


def subclass_contains():
    for _ in range(3):
        m = MySet([1, 2])
        print(1 in m, "magic" in m)


class MyTuple(tuple):
    pass


def type_calls():
    for _ in range(3):
        print(tuple([1, 2]), list((3,)), tuple(), MyTuple((4, 5)), type(MyTuple([6])).__name__)
        print(list(enumerate("ab")), list(enumerate("ab", 5)), list(enumerate("ab", start=2)))
        print(int("7"), float("2.5"), str(8), dict(a=1), set((1,)), frozenset())
    for bad in (lambda: tuple(1, 2), lambda: enumerate(), lambda: enumerate(5), lambda: tuple(5), lambda: enumerate("a", "b"), lambda: object(1)):
        try:
            bad()
        except TypeError as e:
            print(type(e).__name__, e)


class Base:
    def who(self):
        return "base"


class Child(Base):
    def who(self):
        return "child/" + super().who()


membership()
add_discard()
subclass_contains()
type_calls()
print(Child().who())
