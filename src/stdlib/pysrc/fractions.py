"""Rational numbers (the `fractions` module), written for Pyrite.

A Fraction is kept in lowest terms with a positive denominator.
"""

import math as _m
import sys as _sys

__all__ = ['Fraction']

# Hashing of rationals follows the documented numeric-hash rule: the value
# reduced modulo the prime P = 2**61 - 1, with inf for a denominator that is
# a multiple of P.
_HASH_P = (1 << 61) - 1
_HASH_INF = 314159


def _numbers_rational():
    nm = _sys.modules.get('numbers')
    if nm is None:
        return None
    return getattr(nm, 'Rational', None)


def _is_rational(x):
    if isinstance(x, (int, Fraction)):
        return True
    r = _numbers_rational()
    return r is not None and isinstance(x, r)


def _is_decimal(x):
    dm = _sys.modules.get('decimal')
    return dm is not None and isinstance(x, getattr(dm, 'Decimal', ()))


def _digit_run(s, i, allow_empty):
    """Scans digits with single underscores between them starting at s[i].
    Returns (end, text) or None when the run is malformed."""
    n = len(s)
    j = i
    parts = []
    while True:
        k = j
        while k < n and s[k].isdecimal():
            k += 1
        if k == j:
            # no digits here
            if not parts and allow_empty:
                return j, ''
            return None
        parts.append(s[j:k])
        if k < n and s[k] == '_' and k + 1 < n and s[k + 1].isdecimal():
            j = k + 1
            continue
        return k, ''.join(parts)


def _parse(text):
    """The (numerator, denominator) written in `text`, or None."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    has_digit = i < n and s[i].isdecimal()
    has_point_digit = i + 1 < n and s[i] == '.' and s[i + 1].isdecimal()
    if not (has_digit or has_point_digit):
        return None
    r = _digit_run(s, i, True)
    if r is None:
        return None
    i, whole = r
    num = int(whole) if whole else 0
    den = 1
    if i < n and s[i] == '/':
        r = _digit_run(s, i + 1, False)
        if r is None:
            return None
        i, dtext = r
        den = int(dtext)
    else:
        if i < n and s[i] == '.':
            r = _digit_run(s, i + 1, True)
            if r is None:
                return None
            i, frac = r
            if frac:
                scale = 10 ** len(frac)
                num = num * scale + int(frac)
                den = scale
        if i < n and s[i] in 'eE':
            j = i + 1
            esign = 1
            if j < n and s[j] in '+-':
                esign = -1 if s[j] == '-' else 1
                j += 1
            r = _digit_run(s, j, False)
            if r is None:
                return None
            i, etext = r
            e = int(etext) * esign
            if e >= 0:
                num *= 10 ** e
            else:
                den *= 10 ** (-e)
    if i != n:
        return None
    if negative:
        num = -num
    return num, den


class Fraction:
    """A rational number numerator/denominator in lowest terms."""

    __slots__ = ('_num', '_den')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._num = numerator
                self._den = 1
                return self
            if isinstance(numerator, Fraction):
                self._num = numerator._num
                self._den = numerator._den
                return self
            if isinstance(numerator, int):
                self._num = int(numerator)
                self._den = 1
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                p, q = numerator.as_integer_ratio()
                self._num = p
                self._den = q
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif _is_rational(numerator):
                self._num = numerator.numerator
                self._den = numerator.denominator
                return self
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            a, b = numerator.numerator, numerator.denominator
            c, d = denominator.numerator, denominator.denominator
            numerator, denominator = a * d, b * c
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _m.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._num = numerator
        self._den = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float `f` as a Fraction."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        p, q = f.as_integer_ratio()
        return cls(p, q)

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of Decimal `dec` as a Fraction."""
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        p, q = dec.as_integer_ratio()
        return cls(p, q)

    def as_integer_ratio(self):
        """(numerator, denominator)."""
        return (self._num, self._den)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._den <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents h/k of self until the next
        # one would exceed the bound, then pick between the last convergent
        # and the best semiconvergent.
        h_prev, k_prev, h_cur, k_cur = 0, 1, 1, 0
        top, bottom = self._num, self._den
        while True:
            q = top // bottom
            k_next = k_prev + q * k_cur
            if k_next > max_denominator:
                break
            h_prev, h_cur = h_cur, h_prev + q * h_cur
            k_prev, k_cur = k_cur, k_next
            top, bottom = bottom, top - q * bottom
        steps = (max_denominator - k_prev) // k_cur
        semi = Fraction(h_prev + steps * h_cur, k_prev + steps * k_cur)
        conv = Fraction(h_cur, k_cur)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(self):
        return self._num

    @property
    def denominator(self):
        return self._den

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return self

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._num, self._den)

    def __str__(self):
        if self._den == 1:
            return str(self._num)
        return '%s/%s' % (self._num, self._den)

    # -- arithmetic ---------------------------------------------------------

    def __add__(a, b):
        if _exact(b):
            bn, bd = _nd(b)
            return Fraction(a._num * bd + bn * a._den, a._den * bd)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return _rational_or_ni(a, b, _add)

    def __radd__(b, a):
        return _reflected(a, b, _add, _add)

    def __sub__(a, b):
        if _exact(b):
            bn, bd = _nd(b)
            return Fraction(a._num * bd - bn * a._den, a._den * bd)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return _rational_or_ni(a, b, _sub)

    def __rsub__(b, a):
        return _reflected(a, b, _sub, _sub)

    def __mul__(a, b):
        if _exact(b):
            bn, bd = _nd(b)
            return Fraction(a._num * bn, a._den * bd)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return _rational_or_ni(a, b, _mul)

    def __rmul__(b, a):
        return _reflected(a, b, _mul, _mul)

    def __truediv__(a, b):
        if _exact(b):
            return _div(a, b)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return _rational_or_ni(a, b, _div)

    def __rtruediv__(b, a):
        return _reflected(a, b, _div, lambda x, y: x / y)

    def __floordiv__(a, b):
        if _exact(b):
            return _floordiv(a, b)
        if isinstance(b, float):
            return float(a) // b
        return _rational_or_ni(a, b, _floordiv)

    def __rfloordiv__(b, a):
        return _reflected(a, b, _floordiv, lambda x, y: x // y, False)

    def __mod__(a, b):
        if _exact(b):
            return _mod(a, b)
        if isinstance(b, float):
            return float(a) % b
        return _rational_or_ni(a, b, _mod)

    def __rmod__(b, a):
        return _reflected(a, b, _mod, lambda x, y: x % y, False)

    def __divmod__(a, b):
        if _exact(b):
            return (_floordiv(a, b), _mod(a, b))
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, (int, Fraction)):
            return (_floordiv(Fraction(a), b), _mod(Fraction(a), b))
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        if _is_rational(b):
            if b.denominator == 1:
                e = b.numerator
                n, d = a._num, a._den
                if e >= 0:
                    return Fraction(n ** e, d ** e, _normalize=False)
                if n == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (d ** -e))
                if n > 0:
                    return Fraction(d ** -e, n ** -e, _normalize=False)
                return Fraction((-d) ** -e, (-n) ** -e, _normalize=False)
            return a.__float__() ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        bn, bd = b._num, b._den
        if bd == 1 and bn >= 0:
            return a ** bn
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator).__pow__(b)
        if b._den == 1:
            return a ** b._num
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._num, a._den, _normalize=False)

    def __neg__(a):
        return Fraction(-a._num, a._den, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._num), a._den, _normalize=False)

    def __int__(a):
        n, d = a._num, a._den
        if n < 0:
            return -((-n) // d)
        return n // d

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._num // a._den

    def __ceil__(a):
        return -((-a._num) // a._den)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._num, self._den)
            twice = 2 * r
            if twice < self._den:
                return q
            if twice > self._den:
                return q + 1
            return q if q % 2 == 0 else q + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __float__(self):
        return self._num / self._den

    def __complex__(self):
        return complex(self.__float__(), 0.0)

    def __bool__(self):
        return self._num != 0

    def __hash__(self):
        d = self._den
        if d % _HASH_P == 0:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._num)) * pow(d, -1, _HASH_P))
        if self._num < 0:
            h = -h
        if h == -1:
            h = -2
        return h

    # -- comparisons --------------------------------------------------------

    def __eq__(a, b):
        if type(b) is int:
            return a._den == 1 and a._num == b
        if _is_rational(b):
            return a._num == b.numerator and a._den == b.denominator
        if isinstance(b, complex):
            if b.imag != 0:
                return False
            b = b.real
        if isinstance(b, float):
            if b != b or b in (_INF, -_INF):
                return b == 0.0
            return a == Fraction.from_float(b)
        return NotImplemented

    def _cmp(a, b):
        """Sign of a - b, or None when b is NaN, or NotImplemented."""
        if _is_rational(b):
            x = a._num * b.denominator
            y = a._den * b.numerator
            return (x > y) - (x < y)
        if isinstance(b, float):
            if b != b:
                return None
            if b == _INF:
                return -1
            if b == -_INF:
                return 1
            return a._cmp(Fraction.from_float(b))
        return NotImplemented

    def __lt__(a, b):
        c = a._cmp(b)
        if c is NotImplemented:
            return c
        return c is not None and c < 0

    def __le__(a, b):
        c = a._cmp(b)
        if c is NotImplemented:
            return c
        return c is not None and c <= 0

    def __gt__(a, b):
        c = a._cmp(b)
        if c is NotImplemented:
            return c
        return c is not None and c > 0

    def __ge__(a, b):
        c = a._cmp(b)
        if c is NotImplemented:
            return c
        return c is not None and c >= 0

    # -- copying and pickling -----------------------------------------------

    def __reduce__(self):
        return (type(self), (self._num, self._den))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._num, self._den)

    def __deepcopy__(self, memo_dict):
        return self.__copy__()


