# Closures, cells, nonlocal, late binding, class-body scoping.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get

inc, get = counter()
for i in range(5):
    inc(i)
print(get(), inc.__code__.co_freevars, counter.__code__.co_cellvars)

fs = [lambda: i for i in range(4)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(4)]
print([f() for f in fs])

def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    x = "rebound"
    return mid()()
print(outer())

x = "global"
def shadow():
    print(x)
shadow()

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()

def free_unbound():
    def g():
        return z
    try:
        g()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 2
    return g()
print(free_unbound())

class C:
    a = 10
    b = [a * i for i in range(3)] if False else None
    def m(self):
        try:
            return a
        except NameError as e:
            return "NameError: " + str(e)
print(C().m(), C.b)

def make_adders():
    return [(lambda n: lambda x: x + n)(k) for k in range(3)]
print([a(100) for a in make_adders()])

def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for v in (1, 2, 3):
        add(v)
    del add
    return total
print(gen_closure())

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())
g = 0
def glob():
    global g
    for i in range(10):
        g += i
glob()
print(g)
