# Operator dispatch: reflected operands, in-place fallbacks, NotImplemented, comparisons.
class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return f"V{tuple(self.c)}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return V(*[a * k for a in self.c]) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        print("rmul", k)
        return self * k
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __getitem__(self, i):
        return self.c[i]
    def __len__(self):
        return len(self.c)
    def __bool__(self):
        return any(self.c)
    __hash__ = None

a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a * 3, 2 * a, -a, abs(b), a @ b)
print(a == V(1, 2), a != b, a < b, b > a, sorted([b, a]))
print(a[1], a[-1], a[0:1], len(a), bool(V(0, 0)), bool(a))
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    a >= b
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        return "plain add"
acc = Acc()
orig = acc
acc += 1
acc += 2
print(acc is orig, acc.items)

class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoIadd(self.v + o)
n = NoIadd(1)
m = n
n += 5
print(n.v, m.v, n is m)

lst = [1]
alias = lst
lst += [2]
tup = (1,)
talias = tup
tup += (2,)
print(alias, lst is alias, talias, tup is talias)

class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return NotImplemented
print(Cmp(1) == Cmp(2))
print(Cmp(3) == 3, Cmp(4) != 4)

class Sub(int):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(1 + Sub(2), Sub(2) + 1)
class Num:
    def __index__(self):
        return 3
print([0, 1, 2, 3, 4][Num()], bin(Num()), "ab" * Num(), range(10)[Num()])
class Cont:
    def __contains__(self, x):
        return x == "yes"
    def __iter__(self):
        return iter([1, 2])
print("yes" in Cont(), "no" in Cont(), 1 not in Cont(), list(Cont()))
print(divmod(7, -2), (-7) // 2, -7 % 3, 7 % -3, 2 ** -1, (-8) ** (1/3) == (-8) ** (1/3))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, (1 < 2) + (2 < 3), not 0, ~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70 >> 68)