_INF = float('inf')


def _exact(x):
    return isinstance(x, (int, Fraction))


def _nd(x):
    if isinstance(x, Fraction):
        return x._num, x._den
    return int(x), 1


def _add(a, b):
    return a + b


def _sub(a, b):
    return a - b


def _mul(a, b):
    return a * b


def _div(a, b):
    an, ad = _nd(a)
    bn, bd = _nd(b)
    if bn == 0:
        # CPython reports the dividend reduced against the zero: its sign
        raise ZeroDivisionError('Fraction(%s, 0)' % ((an > 0) - (an < 0)))
    return Fraction(an * bd, ad * bn)


def _floordiv(a, b):
    an, ad = _nd(a)
    bn, bd = _nd(b)
    return (an * bd) // (ad * bn)


def _mod(a, b):
    an, ad = _nd(a)
    bn, bd = _nd(b)
    return Fraction((an * bd) % (bn * ad), ad * bd)


def _rational_or_ni(a, b, op):
    if _is_rational(b):
        return op(a, Fraction(b.numerator, b.denominator))
    return NotImplemented


def _reflected(a, b, op, plain, complex_ok=True):
    """`a <op> b` for a left operand `a` that did not handle Fraction `b`:
    `op` for rationals, `plain` on floats or complexes."""
    if isinstance(a, (int, Fraction)):
        return op(Fraction(a), b)
    if _is_rational(a):
        return op(Fraction(a.numerator, a.denominator), b)
    if isinstance(a, float):
        return plain(a, float(b))
    if complex_ok and isinstance(a, complex):
        return plain(a, complex(b))
    return NotImplemented
