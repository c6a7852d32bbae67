# UNPACK_SEQUENCE of exact tuples and lists of the expected length is done
# inline by compiled code; everything else (another length, a list that
# changes length, subclasses, strings, iterators, generators, dicts,
# non-iterables) must behave exactly as the interpreter.


def pairs(seq):
    total = 0
    for p in seq:
        a, b = p
        total += a * 3 + b
    return total


data = [(i, i + 1) for i in range(3000)]
print(pairs(data), pairs([[i, -i] for i in range(3000)]))


class T(tuple):
    pass


class L(list):
    pass


print(pairs([T((1, 2)), L([100, 200]), {3: 0, 4: 0}, iter([5, 6])]))


def strs(seq):
    out = []
    for p in seq:
        a, b = p
        out.append(b + a)
    return out[-3:]


print(strs(["ab"] * 2000 + [("c", "d"), ["e", "f"], "gh"]))
print(pairs([(x for x in (9, 10)), range(11, 13), b"\x01\x02"]))
for bad in [(1, 2, 3), (1,), [], [1, 2, 3], 5, None, "abc", iter([1])]:
    try:
        pairs([(1, 2), bad])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def mutating():
    lst = [1, 2]
    out = []
    for i in range(2000):
        if i == 1500:
            lst.append(3)
        try:
            a, b = lst
            out.append(a + b)
        except ValueError as e:
            out.append(str(e))
            lst.pop()
    return out[1498:1503], len(out)


print(mutating())


def swap_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


print(swap_loop(3000))


def triples(n):
    s = 0.0
    for i in range(n):
        x, y, z = (i * 0.5, i, str(i))
        s += x + y + len(z)
    return s


print(triples(2500))


def nested(n):
    acc = 0
    for i in range(n):
        (a, b), c = (i, i + 1), i + 2
        acc += a + b + c
    return acc


print(nested(2000))
