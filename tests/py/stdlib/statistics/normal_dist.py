from statistics import NormalDist, StatisticsError
import statistics
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance, NormalDist())
for x in [70, 85, 100, 115.5, 160, -1e9]:
    print(n.pdf(x), n.cdf(x), n.zscore(x))
for p in [1e-300, 1e-12, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97575, 0.999, 1 - 1e-12, 0.075, 0.0745]:
    print(p, n.inv_cdf(p), NormalDist().inv_cdf(p))
print(n.quantiles(), n.quantiles(10), NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(1, 2).overlap(NormalDist(3, 2)), NormalDist(0, 1).overlap(NormalDist(0, 1)))
print(n + 5, n - 5, n * 2, n / 2, 5 + n, 5 - n, 2 * n, -n, +n, n + NormalDist(1, 20), n - NormalDist(1, 20), n == NormalDist(100, 15), n == NormalDist(100, 16), hash(n) == hash(NormalDist(100.0, 15.0)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples([1, 2, 3, 4, 5, 6]))
t(lambda: NormalDist(0, -1)); t(lambda: NormalDist(0, 0).pdf(1)); t(lambda: NormalDist(0, 0).cdf(1)); t(lambda: NormalDist(0, 0).inv_cdf(0.5)); t(lambda: n.inv_cdf(0)); t(lambda: n.inv_cdf(1.0)); t(lambda: NormalDist(0,0).zscore(1)); t(lambda: n.overlap(3)); t(lambda: NormalDist(0, 0).overlap(n)); t(lambda: NormalDist.from_samples([1]))
