# A block entered by a single jump keeps what the jumping block knew about
# the locals (their unboxed values): check the locals stay right across such
# edges when values change type, a guard fails there, an exception handler
# is entered, or a helper rebinds nothing behind the compiled code's back.

def walk(n, step):
    x = 0
    y = 0.5
    out = []
    for i in range(n):
        x = x + step
        if x > 10:          # a single-predecessor block follows each side
            y = y * 2.0
        else:
            y = y + x
        if i % 3 == 0:
            out.append((x, y))
    return x, y, out[-2:]

for _ in range(200):
    walk(20, 1)
print(walk(20, 1))
print(walk(20, 2**46))          # int overflow in a following block
print(walk(20, 0.75))           # float where ints were
print(walk(5, True))

def handler(xs):
    total = 0
    for x in xs:
        try:
            v = x + 1
        except TypeError:
            v = -1
        total = total + v
    return total
for _ in range(200):
    handler([1, 2, 3])
print(handler([1, 2, 3]), handler([1, "a", 2.5, None]), handler([2**62, 2**62]))

def rebind(n):
    a = 1
    b = 2
    for i in range(n):
        if i == n - 1:
            exec("a = 100")     # no effect on fast locals, as in CPython
            b = str(b)
        else:
            b = b + a
    return a, b
for _ in range(200):
    rebind(5)
print(rebind(5), rebind(1))

def early(xs, lim):
    n = 0
    for x in xs:
        if x > lim:
            break
        n = n + x
    else:
        return n, "all"
    return n, x
for _ in range(200):
    early([1, 2, 3, 4], 3)
print(early([1, 2, 3, 4], 3), early([1.5, 2.5], 10), early([1, 2**50, 3], 2**49))
