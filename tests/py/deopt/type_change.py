# A function specialized for ints receives floats, strs, bools, bigints and user objects.
def add(a, b):
    return a + b

def lt(a, b):
    return a < b

def index(seq, i):
    return seq[i]

for i in range(2000):
    add(i, 1)
    lt(i, 1000)
    index([1, 2, 3], i % 3)
print(add(1, 2), add(1.5, 2), add(2, 0.25), add("ab", "cd"), add([1], [2]), add(True, True), add(2**100, 1))
print(lt(1, 2), lt(2.5, 2), lt("a", "b"), lt((1, 2), (1, 3)), lt(1, 1.5), lt(-0.0, 0))
print(index("xyz", 1), index((4, 5), -1), index({"k": "v"}, "k"), index(range(10), 7), index([1, 2, 3], True))
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    def __radd__(self, o):
        return Money(o + self.c)
    def __lt__(self, o):
        return self.c < o.c
    def __repr__(self):
        return f"Money({self.c})"
print(add(Money(1), Money(2)), add(5, Money(3)), lt(Money(1), Money(0)))
try:
    add(1, "x")
except TypeError as e:
    print("TypeError:", e)
for i in range(2000):
    add(0.5, i)
print(add(1, 2), add(0.5, 0.25), add(10**20, 10**20))

def float_loop(n):
    total = 0.0
    for i in range(n):
        total += i * 0.5
    return total
for _ in range(200):
    float_loop(10)
print(float_loop(10), float_loop(0), float_loop(3))
def mixed(n):
    v = 0
    for i in range(n):
        v = v + (i if i % 100 else 0.5)
    return v
print(mixed(2500))
