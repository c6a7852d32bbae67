# Set fast paths (BUILD_SET in compiled code, `in` on exact sets) and their
# fallbacks: subclasses, unhashable items, Python __eq__/__hash__, mutation.


class MySet(set):
    def __contains__(self, x):
        return x == 3

    def add(self, x):
        set.add(self, x * 10)

    def __len__(self):
        return 99


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


class Odd:
    def __len__(self):
        return -1


class Str:
    def __len__(self):
        return "3"


def displays(n):
    out = []
    for i in range(n):
        s = {i, i + 1, i % 3, 2.0, True}
        out.append(sorted(s, key=repr))
        e = set()
        e.add(i)
        out.append(len(e))
    return out


def membership(n):
    plain = {1, 2, 3, "a", (1, 2), 2.5}
    fro = frozenset(plain)
    sub = MySet([1, 2])
    keys = {Key(1), Key(2)}
    hits = 0
    for i in range(n):
        hits += (i % 5) in plain
        hits += 2 in fro
        hits += (1, 2) in plain
        hits += "a" in fro
        hits += 1.0 in plain
        hits += True in plain
        hits += 3 in sub
        hits += 1 in sub
        hits += Key(i % 3) in keys
        hits += {1, 2} in {frozenset({1, 2})}
    return hits


def unhashable(n):
    msgs = []
    for i in range(n):
        try:
            s = {i, [i]}
        except TypeError as e:
            msgs.append(str(e))
        try:
            [] in {1, 2}
        except TypeError as e:
            msgs.append(str(e))
        try:
            {i: 1} in frozenset()
        except TypeError as e:
            msgs.append(str(e))
    return msgs[:3], len(msgs)


def mutate(n):
    s = set(range(5))
    try:
        for x in s:
            s.add(x + 100)
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = 0
    for i in range(n):
        s.discard(i)
        t += i in s
        s.add(i)
    return t, len(s)


def lens(n):
    r = []
    for i in range(n):
        r.append(len(MySet()))
        r.append(len({i, i}))
    for obj in (Odd(), Str()):
        try:
            len(obj)
        except (ValueError, TypeError) as e:
            r.append(type(e).__name__ + ": " + str(e))
    return r[:4], r[-2:]


for _ in range(3):
    print(displays(3)[-4:])
    print(membership(300))
    print(unhashable(200))
    print(mutate(300))
    print(lens(300))
