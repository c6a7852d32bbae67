import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(st.mean, [D('1.5'), 2.0]); t(st.mean, [D('1.5'), F(1, 2)]); t(st.mean, [D('1.5'), 2]); t(st.fmean, [D('1.5'), 2]); t(st.variance, [D('1.5'), D('2.25'), D('3')])
t(st.median, ['b', 'a', 'c']); t(st.median_low, ['b', 'a', 'c', 'd']); t(st.mode, [1.5, 2.5, 1.5]); t(st.multimode, [1, 1, 2, 2, 3])
t(st.mean, (x for x in [1, 2, 3, 4])); t(st.variance, iter([1.5, 2.5, 3.5])); t(st.pstdev, [F(1, 3), F(2, 3), 1]); t(st.stdev, [1, 2, 3, 4], xbar=2.5)
t(st.harmonic_mean, [D('2'), D('4')]); t(st.harmonic_mean, [F(1, 2), F(1, 4)]); t(st.geometric_mean, [D('2'), D('8')]); t(st.quantiles, [F(1), F(2), F(3)], n=2)
t(st.mean, [True, True, False]); t(st.median, [1, 2.5]); t(st.mean, [1e308, 1e308, -1e308]); t(st.fmean, [1e308, 1e308])
t(st.variance, [1, 1, 1]); t(st.stdev, [D('1'), D('1')]); t(st.pvariance, [D('1.5')]); t(st.stdev, [1.5, float('nan')])
class MyFloat(float): pass
t(st.mean, [MyFloat(1.5), 2.5]); t(lambda: type(st.mean([MyFloat(1.5), 2.5])).__name__)
