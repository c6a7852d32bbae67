# Stores of floats over float locals are deferred in compiled code (the
# frame slot is written back only when something could look at it): check
# that everything that looks sees the current values: exits (a division by
# zero, a type change), calls that inspect the caller's frame, locals(),
# a generator's yield, a __del__ that runs at a safe point, and exception
# handlers.
import sys

def peek(name):
    return sys._getframe(1).f_locals[name]

def walk(n, d):
    x = 0.5
    y = 1.5
    seen = []
    i = 0
    while i < n:
        x = x * 1.5 + y
        y = y - x / d          # d == 0.0 raises with x already updated
        x = x - y
        if i == n - 2:
            seen.append(peek("x"))
            seen.append(locals()["y"])
        i += 1
    return x, y, seen

for _ in range(100):
    walk(6, 3.0)
print(walk(6, 3.0))
try:
    walk(6, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(walk(6, 3))               # int divisor
print(walk(6, 2**80))           # big int divisor

def catches(n):
    x = 0.25
    out = []
    for i in range(n):
        x = x * 2.0
        x = x + 0.5
        try:
            x = x / (i - 3)     # zero once: handler sees the updated x
        except ZeroDivisionError:
            out.append(("zero", x))
    return x, out

for _ in range(100):
    catches(2)
print(catches(6))

def gen(n):
    x = 1.0
    for i in range(n):
        x = x * 0.5 + 1.0
        x = x + 0.25
        yield x

for _ in range(100):
    list(gen(3))
print(list(gen(5)))

class Spy:
    def __del__(self):
        f = sys._getframe(1)
        while f is not None and f.f_code.co_name != "with_del":
            f = f.f_back
        if f is not None:
            print("del sees", f.f_locals.get("acc"))

def with_del(n):
    acc = 0.0
    s = None
    for i in range(n):
        acc = acc + 1.5
        acc = acc * 1.0
        if i == n - 2:
            s = Spy()
        elif s is not None:
            acc = acc + 0.5
            s = None            # __del__ runs here, after acc was stored
            acc = acc * 2.0
    return acc

for _ in range(100):
    with_del(1)
print(with_del(4))

def type_change(n):
    x = 0.0
    for i in range(n):
        x = x + 0.5
        x = x * 1.0
        if i == n - 2:
            x = int(x)          # an int where floats were
    return x

for _ in range(100):
    type_change(3)
print(type_change(3), type_change(6))
