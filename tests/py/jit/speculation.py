# Speculation on local types and on `for ... in range`: warm up with one
# type, then break the prediction in many ways and check every answer.

def poly(x, n):
    acc = x
    for i in range(n):
        acc = acc * 2 - i
    return acc

for _ in range(50):
    poly(3, 10)
print(poly(3, 10), poly(2.5, 10), poly(10**20, 3), poly(2**40, 20))
print(poly(3, 60), poly(-3, 70))   # overflows 64 bits inside the loop

def changes_type(n):
    v = 0
    out = []
    for i in range(n):
        if i == 5:
            v = 1.5
        elif i == 8:
            v = "s"
        elif i == 9:
            v = 7
        out.append(v if not isinstance(v, int) else v + i)
    return out
for _ in range(30):
    r = changes_type(12)
print(r)

def over(xs):
    t = 0
    for x in xs:
        t += x
    return t
print(over(range(1000)), over([0.5] * 10), over([1, 2.5, 3]), over(range(2**47 - 2, 2**47 + 3)))

range_backup = range
def use_range(n):
    s = 0
    for i in range(n):
        s += i
    return s
for _ in range(50):
    use_range(100)
range = lambda n: [0.25] * n
print(use_range(4))
range = range_backup
print(use_range(4))

def while_loop(n):
    i = 0
    x = 1.0
    while i < n:
        x = x * 1.5
        if x > 1e6:
            x = 1
        i += 1
    return x, i
for _ in range(20):
    while_loop(100)
print(while_loop(100), while_loop(7))

def args_change(a, b):
    t = a
    for _ in range(10):
        t = t + b
    return t
for _ in range(100):
    args_change(1, 2)
print(args_change(1, 2), args_change(1.0, 2), args_change("x", "y"), args_change([1], [2]), args_change(2**62, 2**62))
for _ in range(100):
    args_change(1.0, 0.5)
print(args_change(3, 4), args_change(True, True))
