# A list mutated or resized while a compiled loop indexes it: appends that
# reallocate the items, pops that shrink it, clear, slice assignment, sort,
# and item stores whose old value's __del__ runs Python code.


def grow_and_read(xs, n):
    total = 0
    for i in range(n):
        xs.append(i)
        total += xs[i] + xs[-1]
    return total


print(grow_and_read([], 2000), grow_and_read([5, 6], 3000))


def shrink(xs):
    out = []
    i = 0
    while True:
        try:
            out.append(xs[i])
        except IndexError as e:
            out.append(str(e))
            break
        if i % 3 == 0:
            xs.pop()
        i += 1
    return len(out), out[-3:]


print(shrink(list(range(3000))))


def store_loop(xs):
    for i in range(len(xs)):
        xs[i] = xs[i] + 1
        if i == 500:
            xs[600:] = []
        if i == 550:
            xs.clear()
    return xs


try:
    store_loop(list(range(1000)))
except IndexError as e:
    print("IndexError", e)

ys = list(range(800))
try:
    store_loop(ys)
except IndexError as e:
    print("IndexError", e, len(ys))


def sort_midway(xs):
    out = []
    for i in range(len(xs)):
        if i == 300:
            xs.sort(key=lambda v: -v)
        out.append(xs[i])
    return out[295:305]


print(sort_midway(list(range(1000))))


class Noisy:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        self.log.append(self.name)


def replace_all(xs, log):
    for i in range(len(xs)):
        xs[i] = i
    return len(log)


log = []
items = [Noisy(i, log) for i in range(600)]
print(replace_all(items, log), log[:5], log[-2:], items[:3])


class Shrinker:
    # __del__ that empties the list being written to.
    def __init__(self, target):
        self.target = target

    def __del__(self):
        self.target.clear()


def store_many(xs):
    n = 0
    for i in range(len(xs)):
        try:
            xs[i] = i
            n += 1
        except IndexError as e:
            return n, str(e)
    return n


xs = list(range(400))
xs[200] = Shrinker(xs)
print(store_many(xs), xs)
# Storing the list into itself.
zs = [0] * 300
for i in range(300):
    zs[i] = zs
print(zs[5] is zs, len(zs))
del zs
