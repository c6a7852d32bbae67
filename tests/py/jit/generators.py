# Generators under the JIT (compiled in stress mode and with
# -X jit-generators): yields inside hot loops, yield from (SEND) with return
# values, send(), throw() into a suspended frame, close(), exceptions out of
# the generator, generator expressions and deep recursive generators.


def counter(n):
    i = 0
    while i < n:
        got = yield i * 2
        if got is not None:
            i += got
        i += 1
    return 'done %d' % i


def relay(n):
    result = yield from counter(n)
    yield result


def perms(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield (items[i],) + rest


def guarded(log):
    try:
        while True:
            try:
                x = yield
                log.append(x)
            except ValueError as e:
                log.append('caught %s' % e)
    finally:
        log.append('closed')


def failing(n):
    for i in range(n):
        if i == n - 1:
            raise KeyError(i)
        yield i


total = 0
for k in range(300):
    total += sum(counter(k % 17))
print(total)

g = relay(5)
print([v for v in g])

g = counter(100)
out = [next(g)]
for step in range(10):
    out.append(g.send(step % 3))
print(out)

print(sum(1 for _ in perms(list(range(6)))), list(perms([1, 2, 3]))[:3])

log = []
g = guarded(log)
next(g)
for i in range(2000):
    g.send(i)
    if i % 500 == 0:
        g.throw(ValueError('v%d' % i))
g.close()
print(len(log), log[:3], log[-2:])

try:
    print(sum(failing(1500)))
except KeyError as e:
    print('KeyError', e)

print(sum(x * x for x in range(5000) if x % 3), max((y % 97, y) for y in range(3000)))


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield from tree(depth - 1)


print(sum(tree(11)))
g = counter(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
