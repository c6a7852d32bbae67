# Every real-valued distribution, bit-exact with CPython for several seeds.
import random

for s in [1, 7, 123, 'dist', 2**33]:
    r = random.Random(s)
    print(s)
    print(' ', r.uniform(2, 5), r.uniform(5, 2), r.triangular(), r.triangular(0, 10, 2), r.triangular(3, 3))
    print(' ', r.gauss(), r.gauss(10, 2), r.gauss(), r.normalvariate(), r.normalvariate(5, 0.5))
    print(' ', r.lognormvariate(0, 1), r.expovariate(1.5), r.expovariate(0.1))
    print(' ', r.vonmisesvariate(1.0, 0.0), r.vonmisesvariate(1.0, 4.0), r.vonmisesvariate(0.0, 0.5))
    print(' ', r.gammavariate(0.5, 1), r.gammavariate(1.0, 2.0), r.gammavariate(3.0, 1.5), r.gammavariate(0.2, 3.0))
    print(' ', r.betavariate(2, 5), r.betavariate(0.5, 0.5), r.paretovariate(2.5), r.weibullvariate(1.0, 1.5))
    print(' ', [round(r.gauss(), 6) for _ in range(5)])
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print('ValueError', e)
