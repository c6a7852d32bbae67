"""Basic statistics of numeric data (the `statistics` module), written for
Pyrite.

Means and variances are computed exactly: every data point is turned into a
ratio of integers, the sums are exact Fractions, and only the final result
is converted back to the data's type (int, float, Fraction or Decimal).
"""

import math as _m
import sys as _sys
from fractions import Fraction as _Frac

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
    'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# -- exact arithmetic helpers ----------------------------------------------

def _decimal_type():
    dm = _sys.modules.get('decimal')
    return getattr(dm, 'Decimal', None) if dm is not None else None


def _ratio(x):
    """(p, q) with x == p/q exactly; (x, None) for a float inf or nan."""
    try:
        conv = x.as_integer_ratio
    except AttributeError:
        conv = None
    if conv is not None:
        try:
            return conv()
        except (OverflowError, ValueError):
            return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)


def _common_type(t, s):
    """The type a result should have when data of types t and s are mixed."""
    if t is s:
        return t
    if s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, _Frac) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, _Frac):
        return t
    raise TypeError("don't know how to coerce %s and %s" % (t.__name__, s.__name__))


def _exact_sum(values):
    """(result type, exact total, count) of an iterable of numbers.
    The total is a Fraction, or a float when some value is inf or nan."""
    rtype = int
    count = 0
    by_den = {}
    special = None
    for x in values:
        count += 1
        rtype = _common_type(rtype, type(x))
        p, q = _ratio(x)
        if q is None:
            special = p if special is None else special + p
        else:
            by_den[q] = by_den.get(q, 0) + p
    if special is not None:
        return rtype, special, count
    total = _Frac(0)
    for q in by_den:
        total += _Frac(by_den[q], q)
    return rtype, total, count


def _to_type(value, rtype):
    """Converts an exact result back to the data's type."""
    if type(value) is rtype:
        return value
    if issubclass(rtype, int) and value.denominator != 1:
        rtype = float
    try:
        return rtype(value)
    except TypeError:
        dec = _decimal_type()
        if dec is not None and issubclass(rtype, dec):
            return rtype(value.numerator) / rtype(value.denominator)
        raise


def _squares(data, center):
    """(result type, exact sum of squared deviations, count)."""
    if center is not None:
        def devs():
            for x in data:
                d = x - center
                yield d * d
        return _exact_sum(devs())
    rtype = int
    pts = []
    special = None
    count = 0
    for x in data:
        count += 1
        rtype = _common_type(rtype, type(x))
        p, q = _ratio(x)
        if q is None:
            special = p if special is None else special + p
        else:
            pts.append(_Frac(p, q))
    if special is not None:
        return rtype, special, count
    if not pts:
        return rtype, _Frac(0), 0
    s1 = sum(pts, _Frac(0))
    s2 = _Frac(0)
    for v in pts:
        s2 += v * v
    return rtype, s2 - s1 * s1 / len(pts), len(pts)


