import random
seeds = [0, 1, 2, 7, 42, -42, 12345678901234567890, -(2**200)-17, 2**32, 2**32-1, 2**64, 10**50, "", "a", "hello world", "ünïcødé", b"", b"\x00\xff"*40, bytearray(b"q"*200), 1.0, 0.5, -0.0, 1e300, float('inf'), True, False, 999]
out = []
for s in seeds:
    r = random.Random(s)
    out.append((repr(s), r.random(), r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(65), r.getrandbits(1000) % 10**12))
    out.append([r.randrange(10**30), r.randrange(-5, 5), r.randrange(100, -100, -3), r.randint(-3, 3), r.randrange(2**70, 2**71, 12345)])
    out.append([r.choice(range(1000)), r.choices(range(50), k=8), r.choices("abcd", cum_weights=[1, 2, 3.5, 10], k=6), r.choices(range(5), weights=[0.1, 0, 3, 2.5, 1])])
    l = list(range(30)); r.shuffle(l); out.append(l)
    out.append([r.sample(range(n), k) for n, k in [(5, 5), (21, 3), (26, 6), (100, 6), (1000, 100), (10**9, 50), (200, 200), (500, 30)]])
    out.append([r.uniform(-1, 1), r.triangular(0, 10, 2), r.triangular(3, 3), r.gauss(), r.gauss(5, 2), r.gauss(), r.normalvariate(1, 3), r.lognormvariate(0, 0.5), r.expovariate(0.3)])
    out.append([r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 4), r.vonmisesvariate(2, 1e-7), r.gammavariate(0.2, 1), r.gammavariate(1.0, 3), r.gammavariate(7.5, 0.5), r.betavariate(0.5, 0.5), r.betavariate(5, 1), r.paretovariate(3), r.weibullvariate(2, 0.5)])
    out.append(r.randbytes(9))
    st = r.getstate()
    a = [r.random() for _ in range(5)]
    r.setstate(st)
    out.append(a == [r.random() for _ in range(5)])
random.seed(5)
out.append([random.random(), random.randint(0, 10)])
r = random.Random()
r.seed(3, version=1); out.append(r.random())
r.seed("abc", version=1); out.append(r.random())
r.seed(b"abc", version=1); out.append(r.random())
class R2(random.Random):
    def random(self):
        return 0.3
out.append([R2(1).randrange(100), R2(1).choice("abcdefg"), R2().random()])
class R3(random.Random):
    def __init__(self, x):
        super().__init__(x)
        self.extra = x
out.append([R3(9).random(), R3(9).extra, R3(9).getrandbits(40)])
r = random.Random(1)
s = r.getstate()
r2 = random.Random(); r2.setstate(s); out.append(r2.random() == r.random())
out.append(random.Random(2**19937).random())
for line in out: print(line)
