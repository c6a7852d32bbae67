import random
r = random.Random(7)
tests = [
    lambda: r.gammavariate(0, 1), lambda: r.choices([1], [1], cum_weights=[1]), lambda: r.choices([1, 2], [1]),
    lambda: r.choices([1, 2], [0, 0]), lambda: r.choices([1, 2], [1, float('inf')]), lambda: r.choices([1,2], 3),
    lambda: r.setstate((9, (), None)), lambda: r.seed([1]), lambda: r.seed({}), lambda: r.getrandbits('a'),
    lambda: r.getrandbits(2.5), lambda: r.randrange('a'),
    lambda: r.randrange(10, step=2),
    lambda: r.randrange(-3), lambda: r.randrange(5, 1), lambda: r.randrange(5, 1, 2), lambda: r.randint(1, 0),
    lambda: r.sample([1, 2], -1), lambda: r.sample([1, 2, 3], 2, counts=[1, 2]),
    lambda: r.sample([1, 2], 1, counts=[0, 0]), lambda: r.sample([1, 2], 1, counts=[1.5, 1]),
    lambda: r.sample({'a': 1}, 1), lambda: r.sample("abcdef", 3), lambda: r.sample((1, 2, 3), 3),
    lambda: r.choice({}), lambda: r.choice("x"), lambda: random.Random(1, 2), lambda: r.shuffle((1, 2)),
    lambda: r.expovariate(0), lambda: r.uniform(1, 'a'), lambda: r.setstate((3, (0,) * 624 + (625,), None)),
    lambda: r.setstate((3, (0,) * 624 + (700,), None)), lambda: r.setstate((3, [0] * 625, None)),
    lambda: r.setstate((3, (-1,) * 625, None)), lambda: r.getrandbits(0), lambda: r.triangular(1, 1, 1),
    lambda: r.randbytes(0), lambda: r.randbytes(-1), lambda: r.choices([], k=0), lambda: r.choices([], k=1),
    lambda: r.choices([1, 2], k=-1), lambda: r.choices([1,2], k=2.0), lambda: r.sample(range(5), k=0),
    lambda: random.SystemRandom().getstate(), lambda: len(random.SystemRandom().sample(range(10), 3)),
    lambda: 0 <= random.SystemRandom().random() < 1, lambda: r.randrange(True, 5), lambda: r.seed(2, version=3) or r.random(),
    lambda: type(random.random()), lambda: random.Random.VERSION, lambda: sorted(random.__all__)[:3],
    lambda: random.randint(2**100, 2**100) == 2**100, lambda: random.getstate()[2],
]
for i, f in enumerate(tests):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
