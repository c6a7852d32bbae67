# `s.add(x)` / `s.discard(x)` at call sites the interpreter specialized for
# those builtins go through a lean helper in compiled code for exact sets
# and keys of native hash; set subclasses overriding them, rebound names,
# frozensets, unhashable keys, keys with a Python __eq__, and other callables
# reaching the same site must behave as in CPython.


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other


class Loud(set):
    def add(self, x):
        print("Loud.add", x)
        super().add(x)

    def discard(self, x):
        print("Loud.discard", x)
        super().discard(x)


class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return "added"

    def discard(self, x):
        return "discarded"


def churn(s, n):
    out = []
    for c in range(n):
        out.append(s.add(c))
        out.append(s.add(-c))
        out.append(s.discard(c - 1))
    return out, sorted(s, key=repr) if not isinstance(s, Bag) else s.items


def place(n):
    used = set()
    diag = set()

    def go(row):
        if row == n:
            return 1
        found = 0
        for c in range(n):
            if c in used or (row + c) in diag:
                continue
            used.add(c)
            diag.add(row + c)
            found += go(row + 1)
            used.discard(c)
            diag.discard(row + c)
        return found

    return go(0), used, diag


for _ in range(300):
    churn(set(), 4)

print(churn(set(), 4))
print(churn({"a", 2 ** 70, (1, 2)}, 3))
print(churn(Loud({9}), 2))
print(churn(Bag(), 2))
s = {Key(1), Key(5)}
print(churn(s, 2)[0], len(s))
try:
    churn(frozenset({1}), 2)
except AttributeError as e:
    print("AttributeError:", e)


def add_list(s):
    return s.add([1])


for _ in range(300):
    add_list(Bag())
try:
    add_list(set())
except TypeError as e:
    print("TypeError:", e)
print(place(6), place(7)[0])
