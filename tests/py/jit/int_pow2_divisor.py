# `a // 2**k` and `a % 2**k` with a constant divisor compile to a shift and
# a mask: check floor semantics for negative dividends, the edges of the
# small-int range, big ints, floats and non-power-of-two / zero divisors.

def f(xs):
    out = []
    for x in xs:
        out.append((x // 2, x % 2, x // 8, x % 8, x // 1, x % 1, x // 3, x % 3, x // 2**40, x % 2**40, x // -4, x % -4))
    return out

vals = [0, 1, -1, 2, -2, 7, -7, 8, -8, 9, -9, 1023, -1025, 2**47 - 1, -2**47, 2**46 + 5, -(2**46) - 5]
for _ in range(200):
    f([5, -5, 12])
for row in f(vals):
    print(row)
print(f([2**47, -2**47 - 1, 10**30, -10**30]))
print(f([7.5, -7.5, -0.0]))
print(f([True, False]))

def g(n):
    s = 0
    for i in range(-n, n):
        s += i // 4 + i % 16 - (i * 3) // 2
    return s
for _ in range(100):
    g(10)
print(g(10), g(1000))

def z(x):
    return x // 0
for _ in range(200):
    try:
        z(3)
    except ZeroDivisionError as e:
        msg = str(e)
print(msg)
