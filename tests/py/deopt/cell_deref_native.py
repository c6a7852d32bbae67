# Closure cells read and written by compiled code (LOAD_DEREF/STORE_DEREF
# inline): nonlocal counters, a cell emptied with `del` (UnboundLocalError
# in the owner, NameError in the inner function), a cell holding objects
# with __del__ (released when overwritten), and cells seen by both tiers.


def counter():
    count = 0

    def bump(step):
        nonlocal count
        count += step
        return count

    return bump


b = counter()
s = 0
for i in range(3000):
    s += b(i & 3)
print(s, b(0))


def owner(n):
    x = 0
    total = 0
    for i in range(n):
        x = i
        total += (lambda: x)()
    del x
    try:
        return x
    except UnboundLocalError as e:
        print("owner:", type(e).__name__, e)
    return total


print(owner(2000))


def emptied():
    v = 1

    def read():
        return v

    results = []
    for i in range(1500):
        results.append(read())
        if i == 1200:
            del v
            try:
                read()
            except NameError as e:
                print("inner:", type(e).__name__, e)
            v = 2
    return sum(results)


print(emptied())


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        if self.tag % 500 == 0:
            print("del", self.tag)


def holder(n):
    cell = None

    def put(t):
        nonlocal cell
        cell = Noisy(t)

    for i in range(n):
        put(i)
    last = cell.tag
    cell = None
    return last


print(holder(1600))


def big_and_float():
    acc = 0
    f = 0.5

    def add(v):
        nonlocal acc, f
        acc = acc + v
        f = f * 1.0001
        return acc

    for i in range(2000):
        add(2**62 if i == 1000 else i)
    return acc, round(f, 6)


print(big_and_float())
