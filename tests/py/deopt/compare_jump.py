# A specialized comparison followed by a conditional jump takes the jump
# itself (COMPARE_OP_*_JUMP): both branches, both jump senses, and guard
# failures (operand types changing mid-loop) must behave as the generic path.


def classify(a, b):
    out = []
    if a < b:
        out.append("lt")
    if not (a <= b):
        out.append("gt")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if a >= b and a > b:
        out.append("strict")
    return "/".join(out)


def count_below(limit, step):
    n = 0
    x = 0
    while x < limit:
        x += step
        n += 1
    return n


pairs = [(1, 2), (2, 1), (3, 3), (-5, 7)] * 20
pairs += [(1.5, 2.5), (2.5, 1.5), (0.0, -0.0), (float("nan"), 1.0)] * 20
pairs += [("a", "b"), ("b", "a"), ("same", "same"), ("", "x")] * 20
pairs += [(1, 1.0), (True, 2), (2 ** 70, 2 ** 70 + 1), (3, 2.5)] * 20
seen = {}
for a, b in pairs:
    r = classify(a, b)
    key = (type(a).__name__, type(b).__name__, r)
    seen[key] = seen.get(key, 0) + 1
for key in sorted(seen):
    print(key, seen[key])

print(count_below(1000, 7), count_below(10.5, 0.5), count_below(2 ** 65, 2 ** 63))


class Weird:
    def __lt__(self, other):
        return 0  # falsy, not a bool

    def __gt__(self, other):
        raise ValueError("no >")


def loop_then_weird(xs):
    hits = 0
    for x in xs:
        if x < 5:
            hits += 1
    return hits


print(loop_then_weird(list(range(10)) * 10))
print(loop_then_weird([Weird()] * 3 + [1, 9]))
try:
    w = Weird()
    for i in range(40):
        if i > 3:
            pass
    if w > 1:
        print("unreachable")
except ValueError as e:
    print(type(e).__name__, e)


def first_index(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            return i
        i += 1
    return -1


words = ["alpha", "beta", "gamma", "delta"] * 5
print([first_index(words, w) for w in ["gamma", "delta", "omega"]])
print([first_index([1, 2.0, "x", 3], t) for t in [2, "x", 3.0, 4]])
