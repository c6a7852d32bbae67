# Loops whose compiled entry is declined (a `for` over a generator) next to
# loops that compile in the same function: the declined entry is remembered
# per code object, a recompile after overflowing ints forgets it, and the
# declined loop keeps running right.


def gen(n):
    for i in range(n):
        yield i


def mixed(n, big):
    s = 0
    for x in gen(n):          # declined: loops over a generator
        s += x
    t = 1
    for i in range(n):        # compiled; overflows when big (recompiled)
        t = t * 3 + i if big else (t + i) & 0xFFFF
    u = 0
    for x in gen(n):          # declined too, after the recompile
        u += x * 2
    return s, t % 1000003, u


acc = []
for k in range(60):
    acc.append(mixed(40 + k % 3, k % 20 == 19))
print(acc[:3], acc[19], acc[-1])



def while_and_gen(n):
    # A hot while loop before a declined loop, both in one frame.
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    for y in gen(3):
        total -= y
    return total


print(sum(while_and_gen(j) for j in range(1500)))
