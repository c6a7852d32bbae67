import statistics as st
from fractions import Fraction as F
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(st.stdev, [1.0, float('inf')]); t(st.variance, [1.0, float('inf')]); t(st.stdev, [1, float('nan')]); t(st.mean, [1, float('inf')]);
t(st.median_grouped, [1,2,2,3,4]); t(st.median_grouped, [1,3,3,5,7], interval=2); t(st.median_grouped, ['a','b']); t(st.median_grouped, [1.5, 2.5]);
t(st.quantiles, [1]); t(st.quantiles, [1,2], n=0); t(st.quantiles, [1,2,3], method='x');
t(st.harmonic_mean, [1,2,4]); t(st.harmonic_mean, [2]); t(st.harmonic_mean, [-2]); t(st.harmonic_mean, ['a']); t(st.harmonic_mean, [1, 0, 2]); t(st.harmonic_mean, [1, -1]);t(st.harmonic_mean, [1, 2], weights=[1]); t(st.harmonic_mean, [40, 60], weights=[5, 30])
t(st.geometric_mean, [1, -1]); t(st.geometric_mean, []); t(st.geometric_mean, [54, 24, 36])
t(st.mean, ['a','b']); t(st.mean, [1, 'a']); t(st.mean, [F(1), 2.0]); t(st.mean, [True, False]); t(st.mean, [1, F(1,2)])
t(st.fmean, [1,2], weights=[1]); t(st.fmean, [1,2], weights=[0,0]); t(st.fmean, []); t(st.fmean, iter([1,2,3])); t(st.fmean, [3.5, 4.0, 5.25]); t(st.fmean, [85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])
t(st.variance, [1, 2], xbar=1.5); t(st.pvariance, [F(1,2), F(1,3)]); t(st.stdev, [F(1,2), F(1,3)]); t(st.variance, [1,2,3,4]); t(st.variance, [1,2,3,5]); t(st.pstdev, [1])
t(st.mode, []); t(st.mode, 'aabbc'); t(st.multimode, 'aabbc'); t(st.multimode, '')
print(st.median_grouped([5]), st.median_grouped([1,2],interval=F(1,2)), st.median_grouped([F(1,2),F(3,2)]), st.median([1,3]), st.median([1,2]), st.median_low([1,2,3,4]), st.median_high([1,2,3,4]), st.quantiles([1,2,3,4,5,6,7,8,9,10]), st.quantiles([1,2,3,4,5], n=3, method='inclusive'), st.quantiles([1.5,2.5,10], n=5))
for name in ['median_low', 'variance', 'stdev', 'pvariance', 'pstdev', 'mean', 'median_grouped', 'median_high', 'median', 'harmonic_mean', 'mode']:
    t(getattr(st, name), [] if name not in ('variance', 'stdev') else [1])
t(st.mean, iter([]))
class R:
    def __init__(self): self.s = 12345
    def random(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.s >> 11) / 2**53
    def randrange(self, a, b): return a + int(self.random() * (b - a))
random = R()
for k in range(40):
    data = [random.random() * 100 - 20 for _ in range(k % 9 + 2)]
    print(st.mean(data), st.fmean(data), st.median(data), st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data), st.quantiles(data, n=k % 6 + 1))
    idata = [random.randrange(-50, 100) for _ in range(k % 7 + 2)]
    print(st.mean(idata), st.variance(idata), st.stdev(idata), st.pstdev(idata), st.median_grouped(idata), st.quantiles(idata, method='inclusive'), st.mode(idata), st.multimode(idata))
    pos = [abs(x) + 1 for x in data]
    print(st.harmonic_mean(pos), st.geometric_mean(pos), st.pvariance(data, 3.0))
    t(st.correlation, data, pos); t(st.covariance, data, pos); t(st.linear_regression, data, pos)
t(st.linear_regression, [1, 2, 3], [2, 4, 6.5], proportional=True)
t(st.linear_regression, [1, 1], [2, 4]); t(st.correlation, [1, 1], [1, 2]); t(st.covariance, [1], [1]); t(st.covariance, [1, 2], [1])
r = st.linear_regression([1, 2, 3], [1, 2, 4]); print(r.slope, r.intercept, r[0], tuple(r))
t(st.mean, [F(1,3), F(1,6)]); t(st.variance, [F(1,3), F(1,6), 1]); t(st.median, [F(1,3), F(1,6)])
t(st.mean, [1, 2, 3]); t(st.mean, [1e308, 1e308]); t(st.variance, [1e200, -1e200])
try:
    raise st.StatisticsError('x')
except ValueError as e:
    print('caught', e)
