import random
random.seed(42)
print(random.random(), random.getrandbits(32), random.getrandbits(100))
for s in [0, 1, -1, 2**100, -(2**64)+3, "hello", b"abc", bytearray(b"xyz"), "", 3.5, -2.5]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100), random.randrange(0, 1000, 7))
r = random.Random(42)
print(r.random(), r.choice("abcdef"), r.sample(range(100), 10), r.choices("abc", k=5))
print(r.choices([1,2,3], weights=[1,5,2], k=6))
l = list(range(20)); r.shuffle(l); print(l)
print(r.uniform(1, 5), r.triangular(), r.gauss(0, 1), r.gauss(0,1), r.normalvariate(), r.lognormvariate(0, 1))
print(r.expovariate(2), r.vonmisesvariate(1, 2), r.gammavariate(0.5, 1), r.gammavariate(3, 2), r.gammavariate(1, 1), r.betavariate(2, 3))
print(r.paretovariate(2), r.weibullvariate(1, 2), r.randbytes(5), r.sample(range(10**6), 30)[:5])
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random(), st[0], len(st[1]), st[1][-1])
for f in [lambda: random.randrange(5,5), lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(1,10,0), lambda: random.sample({1,2}, 1), lambda: random.sample([1,2],3), lambda: random.getrandbits(-1), lambda: random.Random([1]), lambda: random.choices([1,2], 3), lambda: r.setstate((3, (1,2), None))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(random.sample(["a","b","c"], 2, counts=[3,1,2]))
