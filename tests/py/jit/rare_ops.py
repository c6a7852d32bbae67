# Instructions the eval loop runs out of line (sets, dicts, slices, star
# calls, closures, del, with, match, imports, raise) inside hot loops, so the
# JIT compiles them through its generic helper; then globals and builtins
# rebound, added and deleted under compiled code.
import sys


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append('in')
        return self

    def __exit__(self, *exc):
        self.log.append('out' if exc[0] is None else 'out:' + exc[0].__name__)
        return exc[0] is KeyError


def kinds(x):
    match x:
        case 0:
            return 'zero'
        case [a, *rest]:
            return f'seq{len(rest)}'
        case {'k': v}:
            return f'map{v}'
        case int(n) if n < 0:
            return 'neg'
        case _:
            return 'other'


def work(n):
    total = 0
    seen = set()
    log = []
    for i in range(n):
        s = {i % 7, i % 5, (i * i) % 3}
        d = {'a': i, 'b': i + 1}
        d2 = {**d, 'c': i}
        seen |= s
        items = list(range(i % 9 + 2))
        head, *mid, tail = items
        part = items[1:-1:2]
        total += len(s) + d2['c'] + len(part) + head + tail + len(mid)
        adder = lambda y, k=i: y + k
        total += adder(1)
        args = (i, 2)
        total += max(*args, **{})
        tmp = i
        del tmp
        with Ctx(log):
            if i % 50 == 0:
                raise KeyError(i)
        try:
            if i % 97 == 0:
                raise ValueError('v%d' % i)
        except ValueError as e:
            total += len(str(e))
        assert i >= 0, 'never'
        import math as m
        total += int(m.sqrt(i))
        total += len(kinds([i, 1, 2]) + kinds({'k': i % 3}) + kinds(-i - 1) + kinds(i % 2))
    return total, sorted(seen), len(log), log[:4]


print(work(400))
print(work(3))


def chain_raise(n):
    out = []
    for i in range(n):
        try:
            try:
                1 // (i % 4)
            except ZeroDivisionError as e:
                raise RuntimeError('wrapped %d' % i) from e
        except RuntimeError as e:
            out.append((str(e), type(e.__cause__).__name__))
    return out[-2:], len(out)


print(chain_raise(300))


# Globals and builtins read by compiled code, then changed.
SCALE = 2


def scaled(n):
    t = 0
    for i in range(n):
        t += SCALE * len('ab') + abs(-i)
    return t


print(scaled(3000))
SCALE = 5                      # rebound: seen at once
print(scaled(3000))
len = lambda s: 100            # a global now shadows the builtin
print(scaled(3000))
del len                        # the builtin again
print(scaled(3000))
import builtins
saved_abs = builtins.abs
builtins.abs = lambda v: 1     # the builtin itself rebound
print(scaled(3000))
builtins.abs = saved_abs
del SCALE
try:
    scaled(10)
except NameError as e:
    print('NameError', e)
SCALE = 1
print(scaled(10))


def unbound_after_del(n):
    x = 1
    for i in range(n):
        if i == n - 1:
            del x
        else:
            x = i
    try:
        return x
    except UnboundLocalError as e:
        return str(e)


print(unbound_after_del(500))
print(sys.getrecursionlimit() > 0)

# Module-level loops: LOAD_NAME reads the globals in place.
acc = 0
for i in range(3000):
    acc += i % 7 + len('xyz')
print(acc)
for i in range(3000):
    if i == 1500:
        len = lambda s: 10     # shadows the builtin mid-loop
    acc += len('xyz')
print(acc)
del len
for i in range(2000):
    if i == 1000:
        del acc                 # deleted mid-loop: NameError at the next read
        acc = 7
    acc += 1
print(acc)
