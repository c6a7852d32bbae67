# Warm up closures and generators, then change the cells and inputs they depend on.
def make():
    factor = 2
    def mul(x):
        return x * factor
    def set_factor(f):
        nonlocal factor
        factor = f
    return mul, set_factor

mul, set_factor = make()
for i in range(2000):
    mul(i)
print(mul(21))
set_factor(0.5)
print(mul(21))
set_factor("ab")
print(mul(3))
set_factor(10**30)
print(mul(3))

def squares(n):
    for i in range(n):
        yield i * i
for _ in range(300):
    sum(squares(10))
print(sum(squares(10)), list(squares(5)))

def running(start):
    total = start
    while True:
        x = yield total
        total += x
g = running(0)
next(g)
for i in range(2500):
    g.send(i)
print(g.send(0), g.send(0.5), g.send(2**64))
g.close()

def typed_gen(items):
    for it in items:
        yield it + it
print(list(typed_gen(range(3))), list(typed_gen(["a", [1]])), list(typed_gen([1.5, True])))
adders = [lambda x, k=k: x + k for k in range(5)]
results = []
for i in range(2500):
    results.append(adders[i % 5](i))
print(sum(results), results[-5:])
