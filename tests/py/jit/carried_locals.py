# Int and float locals predicted at a block start are carried into it
# unboxed from every jump: check the values across loop back-edges and
# branches when a type changes in the middle of a loop, a guard at a jump
# fails, a local is deleted, an exception handler is entered, and a helper
# runs in between.

def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    it = 0
    while it < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        it += 1
    return it, zr, zi

for _ in range(100):
    escape(0.1, 0.2, 50)
print(escape(0.1, 0.2, 50), escape(-1.5, 0.01, 80), escape(0.3, 0.5, 20))
print(escape(1, 0, 10))           # ints where floats were
print(escape(-2.5, 0.0, 2**70))   # a big int limit
print(escape(0.1, 0.2, 7.5))      # a float limit

def switch(n):
    x = 0
    s = 0
    for i in range(n):
        if i == n // 2:
            x = 0.5               # int -> float in the middle of the loop
        x = x + i
        s = s + 1
    return x, s

for _ in range(100):
    switch(10)
print(switch(10), switch(3), switch(0))

def to_str(n):
    x = 1
    for i in range(n):
        if i == 3:
            x = str(x)
        else:
            x = x * 2 if isinstance(x, int) else x + "!"
    return x

for _ in range(100):
    to_str(2)
print(to_str(2), to_str(6))

def deleted(n):
    total = 0
    for i in range(n):
        y = i * 2
        total += y
        if i == n - 1:
            del y
    try:
        return total, y
    except UnboundLocalError as e:
        return total, "unbound"

for _ in range(100):
    deleted(4)
print(deleted(4), deleted(1))

def handler(xs):
    acc = 0.0
    n = 0
    for x in xs:
        try:
            acc = acc + 1.0 / x
        except ZeroDivisionError:
            acc = acc - 1.0
        n += 1
    return acc, n

for _ in range(100):
    handler([1.0, 2.0, 4.0])
print(handler([1.0, 2.0, 4.0]), handler([1.0, 0.0, 2.0]), handler([2, 0, 0.5]))

def big(n, step):
    v = 1
    for i in range(n):
        v = v * step
        if v > 2**40:
            v = v - 2**40 + i
    return v

for _ in range(100):
    big(10, 3)
print(big(10, 3), big(50, 3), big(30, 2**20), big(5, 1.5))

def through_call(n, f):
    a = 0
    b = 1.0
    for i in range(n):
        f(i)                   # a call between the blocks
        a = a + i
        b = b * 1.5
    return a, b

for _ in range(100):
    through_call(5, abs)
print(through_call(5, abs), through_call(3, print))
