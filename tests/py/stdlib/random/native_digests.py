# Long draws of every Random method for many seeds: digests must equal
# CPython's (same words consumed, same rejection sampling, same formulas).
import random
import hashlib


def digest(values):
    text = repr(values)
    return hashlib.md5(text.encode()).hexdigest()[:16]


def show(label, values):
    nums = [v for v in values if isinstance(v, (int, float))]
    total = sum(nums) if len(nums) == len(values) else None
    if isinstance(total, float):
        total = round(total, 6)
    print(label, len(values), total, values[:2], values[-1:], digest(values))


N = 3000
for seed in [0, 1, 42, 2**40 + 7, -5, 'text', b'bytes', 3.25]:
    r = random.Random(seed)
    print('seed', repr(seed))
    show(' randrange1', [r.randrange(10) for _ in range(N)])
    show(' randrange2', [r.randrange(-50, 1000) for _ in range(N)])
    show(' randrange3', [r.randrange(5, 2000, 7) for _ in range(N)])
    show(' randrange-', [r.randrange(100, -100, -3) for _ in range(N)])
    show(' randint', [r.randint(1, 6) for _ in range(N)])
    show(' randint2p', [r.randint(0, 2**32) for _ in range(N)])
    show(' randint47', [r.randint(-2**47, 2**47) for _ in range(N)])
    show(' randintbig', [r.randint(0, 2**100) for _ in range(200)])
    show(' randint63', [r.randint(-2**63, 2**63 - 1) for _ in range(300)])
    show(' randint63b', [r.randint(0, 2**63) for _ in range(300)])
    show(' randrange62', [r.randrange(2**62) for _ in range(300)])
    show(' randrange_st', [r.randrange(-2**63, 2**63 - 1, 2**40 + 3) for _ in range(300)])
    show(' sample_r62', r.sample(range(2**62, 2**63 - 1, 5), 40))
    show(' randbelow', [r._randbelow(n) for n in range(1, N)])
    show(' randbytes', [r.randbytes(n % 11) for n in range(300)])
    show(' choice', [r.choice('abcdefghij') for _ in range(N)])
    show(' choicel', [r.choice([1, 2.5, None, 'x', (4,)]) for _ in range(N)])
    show(' choicer', [r.choice(range(3, 10**6, 7)) for _ in range(N)])
    seq = list(range(1000))
    r.shuffle(seq)
    show(' shuffle', seq)
    seq = list('abcdefgh')
    for _ in range(50):
        r.shuffle(seq)
    show(' shuffle50', seq)
    show(' sample_pool', r.sample(range(100), 30))
    show(' sample_set', r.sample(range(10**7), 500))
    show(' sample_all', r.sample(list(range(40)), 40))
    show(' sample_k6', [r.sample(range(60), 6) for _ in range(200)])
    show(' sample_str', r.sample('abcdefghijklmnop', 5))
    show(' sample_cnt', r.sample(['a', 'b', 'c'], counts=[3, 5, 200], k=100))
    show(' choices', r.choices(range(50), k=N))
    show(' choices_w', r.choices('abc', [1, 2.5, 10], k=N))
    show(' choices_wi', r.choices('abcde', weights=[5, 0, 3, 1, 1], k=N))
    show(' choices_cw', r.choices('xyz', cum_weights=[0.5, 3, 3.5], k=N))
    show(' uniform', [r.uniform(-3, 7.5) for _ in range(N)])
    show(' uniformi', [r.uniform(1, 2) for _ in range(N)])
    show(' triangular', [r.triangular() for _ in range(N)])
    show(' triangularm', [r.triangular(0, 10, 2) for _ in range(N)])
    show(' triangular2', [r.triangular(5.0, -2.0, 0.5) for _ in range(N)])
    show(' normal', [r.normalvariate(2, 3) for _ in range(N)])
    show(' gauss', [r.gauss(1.5, 0.25) for _ in range(N)])
    show(' gauss0', [r.gauss() for _ in range(N + 1)])
    show(' lognorm', [r.lognormvariate(0, 0.5) for _ in range(N)])
    show(' expo', [r.expovariate(1.5) for _ in range(N)])
    show(' vonmises', [r.vonmisesvariate(1.0, 4.0) for _ in range(N)])
    show(' vonmises0', [r.vonmisesvariate(1.0, 1e-7) for _ in range(100)])
    show(' vonmisesS', [r.vonmisesvariate(-2.0, 0.3) for _ in range(N)])
    show(' gamma_big', [r.gammavariate(5.5, 2) for _ in range(N)])
    show(' gamma_one', [r.gammavariate(1, 3) for _ in range(N)])
    show(' gamma_small', [r.gammavariate(0.3, 1.5) for _ in range(N)])
    show(' beta', [r.betavariate(2, 5) for _ in range(N)])
    show(' beta_small', [r.betavariate(0.2, 0.4) for _ in range(N)])
    show(' pareto', [r.paretovariate(3) for _ in range(N)])
    show(' weibull', [r.weibullvariate(2, 1.5) for _ in range(N)])
    print(' after', r.random(), r.getrandbits(70))

# The module-level functions share one generator.
random.seed(2024)
show('module', [random.randint(1, 100) for _ in range(N)] + [random.random(), random.gauss()])
st = random.getstate()
a = [random.gauss(0, 1) for _ in range(7)]
random.setstate(st)
print('state replay', a == [random.gauss(0, 1) for _ in range(7)])
