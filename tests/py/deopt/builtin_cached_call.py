# Builtin calls at sites the interpreter specialized (CALL_BUILTIN: len,
# abs, isinstance, min, max, enumerate, set.add ...) go straight to the
# cached native function from compiled code; rebinding the name in globals
# or builtins mid-loop, other callables at the same site, wrong argument
# types and errors raised by the builtin must behave as the generic call.
import builtins


def work(xs):
    t = 0
    for x in xs:
        t += len(x) + abs(len(x) - 3) + max(len(x), 2) + min(1, len(x))
        if isinstance(x, list):
            t += 1
    return t


items = [[1] * (i % 7) for i in range(3000)]
print(work(items), work(["ab", (1, 2, 3), {1: 2}, range(10)]))
for bad in [[5], [None], [[1], 3]]:
    try:
        work(bad)
    except TypeError as e:
        print(type(e).__name__, e)


def rebound_global(n):
    global len
    out = 0
    for i in range(n):
        if i == n // 2:
            len = lambda v: 1000
        out += len([i])
    del len
    return out


print(rebound_global(3000), len([1, 2]))


def rebound_builtin(n):
    out = 0
    orig = builtins.abs
    for i in range(n):
        if i == n // 2:
            builtins.abs = lambda v: -7
        out += abs(-i)
    builtins.abs = orig
    return out


print(rebound_builtin(3000), abs(-3))


def site(fs, n):
    out = []
    for i in range(n):
        f = fs[i % len(fs)]
        out.append(f(i - 5))
    return out[-6:]


print(site([abs], 2000), site([abs, str, float, lambda v: v * 2, int.bit_length], 2000))


def enum_sum(n):
    s = 0
    for _ in range(n):
        for i, v in enumerate((3, 4, 5)):
            s += i * v
    return s


def enum_any(cls, n):
    s = 0
    for _ in range(n):
        for i, v in cls("ab"):
            s += i
    return s


print(enum_sum(2000), enum_any(enumerate, 1500), enum_any(lambda s: zip(range(9), s), 5))


def adds(n):
    seen = set()
    for i in range(n):
        seen.add(i % 100)
    try:
        seen.add([])
    except TypeError as e:
        print(type(e).__name__, e)
    return len(seen)


print(adds(3000))


def errors(n):
    out = 0
    for i in range(n):
        try:
            out += abs("x" if i == n - 1 else i)
        except TypeError as e:
            print(type(e).__name__, e)
    return out


print(errors(2000))
