"""Correctly rounded exp, ln, log10 and non-integer powers for Pyrite's
`decimal` module (imported by it on first use).

Each function is evaluated in fixed point with Python ints at a working
precision W, giving an approximation N * 10**k with a known error bound.
If both ends of the error interval round to the same Decimal, that is the
correctly rounded result; otherwise W grows and the evaluation is redone.
"""

import decimal as _d

_make = _d._make
_finish = _d._finish
_ndigits = _d._ndigits

_ERR = 64          # error bound, in units of the last fixed-point digit
_CACHE = {}


def _atanh_inv(k, scale):
    """atanh(1/k) * scale (truncated; error below the number of terms)."""
    total = 0
    term = scale // k
    k2 = k * k
    n = 1
    while term:
        total += term // n
        term //= k2
        n += 2
    return total


def _ln2(w):
    key = ('ln2', w)
    if key not in _CACHE:
        g = 10 ** (w + 10)
        _CACHE[key] = (2 * _atanh_inv(3, g)) // 10 ** 10
    return _CACHE[key]


def _ln10(w):
    key = ('ln10', w)
    if key not in _CACHE:
        g = 10 ** (w + 10)
        # ln 10 = 3 ln 2 + ln(5/4),  ln(5/4) = 2 atanh(1/9)
        _CACHE[key] = (6 * _atanh_inv(3, g) + 2 * _atanh_inv(9, g)) // 10 ** 10
    return _CACHE[key]


def _fx_ln(coef, exp, w):
    """ln(coef * 10**exp) * 10**w, for coef > 0 (error of a few units)."""
    g = w + 10
    scale = 10 ** g
    k = coef.bit_length() - 1
    p2 = 1 << k
    # coef = m * 2**k with m in [1, 2): ln m = 2 atanh((m - 1) / (m + 1))
    t = ((coef - p2) * scale) // (coef + p2)
    t2 = t * t // scale
    total = 0
    term = t
    n = 1
    while term:
        total += term // n
        term = term * t2 // scale
        n += 2
    value = 2 * total + k * _ln2(g) + exp * _ln10(g)
    return value // 10 ** 10


def _fx_exp(z, w):
    """(N, k, err) with exp(z / 10**w) = N * 10**k within err * 10**k,
    allowing z itself to be a few units off."""
    l10 = _ln10(w)
    n = z // l10
    r = z - n * l10                     # 0 <= r < ln 10, scaled by 10**w
    g = w + 10
    scale = 10 ** g
    rr = r * 10 ** 10
    total = scale
    term = scale
    i = 1
    while term:
        term = term * rr // (scale * i)
        total += term
        i += 1
    # an error of d units in r is a relative error of d * 10**-w, that is
    # about d * 10**11 units of total (which carries w + 10 digits)
    return total, n - g, (abs(n) + 20) * 10 ** 11 + 10 * i


def _fits(n, k, err, sign, ctx):
    """The correctly rounded Decimal if the interval (n +- err) * 10**k
    rounds to a single value at the context precision, else None."""
    work = _d.Context(prec=ctx.prec, rounding=ctx.rounding, Emin=_d.MIN_EMIN,
                      Emax=_d.MAX_EMAX, traps=[])
    lo = _finish(_make(sign, max(n - err, 0), k), work, [])
    hi = _finish(_make(sign, n + err, k), work, [])
    if (lo._int, lo._exp) != (hi._int, hi._exp):
        return None
    # a point strictly inside the interval, so the final rounding flags
    # the result as inexact
    return _finish(_make(sign, n * 10 + 1, k - 1), ctx, [])


def _refine(approx, sign, ctx, extra):
    """Runs approx(w) -> (n, k) with growing w until the result is known."""
    w = ctx.prec + 12 + extra
    limit = 3 * ctx.prec + 120 + extra
    while True:
        n, k, err = approx(w)
        res = _fits(n, k, err, sign, ctx)
        if res is not None:
            return res
        if w > limit:
            return _finish(_make(sign, n * 10 + 1, k - 1), ctx, [])
        w += w // 2 + 10


def _half_even(fn):
    """Wraps fn(x, ctx) to round half-even whatever the context says (as
    the specification requires for exp, ln and log10); the flags raised go
    to the caller's context."""
    def run(x, ctx):
        even = ctx.copy()
        even.clear_flags()
        even.rounding = _d.ROUND_HALF_EVEN
        try:
            return fn(x, even)
        finally:
            raised = [sig for sig in _d._LISTED if even.flags[sig]]
            for sig in raised:
                dict.__setitem__(ctx.flags, sig, True)
            if even.flags.first_invalid is not None:
                old = ctx.flags.first_invalid
                if old is None or even.flags.first_invalid < old:
                    ctx.flags.first_invalid = even.flags.first_invalid
    return run


