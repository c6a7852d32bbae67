# The native Random methods must behave like CPython's Python code when a
# subclass or an instance replaces a helper (random, getrandbits, _randbelow,
# randrange, normalvariate, gammavariate), and after such changes are undone.
import random


def run(label, r):
    out = [r.randrange(10), r.randrange(3, 30, 4), r.randint(1, 6), r.choice('abcdef'),
           r.sample(range(20), 4), r.choices('xyz', k=3), r.choices('xyz', [1, 2, 3], k=3),
           round(r.uniform(0, 10), 9), round(r.triangular(0, 10, 3), 9), round(r.gauss(), 9),
           round(r.normalvariate(), 9), round(r.lognormvariate(0, 1), 9),
           round(r.expovariate(2), 9), round(r.vonmisesvariate(0, 2), 9),
           round(r.gammavariate(2, 1), 9), round(r.betavariate(2, 3), 9),
           round(r.paretovariate(2), 9), round(r.weibullvariate(1, 2), 9)]
    seq = list(range(8))
    r.shuffle(seq)
    out.append(seq)
    print(label, out)


class Counter(random.Random):
    # random() only: integers then come from _randbelow_without_getrandbits.
    def __init__(self, x=None):
        self.calls = 0
        super().__init__(x)

    def random(self):
        self.calls += 1
        return (self.calls * 0.618033988749895) % 1.0


class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ ((1 << k) - 1)


class Below(random.Random):
    def _randbelow(self, n):
        return n - 1


class Range(random.Random):
    def randrange(self, start, stop=None, step=1):
        return 7


class Normal(random.Random):
    def normalvariate(self, mu=0.0, sigma=1.0):
        return 0.5


class Gamma(random.Random):
    def gammavariate(self, alpha, beta):
        return alpha * beta


class Plain(random.Random):
    pass


for cls in [random.Random, Counter, Bits, Below, Range, Normal, Gamma, Plain]:
    run(cls.__name__, cls(11))
c = Counter(3)
run('Counter-again', c)
print('calls', c.calls)

# Instance attributes shadow the methods, as in CPython.
r = random.Random(5)
r.random = random.Random(77).random
run('inst-random', r)
del r.random
run('inst-deleted', r)
r.getrandbits = lambda k: 0
print('inst-getrandbits', r.randrange(10), r.randint(5, 9), r.choice('abc'), r.randbytes(3))
del r.getrandbits
r.extra = 1
run('inst-extra', r)

# Changing the class after instances exist.
p = Plain(9)
run('plain-before', p)
Plain.random = Counter.random
p.calls = 0
run('plain-patched', p)
del Plain.random
run('plain-restored', p)
Plain._randbelow = lambda self, n: 0
print('plain-randbelow', p.randrange(10), p.choice('xyz'), p.sample(range(5), 3))
del Plain._randbelow
print('plain-again', p.randrange(10), p.choice('xyz'))

# gauss_next is an ordinary instance attribute.
g = random.Random(1)
print(vars(g), g.gauss())
print(round(g.gauss_next, 12))
g.gauss_next = 2.0
print(g.gauss(10, 3), g.gauss_next)
g.gauss_next = 1
print(g.gauss(10, 3), g.gauss_next)
g.gauss()
st = g.getstate()
print(st[0], len(st[1]), round(st[2], 12))
x = g.gauss()
g.setstate(st)
print(x == g.gauss(), g.gauss_next)
g.gauss()
g.seed(4)
print(g.gauss_next, round(g.gauss(), 12))


class Slots(random.Random):
    def __setattr__(self, name, value):
        print('setattr', name)
        super().__setattr__(name, value)


s = Slots(2)
print(round(s.gauss(), 12))
print(round(s.gauss(), 12))
