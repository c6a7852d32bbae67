# getstate/setstate, the Random class, subclasses and module functions.
import random

random.seed(5)
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[2])
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)])

r = random.Random(8)
r.gauss()
st = r.getstate()
print(st[2])
x = r.gauss()
r.setstate(st)
print(x == r.gauss())
try:
    r.setstate((9, (), None))
except ValueError as e:
    print('ValueError', e)
v2 = (2, tuple(list(st[1][:-1]) + [st[1][-1]]), None)
r.setstate(v2)
print(r.random())

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(3)
print(type(d).__name__, isinstance(d, random.Random), [d.roll() for _ in range(6)])

class Fixed(random.Random):
    # Only random() is overridden: integers then come from random().
    def __init__(self):
        self.n = 0
        super().__init__(0)
    def random(self):
        self.n += 1
        return (self.n * 0.37) % 1.0
f = Fixed()
print([f.randrange(10) for _ in range(5)], f.choice('abcdef'))

class Bits(random.Random):
    def getrandbits(self, k):
        return (2 ** k - 1) // 3
print(Bits().randrange(100))

print(random.Random.__module__, random.Random.__mro__[1].__name__)
print(sorted(random.__all__))
sr = random.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)), sr.getrandbits(10) < 1024)
try:
    sr.getstate()
except NotImplementedError as e:
    print('NotImplementedError', e)
print(sr.seed(1))
r1 = random.Random()
r2 = random.Random()
print(r1.random() != r2.random())
random.seed(None)
random.seed()
r = random.Random('seed', )
r.seed(77, version=1)
print(r.random())
r.seed('abc', version=1)
print(r.random())
r.seed(b'abc', version=1)
print(r.random())