def _special(x, ctx):
    return _d._nan_result(x, None, ctx) if x.is_nan() else None


def _near_one(x):
    """-adjusted(x - 1) when x is close to 1 (extra digits lost to
    cancellation in ln x), else 0."""
    if x._exp >= 0:
        return 0
    one = 10 ** (-x._exp)
    diff = abs(x._int - one)
    if diff == 0 or diff * 10 > one:
        return 0
    return _ndigits(one) - _ndigits(diff)


@_half_even
def exp(x, ctx):
    nan = _special(x, ctx)
    if nan is not None:
        return nan
    if x._exp == 'F':
        return _make(0, 0, 0) if x._sign else x
    if x._int == 0:
        return _make(0, 1, 0)
    adj = x.adjusted()
    if adj < -(ctx.prec + 3):
        # exp(x) = 1 + x + (a positive amount far below the last digit)
        work = _d.Context(prec=ctx.prec + 5 - adj, rounding=_d.ROUND_DOWN,
                          Emin=_d.MIN_EMIN, Emax=_d.MAX_EMAX, traps=[])
        near = _d._add(_make(0, 1, 0), x, work)
        return _finish(_make(0, near._int * 10 + 1, near._exp - 1), ctx, [])
    if adj > _ndigits(max(ctx.Emax, ctx.prec - ctx.Emin)) + 1:
        # far outside the exponent range: overflow or underflow
        if x._sign:
            return _finish(_make(0, 1, ctx.Emin - ctx.prec - 10), ctx, [])
        return _finish(_make(0, 1, ctx.Emax + 10), ctx, [])
    mag_digits = max(adj + 1, 0)

    def approx(w):
        ww = w + mag_digits + 2
        if x._exp >= -ww:
            z = x._int * 10 ** (ww + x._exp)
        else:
            z = x._int // 10 ** (-ww - x._exp)
        if x._sign:
            z = -z
        return _fx_exp(z, ww)

    return _refine(approx, 0, ctx, mag_digits)


@_half_even
def ln(x, ctx):
    nan = _special(x, ctx)
    if nan is not None:
        return nan
    if x._exp == 'F':
        if x._sign:
            return _d._invalid(ctx)
        return x
    if x._int == 0:
        return _d._inf(1)
    if x._sign:
        return _d._invalid(ctx)
    if x._exp <= 0 and x._int == 10 ** (-x._exp):
        return _make(0, 0, 0)
    extra = _near_one(x)

    def approx(w):
        v = _fx_ln(x._int, x._exp, w)
        return abs(v), -w, _ERR

    sign = 1 if (x._exp < 0 and x._int < 10 ** (-x._exp)) else 0
    return _refine(approx, sign, ctx, extra)


@_half_even
def log10(x, ctx):
    nan = _special(x, ctx)
    if nan is not None:
        return nan
    if x._exp == 'F':
        if x._sign:
            return _d._invalid(ctx)
        return x
    if x._int == 0:
        return _d._inf(1)
    if x._sign:
        return _d._invalid(ctx)
    c, e = x._int, x._exp
    while c % 10 == 0:
        c //= 10
        e += 1
    if c == 1:
        return _finish(_make(1 if e < 0 else 0, abs(e), 0), ctx, [])
    extra = _near_one(x)

    def approx(w):
        g = w + 5
        v = _fx_ln(x._int, x._exp, g) * 10 ** g // _ln10(g)
        return abs(v) // 10 ** 5, -w, _ERR

    sign = 1 if (x._exp < 0 and x._int < 10 ** (-x._exp)) else 0
    return _refine(approx, sign, ctx, extra)


def power(x, y, ctx):
    """x ** y for a finite, non-integral y."""
    if x._exp == 'F' or x._int == 0:
        return None
    if x._sign:
        return _d._invalid(ctx)
    ymag = max(y.adjusted() + 1, 0)
    extra = _near_one(x) + ymag

    def approx(w):
        ww = w + ymag + 4
        lnx = _fx_ln(x._int, x._exp, ww + _ndigits(y._int))
        z = lnx * y._int
        # z is y * ln x scaled by 10**(ww + digits(y) - y.exp)
        shift = ww + _ndigits(y._int) - y._exp - ww
        z = z // 10 ** shift if shift >= 0 else z * 10 ** (-shift)
        if y._sign:
            z = -z
        return _fx_exp(z, ww)

    return _refine(approx, 0, ctx, extra)
