# A CALL site compiled for a known callee caches the callee's compiled
# entry. The cache must follow a function of the same code with other
# globals, fresh function objects (an address may be reused), the callee
# being recompiled (its overflow exits made it generalize) and the
# argument count no longer matching.

K = 1


def inc(x):
    return x + K


def dec(x):
    return x - K


# Same code, other globals: one compiled module source run in two
# namespaces (K differs) makes functions sharing one code object.
SRC = compile("def make():\n    def inc(x):\n        return x + K\n    return inc\n", "<inc>", "exec")
ns_a, ns_b = {"K": 1}, {"K": 100}
exec(SRC, ns_a)
exec(SRC, ns_b)


def drive_globals(n):
    global inc
    keep = inc
    inc = ns_a["make"]()
    t = 0
    for i in range(n):
        if i == n // 2:
            inc = ns_b["make"]()
        t += inc(i)
    inc = keep
    return t


print("globals", drive_globals(3000))


# The callee overflows often enough to be recompiled with a generic
# multiply: the site must find the new entry (or the general path).
def sq(x):
    return x * x


def drive_sq(n):
    t = 0
    for i in range(n):
        t += sq(i if i < n // 2 else 2 ** 30 + i)
    return t


print("recompiled", drive_sq(4000))


# Same code, a new function object every 500 calls, its globals
# alternating (the old one is freed first: the new one may get its
# address, and the guard on the known callee's address then passes).
def drive_fresh(n):
    global inc
    keep = inc
    t = 0
    for i in range(n):
        if i % 500 == 0:
            inc = None
            inc = (ns_b if i // 500 % 2 else ns_a)["make"]()
        t += inc(i)
    inc = keep
    return t


print("fresh", drive_fresh(3000))


# A function of a different code with the same arity rebinds the global
# while the old one is freed; then one of another arity.
def drive_other(n):
    global inc
    t = 0
    for i in range(n):
        if i == n // 3:
            inc = ns_b["make"]()
        if i == 2 * n // 3:
            inc = lambda x, y: x * y
        try:
            t += inc(i)
        except TypeError as e:
            t += 1
            if i == 2 * n // 3:
                print("arity", e)
    return t


print("other", drive_other(3000))
