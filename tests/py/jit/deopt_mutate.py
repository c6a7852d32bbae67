# Warm code up (past the JIT threshold in every mode), then change what it
# relied on and check the answers (test_opcache style).

def add(a, b):
    return a + b

def loop_sum(n, step):
    s = 0
    for i in range(n):
        s += i * step
    return s

# ints, then an overflow past 64 bits, then floats and strs where ints were seen
for _ in range(3000):
    add(1, 2)
print(add(1, 2), add(2**62, 2**62), add(-2**63, -1), add(1.5, 2), add("a", "b"), add([1], [2]))
print(loop_sum(2000, 3), loop_sum(100, 2**60), loop_sum(10, 0.5), loop_sum(5, 10**30))

# overflow inside a hot loop, many times (the site gets generalized)
def grow(n):
    x = 1
    out = []
    for i in range(n):
        x = x * 3 + 1
        if i % 20 == 0:
            out.append(x % 1000)
    return x % 10**9, out
for _ in range(40):
    r = grow(100)
print(r)

# a rebound global and a rebound builtin
K = 10
def use_global(n):
    t = 0
    for i in range(n):
        t += K + len("ab")
    return t
print(use_global(3000))
K = 1000
print(use_global(10))
import builtins
real_len = builtins.len
builtins.len = lambda x: 100
print(use_global(10))
builtins.len = real_len
print(use_global(10))

# class attribute and method changes
class P:
    scale = 2
    def f(self, x):
        return x * self.scale
def call_method(p, n):
    t = 0
    for i in range(n):
        t += p.f(i)
    return t
p = P()
print(call_method(p, 3000))
P.scale = 3
print(call_method(p, 10))
P.f = lambda self, x: -x
print(call_method(p, 10))
p.__class__ = type("Q", (), {"f": lambda self, x: x + 0.5})
print(call_method(p, 10))

# mutate a list while looping over it
def mutate(xs):
    out = []
    for x in xs:
        out.append(x)
        if len(xs) < 30:
            xs.append(x + 1)
    return out
print(mutate([1, 2, 3]))

# exceptions raised inside compiled code, caught inside and outside
def div_all(xs, d):
    out = []
    for x in xs:
        try:
            out.append(x // d)
        except ZeroDivisionError as e:
            out.append(str(e))
    return out
for _ in range(100):
    div_all(range(20), 3)
print(div_all(range(5), 2), div_all([1, 2], 0))

def fails(n):
    t = 0
    for i in range(n):
        t += 10 // (5 - i)
    return t
try:
    fails(10)
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e)

def unbound(flag):
    if flag:
        y = 1
    return y
for _ in range(2000):
    unbound(True)
try:
    unbound(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

# floats and ints mixed in one loop, NaN and inf comparisons
def mix(n):
    acc = 0
    for i in range(n):
        if i % 3 == 0:
            acc += 0.5
        else:
            acc += i
        acc = acc - 1
    return acc
print(mix(1000), mix(7))
nan = float("nan")
def cmp(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)
for _ in range(2000):
    cmp(1, 2)
print(cmp(nan, 1.0), cmp(1, 1.0), cmp(2**70, 1.5), cmp(float("inf"), 10**400 if False else 1))

# division rules
def divs(a, b):
    return a / b, a // b, a % b
for _ in range(2000):
    divs(7, 2)
print(divs(7, 2), divs(-7, 2), divs(7, -2), divs(7.5, 2), divs(-7, 2.5))
try:
    divs(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divs(1.0, 0.0)
except ZeroDivisionError as e:
    print(e)
print((lambda: [i << 3 for i in range(5)])(), [(-i) >> 1 for i in range(5)], [2**47 - 1 + i for i in range(3)])