def _isqrt_odd(n, m):
    """floor(sqrt(n/m)), with the lowest bit set when inexact (round to odd)."""
    r = _m.isqrt(n // m)
    if r * r * m != n:
        r |= 1
    return r


def _sqrt_ratio(n, m):
    """sqrt(n/m) correctly rounded to a float."""
    # Scale so the integer root carries comfortably more bits than a double
    # (round-to-odd then makes the final int/int division round correctly).
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        return float(_isqrt_odd(n, m << (2 * shift)) << shift)
    return _isqrt_odd(n << (-2 * shift), m) / (1 << -shift)


def _decimal_sqrt_ratio(n, m):
    """sqrt(n/m) as a Decimal, correctly rounded: Decimal's own sqrt of the
    rounded quotient can be one unit off, so check the neighbours."""
    dec = _decimal_type()
    if n <= 0:
        if n == 0:
            return dec('0.0')
        n, m = -n, -m
    target = _Frac(n, m)
    root = (dec(n) / dec(m)).sqrt()
    here = _Frac(*root.as_integer_ratio())
    up = root.next_plus()
    mid = (here + _Frac(*up.as_integer_ratio())) / 2
    if mid * mid < target:
        return up
    down = root.next_minus()
    mid = (here + _Frac(*down.as_integer_ratio())) / 2
    if mid * mid > target:
        return down
    return root


# -- averages ---------------------------------------------------------------

def mean(data):
    """Arithmetic mean, computed exactly and converted to the data's type."""
    rtype, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _to_type(total / n, rtype)


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean (optionally weighted)."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return _m.fsum(data) / n
    data = list(data) if not hasattr(data, '__len__') else data
    weights = list(weights) if not hasattr(weights, '__len__') else weights
    num = _m.fsum([x * w for x, w in zip(data, weights)])
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = _m.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Geometric mean of positive numbers, as a float."""
    try:
        return _m.exp(fmean([_m.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _no_negatives(values, msg):
    for v in values:
        if v < 0:
            raise StatisticsError(msg)
        yield v


def harmonic_mean(data, weights=None):
    """Harmonic mean: the reciprocal of the mean of the reciprocals."""
    neg = 'harmonic mean does not support negative values'
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        dec = _decimal_type()
        if isinstance(only, (int, float, _Frac)) or (dec is not None and isinstance(only, dec)):
            if only < 0:
                raise StatisticsError(neg)
            return only
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        wsum = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        wsum = _exact_sum(_no_negatives(weights, neg))[1]
    try:
        pos = _no_negatives(data, neg)
        rtype, total, _ = _exact_sum((w / x) if w else 0 for w, x in zip(weights, pos))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _to_type(wsum / total, rtype)


def median(data):
    """Middle value, or the mean of the two middle values."""
    s = sorted(data)
    n = len(s)
    if n == 0:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return s[half]
    return (s[half - 1] + s[half]) / 2


def median_low(data):
    """The smaller of the two middle values when there are an even number."""
    s = sorted(data)
    n = len(s)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return s[(n - 1) // 2]


def median_high(data):
    """The larger of the two middle values when there are an even number."""
    s = sorted(data)
    n = len(s)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return s[n // 2]


def median_grouped(data, interval=1):
    """Median of continuous data grouped in classes of width `interval`,
    found by interpolation within the median class (a float)."""
    s = sorted(data)
    n = len(s)
    if n == 0:
        raise StatisticsError('no median for empty data')
    mid = s[n // 2]
    first = 0
    while first < n and s[first] < mid:
        first += 1
    last = first
    while last < n and not (mid < s[last]):
        last += 1
    try:
        width = float(interval)
        mid = float(mid)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = mid - width / 2.0
    return lower + width * (n / 2 - first) / (last - first)


def mode(data):
    """The most common value (the first one seen among equally common)."""
    counts = _tally(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best, best_n = None, -1
    for v, c in counts.items():
        if c > best_n:
            best, best_n = v, c
    return best


def multimode(data):
    """All the most common values, in first-seen order."""
    counts = _tally(data)
    if not counts:
        return []
    top = max(counts.values())
    return [v for v, c in counts.items() if c == top]


def _tally(data):
    counts = {}
    for v in data:
        counts[v] = counts.get(v, 0) + 1
    return counts


def quantiles(data, *, n=4, method='exclusive'):
    """n - 1 cut points dividing the data into n equal-probability groups."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    s = sorted(data)
    size = len(s)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for k in range(1, n):
            idx, frac = divmod(k * span, n)
            cuts.append((s[idx] * (n - frac) + s[idx + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for k in range(1, n):
            idx = min(max(k * span // n, 1), size - 1)
            frac = k * span - idx * n
            cuts.append((s[idx - 1] * (n - frac) + s[idx] * frac) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# -- spread -------------------------------------------------------------------

def variance(data, xbar=None):
    """Sample variance (divides by n - 1)."""
    rtype, ss, n = _squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(ss / (n - 1), rtype)


def pvariance(data, mu=None):
    """Population variance (divides by n)."""
    rtype, ss, n = _squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(ss / n, rtype)


def _root(rtype, v):
    dec = _decimal_type()
    if dec is not None and issubclass(rtype, dec):
        return _decimal_sqrt_ratio(v.numerator, v.denominator)
    return _sqrt_ratio(v.numerator, v.denominator)


def stdev(data, xbar=None):
    """Sample standard deviation: the square root of the sample variance."""
    rtype, ss, n = _squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(rtype, ss / (n - 1))


def pstdev(data, mu=None):
    """Population standard deviation."""
    rtype, ss, n = _squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(rtype, ss / n)


# -- two inputs -------------------------------------------------------------

def _pair_means(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n, _m.fsum(x) / n, _m.fsum(y) / n


def covariance(x, y, /):
    """Sample covariance of two inputs."""
    n, mx, my = _pair_means(x, y, 'covariance')
    return _m.fsum([(a - mx) * (b - my) for a, b in zip(x, y)]) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n, mx, my = _pair_means(x, y, 'correlation')
    sxy = _m.fsum([(a - mx) * (b - my) for a, b in zip(x, y)])
    sxx = _m.fsum([(a - mx) * (a - mx) for a in x])
    syy = _m.fsum([(b - my) * (b - my) for b in y])
    try:
        return sxy / _m.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression(tuple):
    """(slope, intercept) of a least-squares line."""

    __slots__ = ()
    _fields = ('slope', 'intercept')

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    @property
    def slope(self):
        return self[0]

    @property
    def intercept(self):
        return self[1]

    def __repr__(self):
        return 'LinearRegression(slope=%r, intercept=%r)' % (self[0], self[1])


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least-squares line through the
    points; with proportional=True the line passes through the origin."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = _m.fsum([a * b for a, b in zip(x, y)])
        sxx = _m.fsum([a * a for a in x])
    else:
        mx = _m.fsum(x) / n
        my = _m.fsum(y) / n
        sxy = _m.fsum([(a - mx) * (b - my) for a, b in zip(x, y)])
        sxx = _m.fsum([(a - mx) * (a - mx) for a in x])
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        return LinearRegression(slope, 0.0)
    return LinearRegression(slope, my - slope * mx)


class NormalDist:
    """Not provided by Pyrite yet."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('statistics.NormalDist is not implemented in Pyrite')
