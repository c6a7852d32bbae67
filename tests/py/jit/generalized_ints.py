# An arithmetic site that overflowed often is recompiled without its int
# fast path; small ints through it must still give ints (not floats).
def mul_add(a, b, c):
    return a * b + c

for i in range(3000):
    mul_add(2**40 + i, 2**40, 1)        # overflows 64 bits every time
print(mul_add(3, 4, 5), type(mul_add(3, 4, 5)).__name__)
print(mul_add(2.5, 2, 1), mul_add(2, 2.5, 1), mul_add(-7, 3, 0.5))
print(mul_add(10**30, 3, -1), mul_add(True, True, True))

def grow(n):
    x = 1
    for i in range(n):
        x = x * 1000 + i
    return x
for _ in range(100):
    grow(12)
print(grow(3), type(grow(3)).__name__, grow(12) % 1000003)
print([x // 3 for x in range(-5, 5)], [x % 3 for x in range(-5, 5)])
