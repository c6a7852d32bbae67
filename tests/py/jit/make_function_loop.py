# Functions, closures and comprehensions made inside hot (compiled) loops:
# LOAD_CLOSURE / MAKE_FUNCTION with every flag, and what the function
# objects look like afterwards.
import sys


def comps(n):
    out = []
    for k in range(n):
        names = {sys._getframe().f_code.co_name for _ in range(2)}
        squares = [i * k for i in range(3)]
        d = {i: k for i in range(2)}
        g = sum(i + k for i in range(3))
        out.append((sorted(names), squares, d, g))
    return out[-1]


def makers(n):
    fs = []
    for k in range(n):
        def f(a, b=k, *, c=k + 1) -> int:
            return a + b + c
        fs.append(f)
        fs.append(lambda x, k=k: x * k)
    f = fs[-2]
    print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__annotations__, f.__module__)
    return sum(g(1) for g in fs)


def closures(n):
    counters = []
    for k in range(n):
        count = k

        def bump(by):
            nonlocal count
            count += by
            return count

        counters.append(bump)
    total = 0
    for i in range(n * 4):
        total += counters[i % n](i & 3)
    return total, [c.__closure__[0].cell_contents for c in counters[:3]]


def deleted(n):
    msgs = []
    for k in range(n):
        x = k
        def read():
            return x
        if k % 2:
            del x
        try:
            msgs.append(read())
        except NameError as e:
            msgs.append(str(e))
    return msgs[-2:]


def failing(n):
    for k in range(n):
        try:
            s = {1 // (i - k) for i in range(3)}
        except ZeroDivisionError as e:
            tb = e.__traceback__
            names = []
            while tb:
                names.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
            last = (k, names)
    return last


def rebinding(n):
    import builtins
    global set
    real_len = builtins.len
    t = 0
    for k in range(n):
        t += len({k, k + 1})
        if k == n // 2:
            builtins.len = lambda s: 100
            set = frozenset
        if k == n - 10:
            builtins.len = real_len
            del set
        t += isinstance({i for i in range(2)}, set)
        t += len(set([k]))
    return t


for _ in range(3):
    print(comps(300))
    print(makers(300))
    print(closures(300))
    print(deleted(300))
    print(failing(300))
    print(rebinding(300))
