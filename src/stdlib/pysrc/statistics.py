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


def _squares(data, center, want_mean=False):
    """(result type, exact sum of squared deviations, count), plus the
    exact mean when want_mean (only without a given center)."""
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
        res = (rtype, special, count)
        return res + (special,) if want_mean else res
    if not pts:
        res = (rtype, _Frac(0), 0)
        return res + (_Frac(0),) if want_mean else res
    s1 = sum(pts, _Frac(0))
    s2 = _Frac(0)
    for v in pts:
        s2 += v * v
    res = (rtype, s2 - s1 * s1 / len(pts), len(pts))
    return res + (s1 / len(pts),) if want_mean else res


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


# Wichura's algorithm AS241 (PPND16) for the inverse normal CDF: rational
# approximations in three regions, coefficients highest power first.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0),
)
_AS241_NEAR = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0),
)
_AS241_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0),
)


def _horner(coeffs, r):
    acc = coeffs[0]
    for c in coeffs[1:]:
        acc = acc * r + c
    return acc


def _inv_cdf(p, mu, sigma):
    q = p - 0.5
    if _m.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241_CENTRAL
        x = (_horner(top, r) * q) / _horner(bottom, r)
        return mu + (x * sigma)
    r = _m.sqrt(-_m.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r = r - 1.6
        top, bottom = _AS241_NEAR
    else:
        r = r - 5.0
        top, bottom = _AS241_TAIL
    x = _horner(top, r) / _horner(bottom, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    """A normal distribution N(mu, sigma) of a random variable."""

    __slots__ = ('_loc', '_scale')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._loc = float(mu)
        self._scale = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution estimated from sample data (mean and stdev)."""
        rtype, ss, n, center = _squares(data, None, True)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        spread = ss / (n - 1)
        if isinstance(spread, float):
            return cls(float(center), float(center) / float(ss))
        return cls(float(center), _sqrt_ratio(spread.numerator, spread.denominator))

    def samples(self, n, *, seed=None):
        """n random samples (needs the `random` module)."""
        import random
        draw = random.gauss if seed is None else random.Random(seed).gauss
        return [draw(self._loc, self._scale) for _ in range(n)]

    def pdf(self, x):
        """Probability density at x."""
        var = self._scale * self._scale
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._loc
        return _m.exp(d * d / (-2.0 * var)) / _m.sqrt(_m.tau * var)

    def cdf(self, x):
        """Probability that the variable is at most x."""
        if not self._scale:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + _m.erf((x - self._loc) / (self._scale * _m.sqrt(2.0))))

    def inv_cdf(self, p):
        """The x with cdf(x) == p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._scale <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _inv_cdf(p, self._loc, self._scale)

    def quantiles(self, n=4):
        """n - 1 cut points dividing the distribution in n equal parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient of two normal distributions."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._scale, b._loc) < (a._scale, a._loc):
            a, b = b, a
        va = a._scale * a._scale
        vb = b._scale * b._scale
        if not va or not vb:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = vb - va
        dm = _m.fabs(b._loc - a._loc)
        if not dv:
            return 1.0 - _m.erf(dm / (2.0 * a._scale * _m.sqrt(2.0)))
        lin = a._loc * vb - b._loc * va
        rad = a._scale * b._scale * _m.sqrt(dm * dm + dv * _m.log(vb / va))
        lo = (lin + rad) / dv
        hi = (lin - rad) / dv
        return 1.0 - (_m.fabs(b.cdf(lo) - a.cdf(lo)) + _m.fabs(b.cdf(hi) - a.cdf(hi)))

    def zscore(self, x):
        """Standard score of x: (x - mean) / stdev."""
        if not self._scale:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._loc) / self._scale

    @property
    def mean(self):
        return self._loc

    @property
    def median(self):
        return self._loc

    @property
    def mode(self):
        return self._loc

    @property
    def stdev(self):
        return self._scale

    @property
    def variance(self):
        return self._scale * self._scale

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._loc + other._loc, _m.hypot(self._scale, other._scale))
        return NormalDist(self._loc + other, self._scale)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._loc - other._loc, _m.hypot(self._scale, other._scale))
        return NormalDist(self._loc - other, self._scale)

    def __mul__(self, k):
        return NormalDist(self._loc * k, self._scale * _m.fabs(k))

    def __truediv__(self, k):
        return NormalDist(self._loc / k, self._scale / _m.fabs(k))

    def __pos__(self):
        return NormalDist(self._loc, self._scale)

    def __neg__(self):
        return NormalDist(-self._loc, self._scale)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        return -(self - other)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._loc == other._loc and self._scale == other._scale

    def __hash__(self):
        return hash((self._loc, self._scale))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._loc, self._scale)

    def __getstate__(self):
        return (self._loc, self._scale)

    def __setstate__(self, state):
        self._loc, self._scale = state
