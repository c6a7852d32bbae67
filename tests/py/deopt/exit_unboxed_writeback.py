# Exits write unboxed ints, floats and bools back to the frame raw; the VM
# boxes them after the exit (a big int when an i64 leaves the small-int
# range). Warm past the JIT threshold, then leave compiled code with such
# values live: at a generic call, at an int overflow, and at loop exits.


def mixed(n):
    x = 1 << 50          # beyond the 48-bit small ints, within i64
    y = 1.5
    t = True
    acc = 0
    for i in range(n):
        x = x + i
        y = y * 1.0000001
        t = not t
        acc = acc + x % 7
        if i == n - 3:
            acc = acc + len(str(x))
    return x, round(y, 6), t, acc


for k in range(3):
    print(mixed(2000 + k))


def doubling(n):
    s = 1 << 62
    for i in range(n):
        s = s + s        # overflows i64: continues as a big int
    return s


print(doubling(5), doubling(70) % 1000003)


def negative(n):
    v = -(1 << 47)
    f = -0.0
    for i in range(n):
        v = v - 1
        f = f - 0.5
    return v, f, type(v).__name__


print(negative(1500))


def nan_carry(n):
    z = float("nan")
    c = 0
    for i in range(n):
        z = z * 2.0
        c += 1
    return str(z), c


print(nan_carry(1200))


def gen(n):
    for i in range(n):
        yield i * i


def over_gen(n):
    total = 0
    for v in gen(n):
        total += v
    return total


print(over_gen(3000))
