# Set tables from creation to freeing: iteration order through resizes and
# dummies (add/discard churn), elements freed exactly when the set dies
# (including after discards left dummies behind, and sets grown past the
# first table), and equality calls that mutate the set while it is probed.
import gc


class Tracked:
    alive = 0

    def __init__(self, tag, h):
        self.tag = tag
        self.h = h
        Tracked.alive += 1

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Tracked) and self.tag == other.tag

    def __del__(self):
        Tracked.alive -= 1


def order_through_resizes():
    for n in (1, 4, 5, 6, 8, 13, 20, 40, 100):
        s = set()
        for i in range(n):
            s.add((i * 7919) % 1000 - 300)
        print(n, len(s), list(s)[:12])
    s = {v * 37 % 11 + i for i, v in enumerate((3, 1, 4, 1, 5, 9, 2, 6, 5))}
    print(sorted(s), list(s))


def churn():
    s = set()
    log = []
    for row in range(12):
        for c in range(9):
            s.add(row * 3 + c)
            if c % 2:
                s.discard(row * 3 + c - 1)
        log.append(len(s))
        for c in range(0, 9, 3):
            s.discard(row * 3 + c + 1)
    print(log, len(s), list(s)[:10])
    used, diag = set(), set()
    for r in range(6):
        for c in range(6):
            if c in used or (r + c) in diag:
                continue
            used.add(c)
            diag.add(r + c)
            break
    print(sorted(used), list(used), sorted(diag))


def freeing():
    s = {Tracked(i, i % 3) for i in range(7)}
    print("alive", Tracked.alive, len(s))
    for t in list(s)[:3]:
        s.discard(t)
    print("after discard", Tracked.alive, len(s))
    del s
    gc.collect()
    print("after del", Tracked.alive)
    big = set()
    for i in range(50):
        big.add(Tracked(i, i))
    for i in range(0, 50, 2):
        big.discard(Tracked(i, i))
    print("big", Tracked.alive, len(big))
    big.clear()
    print("cleared", Tracked.alive, len(big))
    big.add(Tracked(99, 5))
    big = None
    print("rebound", Tracked.alive)
    f = frozenset(Tracked(i, 1) for i in range(9))
    print("frozen", Tracked.alive, len(f))
    f = None
    print("frozen gone", Tracked.alive)


class Mutator:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if self.target is not None:
            self.target.add(self.v * 1000)
            self.target = None
        return isinstance(other, Mutator) and self.v == other.v


def mutation_during_eq():
    s = set()
    a = Mutator(1, s)
    s.add(a)
    s.add(Mutator(2, None))
    print(len(s), sorted(x if isinstance(x, int) else x.v for x in s))
    print(Mutator(1, None) in s, Mutator(3, None) in s)
    s.discard(Mutator(1, None))
    print(len(s), sorted(x if isinstance(x, int) else x.v for x in s))


order_through_resizes()
churn()
freeing()
mutation_during_eq()
