# BINARY_OP / COMPARE_OP sites the interpreter quickened for floats or ints:
# compiled code guards list items and other operands of unknown type once
# and keeps the result unboxed. Warm up with one type, then break the
# prediction (ints where floats were, float subclasses, big ints, strs,
# NaN / inf / -0.0) and check every answer, including after recompiles.

class F(float):
    def __sub__(self, o):
        return F(float(self) - o + 100)
    def __mul__(self, o):
        return F(float(self) * 10)

class I(int):
    def __add__(self, o):
        return "I.add"

def step(a, b, dt):
    for _ in range(3):
        dx = a[0] - b[0]
        dy = a[1] * b[1]
        d = dx * dx + dy / dt
        a[2] -= dx * d
        b[2] += dy
        if a[0] < b[0]:
            a[3] = a[3] + 1
    return dx, dy, d

def run(a, b, dt=0.5):
    out = step(a, b, dt)
    return [repr(x) for x in out] + [repr(a), repr(b)]

for _ in range(300):
    run([1.5, 2.0, 0.0, 0], [0.25, 4.0, 0.0, 0])
print(run([1.5, 2.0, 0.0, 0], [0.25, 4.0, 0.0, 0]))
print(run([3, 2.0, 0.0, 0], [1, 4.0, 0.0, 0]))            # ints where floats were
print(run([F(3.0), 2.0, 0.0, 0], [1.0, 4.0, 0.0, 0]))  # subclass: its __sub__
print(run([1.0, F(2.0), 0.0, 0], [1.0, 4.0, 0.0, 0]))
print(run([float("nan"), 2.0, 0.0, 0], [1.0, float("inf"), -0.0, 0]))
print(run([-0.0, -0.0, -0.0, 0], [0.0, 0.0, 0.0, 0]))
print(run([1e308, 1e308, 0.0, 0], [-1e308, 10.0, 0.0, 0]))
try:
    run([1.0, 2.0, 0.0, 0], [1.0, 4.0, 0.0, 0], 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    run(["s", 2.0, 0.0, 0], [1.0, 4.0, 0.0, 0])
except TypeError as e:
    print("TypeError", e)
# After the failed speculations the function was recompiled: still right.
for _ in range(300):
    r = run([1.5, 2.0, 0.0, 0], [0.25, 4.0, 0.0, 0])
print(r)
for _ in range(300):
    r = run([2, 3, 1, 0], [1, 1, 1, 0])
print(r)

def ints(xs, k):
    t = 0
    c = 0
    for x in xs:
        t = t + x * k
        if x < k:
            c = c + 1
        t = t % 1000003
    return t, c

for _ in range(300):
    ints([1, 2, 3, 4, 5, 6], 3)
print(ints([1, 2, 3, 4, 5, 6], 3))
print(ints([2**46, 2**46, 2**46], 2**40))       # overflows the small-int range
print(ints([10**30, -10**30], 7))               # big ints
print(ints([1.5, 2.5], 2))                      # floats where ints were
print(ints([I(4), 5], 2)[1])
try:
    ints([1, "x"], 2)
except TypeError as e:
    print("TypeError", e)
try:
    ints([1, 2], None)
except TypeError as e:
    print("TypeError", e)
for _ in range(300):
    r = ints(list(range(50)), 7)
print(r)

# A float site whose operands turn into ints for good: generalized, exact.
def mix(xs):
    s = 0.0
    for x in xs:
        s = s + x * 0.5
    return s
for _ in range(300):
    mix([1.0, 2.0, 3.0])
for _ in range(300):
    r = mix([1, 2, 2**60])
print(r, mix([1.0, 2.0, 3.0]), mix([True, 2]))

# Deopt mid-loop keeps every local: a guard fails halfway through.
def partial(xs):
    acc = 0.0
    last = None
    for i in range(len(xs)):
        last = xs[i] * 2.0
        acc = acc + last
    return acc, last, i
for _ in range(300):
    partial([1.0, 2.0])
print(partial([1.0, 2.0, 3, 4.5, 10**20, -0.0]))

# A subscript site specialized for lists that meets a list subclass: the
# generic path frees the temporary sequence and its __del__ runs before the
# next instruction, as in the interpreter.
log = []
class L(list):
    def __del__(self):
        log.append("del")
def get(mk, i):
    x = mk()[i]
    log.append(x)
    y = mk()[-1] * 2.0
    log.append(y)
    return x
for _ in range(300):
    get(lambda: [1.5, 2.5, 3.5], 1)
log.clear()
print(get(lambda: L([5, 6]), 1), log)
log.clear()
try:
    get(lambda: L([5, 6]), 2**70)
except IndexError as e:
    print("IndexError", e, log)
