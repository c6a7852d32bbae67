"""Decimal fixed- and floating-point arithmetic (the `decimal` module),
written for Pyrite from the General Decimal Arithmetic specification.

A finite Decimal is (sign, coefficient, exponent) with an int coefficient,
so its value is (-1)**sign * coefficient * 10**exponent.  Results are
rounded to the precision of the current context; exceptional conditions
set the context's flags and raise when their signal is trapped.
"""

import math as _m
import sys as _sys

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_MODES = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
          ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# -- signals --------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order in which flags and traps are listed by Context.__repr__.
_LISTED = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
           Overflow, Rounded, Subnormal, Underflow)
# The order in which a trapped signal is chosen as the exception to raise.
_RAISE_ORDER = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
                Underflow, Subnormal, Inexact, Rounded, Clamped)
_CONDITIONS = (ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext)


def _signal_of(cond):
    return InvalidOperation if cond in _CONDITIONS else cond


# -- contexts -------------------------------------------------------------------

class _SignalDict(dict):
    """Flags or traps: a dict from signal class to bool with fixed keys.
    `first_invalid` remembers the earliest InvalidOperation condition
    recorded, which decides where InvalidOperation is listed."""

    def __setitem__(self, key, value):
        if key not in _LISTED:
            raise KeyError(key)
        dict.__setitem__(self, key, bool(value))
        if key is InvalidOperation:
            self.first_invalid = _POSITION[ConversionSyntax] if value else None

    def __repr__(self):
        return '{' + ', '.join('<class %r>:%s' % ('decimal.' + k.__name__, self[k])
                               for k in _RAISE_ORDER) + '}'

    def listed(self):
        """Names of the signals that are on, in status-bit order."""
        on = []
        for sig in _LISTED:
            if self[sig]:
                pos = _POSITION[sig]
                if sig is InvalidOperation and self.first_invalid is not None:
                    pos = self.first_invalid
                on.append((pos, sig.__name__))
        on.sort()
        return ', '.join(name for _, name in on)


# Status-bit positions (they order the signals in Context.__repr__).
_POSITION = {Clamped: 0, ConversionSyntax: 1, DivisionByZero: 2,
             DivisionImpossible: 3, DivisionUndefined: 4, Inexact: 6,
             InvalidContext: 7, InvalidOperation: 8, FloatOperation: 10,
             Overflow: 11, Rounded: 12, Subnormal: 13, Underflow: 14}


def _signal_dict(on):
    d = _SignalDict()
    d.first_invalid = _POSITION[ConversionSyntax] if InvalidOperation in on else None
    for s in _RAISE_ORDER:
        dict.__setitem__(d, s, s in on)
    return d


class Context:
    """Precision, rounding mode, exponent limits, flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = DefaultContext if '_DefaultContext' in globals() else None
        object.__setattr__(self, '_ready', False)
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            traps = [s for s in _LISTED if base.traps[s]] if base else [InvalidOperation, DivisionByZero, Overflow]
        if flags is None:
            flags = []
        self.traps = _as_signal_dict(traps)
        self.flags = _as_signal_dict(flags)
        object.__setattr__(self, '_ready', True)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _MODES:
                raise TypeError(_ROUNDING_HELP)
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            if value not in (0, 1):
                raise ValueError('valid values for capitals are 0 or 1')
        elif name == 'clamp':
            if value not in (0, 1):
                raise ValueError('valid values for clamp are 0 or 1')
        elif name in ('flags', 'traps'):
            value = _as_signal_dict(value)
        elif name != '_ready':
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        fl = self.flags.listed()
        tr = self.traps.listed()
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax,
                   self.capitals, self.clamp, fl, tr))

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp,
                    [s for s in _LISTED if self.flags[s]],
                    [s for s in _LISTED if self.traps[s]])
        c.flags.first_invalid = self.flags.first_invalid
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in _LISTED:
            dict.__setitem__(self.flags, s, False)
        self.flags.first_invalid = None

    def clear_traps(self):
        for s in _LISTED:
            dict.__setitem__(self.traps, s, False)
        self.traps.first_invalid = None

    def create_decimal(self, num='0'):
        """A Decimal from `num`, rounded to this context."""
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise([ConversionSyntax], _nan_of(0, 0))
        d = Decimal(num, context=self)
        if d._exp in ('n', 'N'):
            if len(str(d._int)) > self.prec - self.clamp and d._int:
                return self._raise([ConversionSyntax], _nan_of(0, 0))
            return d
        return _finish(d, self, [])

    def create_decimal_from_float(self, f):
        return _finish(Decimal.from_float(f), self, [])

    def _raise(self, conds, result):
        """Records `conds`; raises if any is trapped, else returns result."""
        trapped = []
        flags = self.flags
        for c in conds:
            sig = _signal_of(c)
            dict.__setitem__(flags, sig, True)
            if sig is InvalidOperation:
                pos = _POSITION[c]
                if flags.first_invalid is None or pos < flags.first_invalid:
                    flags.first_invalid = pos
            if self.traps[sig] and c not in trapped:
                trapped.append(c)
        if trapped:
            for sig in _RAISE_ORDER:
                for c in trapped:
                    if _signal_of(c) is sig:
                        raise sig(_sorted_conds(trapped))
        return result

    # arithmetic through the context
    def abs(self, a):
        return _conv(a).__abs__(context=self)

    def add(self, a, b):
        return _add(_conv(a), _conv(b, True), self)

    def subtract(self, a, b):
        return _add(_conv(a), _conv(b, True).copy_negate(), self)

    def multiply(self, a, b):
        return _mul(_conv(a), _conv(b, True), self)

    def divide(self, a, b):
        return _div(_conv(a), _conv(b, True), self)

    def divide_int(self, a, b):
        return _divint(_conv(a), _conv(b, True), self)

    def remainder(self, a, b):
        return _rem(_conv(a), _conv(b, True), self)

    def divmod(self, a, b):
        return _conv(a).__divmod__(_conv(b, True), context=self)

    def power(self, a, b, modulo=None):
        return _conv(a).__pow__(_conv(b, True), modulo, context=self)

    def sqrt(self, a):
        return _conv(a).sqrt(context=self)

    def exp(self, a):
        return _conv(a).exp(context=self)

    def ln(self, a):
        return _conv(a).ln(context=self)

    def log10(self, a):
        return _conv(a).log10(context=self)

    def plus(self, a):
        return _conv(a).__pos__(context=self)

    def minus(self, a):
        return _conv(a).__neg__(context=self)

    def quantize(self, a, b):
        return _conv(a).quantize(_conv(b, True), context=self)

    def normalize(self, a):
        return _conv(a).normalize(context=self)

    def compare(self, a, b):
        return _conv(a).compare(_conv(b, True), context=self)

    def max(self, a, b):
        return _conv(a).max(_conv(b, True), context=self)

    def min(self, a, b):
        return _conv(a).min(_conv(b, True), context=self)

    def to_integral_value(self, a):
        return _conv(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _conv(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return str(_conv(a))

    def is_nan(self, a):
        return _conv(a).is_nan()

    def is_zero(self, a):
        return _conv(a).is_zero()

    def is_signed(self, a):
        return _conv(a).is_signed()

    def is_finite(self, a):
        return _conv(a).is_finite()

    def is_infinite(self, a):
        return _conv(a).is_infinite()

    def copy_abs(self, a):
        return _conv(a).copy_abs()

    def copy_negate(self, a):
        return _conv(a).copy_negate()

    def radix(self):
        return Decimal(10)


def _context_op(name, arity):
    """A Context method running Decimal.<name> in that context."""
    def op(self, a, *rest):
        if len(rest) != arity - 1:
            raise TypeError('function takes exactly %d argument%s (%d given)'
                            % (arity, 's' if arity > 1 else '', len(rest) + 1))
        args = [_conv(x, True) for x in rest]
        return getattr(_conv(a), name)(*args, context=self)
    op.__name__ = name
    return op


for _name, _arity in (('compare_signal', 2), ('compare_total', 2), ('compare_total_mag', 2),
                      ('copy_sign', 2), ('fma', 3), ('logb', 1), ('logical_and', 2),
                      ('logical_or', 2), ('logical_xor', 2), ('logical_invert', 1),
                      ('max_mag', 2), ('min_mag', 2), ('next_minus', 1), ('next_plus', 1),
                      ('next_toward', 2), ('number_class', 1), ('remainder_near', 2),
                      ('rotate', 2), ('same_quantum', 2), ('scaleb', 2), ('shift', 2),
                      ('is_normal', 1), ('is_subnormal', 1)):
    setattr(Context, _name, _context_op(_name, _arity))
del _name, _arity


def _context_pred(name):
    def pred(self, a):
        return getattr(_conv(a), name)()
    pred.__name__ = name
    return pred


for _name in ('is_canonical', 'is_qnan', 'is_snan'):
    setattr(Context, _name, _context_pred(_name))
del _name
Context.canonical = lambda self, a: _conv(a)
Context.copy_decimal = lambda self, a: Decimal(_conv(a))


_ROUNDING_HELP = ('valid values for rounding are:\n'
                  '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                  '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                  '   ROUND_05UP]')


def _sorted_conds(conds):
    order = list(_CONDITIONS) + [InvalidOperation, FloatOperation, DivisionByZero,
                                 Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped]
    return [c for c in order if c in conds]


def _as_signal_dict(value):
    if isinstance(value, dict):
        on = [k for k in value if value[k]]
        for k in value:
            if k not in _LISTED:
                raise KeyError('invalid signal dict')
    else:
        on = list(value)
        for k in on:
            if k not in _LISTED:
                raise KeyError(k)
    return _signal_dict(on)


DefaultContext = Context(28, ROUND_HALF_EVEN, -999999, 999999, 1, 0, [],
                         [InvalidOperation, DivisionByZero, Overflow])
_DefaultContext = True
BasicContext = Context(9, ROUND_HALF_UP, -999999, 999999, 1, 0, [],
                       [Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(9, ROUND_HALF_EVEN, -999999, 999999, 1, 0, [], [])

_current = [None]


def getcontext():
    """The current context (created from DefaultContext on first use)."""
    c = _current[0]
    if c is None:
        c = DefaultContext.copy()
        c.clear_flags()
        _current[0] = c
    return c


def setcontext(context):
    """Makes `context` the current context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _LocalContext:
    def __init__(self, ctx):
        self._new = ctx
        self._saved = None

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)
        return False


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block with a copy of `ctx` (default:
    the current context), adjusted by keyword arguments."""
    new = (ctx if ctx is not None else getcontext()).copy()
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(new, k, v)
    return _LocalContext(new)


# -- construction helpers -----------------------------------------------------

def _ndigits(c):
    return len(str(c))


def _make(sign, coef, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    return d


def _nan_of(sign, payload, signaling=False):
    return _make(sign, payload, 'N' if signaling else 'n')


def _inf(sign):
    return _make(sign, 0, 'F')


def _parse(s):
    """(sign, coefficient, exponent) written in `s`, or None."""
    s = s.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return (sign, 0, 'F')
    for prefix, code in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            rest = s[len(prefix):]
            if rest == '':
                return (sign, 0, code)
            if not all(ch.isdecimal() for ch in rest):
                return None
            return (sign, int(rest), code)
    mant = s
    exp = 0
    for i, ch in enumerate(s):
        if ch in 'eE':
            mant = s[:i]
            etext = s[i + 1:]
            body = etext[1:] if etext[:1] in ('+', '-') else etext
            if not body or not all(c.isdecimal() for c in body):
                return None
            exp = int(etext)
            break
    if mant.count('.') > 1:
        return None
    whole, _, frac = mant.partition('.')
    digits = whole + frac
    if not digits or not all(c.isdecimal() for c in digits):
        return None
    return (sign, int(digits), exp - len(frac))


def _conv(x, strict=False):
    """x as a Decimal (for the Context methods)."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError('conversion from %s to Decimal is not supported' % type(x).__name__)


def _coerce(x):
    """x as a Decimal for a binary operator, or None if unsupported."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    return None


_NO_REFLECT = (float, complex, str, bytes, list, tuple, dict, set, frozenset, type(None))


def _unsupported(a, b, sym):
    """Raise the TypeError of an unsupported binary operator when the
    other operand is a builtin type (whose reflected method cannot help)."""
    if isinstance(b, _NO_REFLECT) or isinstance(a, _NO_REFLECT):
        raise TypeError('unsupported operand type(s) for %s: %r and %r'
                        % (sym, _tname(a), _tname(b)))
    return NotImplemented


def _tname(x):
    if isinstance(x, Decimal):
        return 'decimal.Decimal'
    return type(x).__name__


# -- rounding ---------------------------------------------------------------------

def _round_off(sign, coef, drop, mode):
    """Removes `drop` (> 0) low digits of coef; (new coef, inexact)."""
    if coef == 0:
        return 0, False
    if drop > _ndigits(coef) + 1:
        # everything goes and the dropped part is below half a unit
        return (1 if mode in (ROUND_UP, ROUND_05UP) or (mode == ROUND_CEILING and sign == 0)
                or (mode == ROUND_FLOOR and sign == 1) else 0), True
    p = 10 ** drop
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    half = p // 2
    if mode == ROUND_DOWN:
        up = False
    elif mode == ROUND_UP:
        up = True
    elif mode == ROUND_HALF_UP:
        up = r >= half
    elif mode == ROUND_HALF_DOWN:
        up = r > half
    elif mode == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif mode == ROUND_CEILING:
        up = sign == 0
    elif mode == ROUND_FLOOR:
        up = sign == 1
    else:
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _finish(d, ctx, conds):
    """Rounds finite `d` to the context and applies the exponent limits,
    then signals conds (plus any new conditions).  Returns the result."""
    if d._exp in ('n', 'N', 'F'):
        return ctx._raise(conds, d) if conds else d
    sign, coef, exp = d._sign, d._int, d._exp
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    if coef == 0:
        top = ctx.Emax if not ctx.clamp else etop
        e2 = min(max(exp, etiny), top)
        if e2 != exp:
            conds = conds + [Clamped]
        return ctx._raise(conds, _make(sign, 0, e2)) if conds else _make(sign, 0, e2)
    nd = _ndigits(coef)
    low = nd + exp - prec
    if low > etop:
        return _overflow(sign, ctx, conds)
    sub = low < etiny
    if sub:
        low = etiny
    if exp < low:
        coef, inexact = _round_off(sign, coef, low - exp, ctx.rounding)
        exp = low
        if _ndigits(coef) > prec:
            coef //= 10
            exp += 1
            if exp > etop:
                return _overflow(sign, ctx, conds)
        new = [Rounded]
        if inexact:
            new = [Inexact, Rounded]
            if sub:
                new += [Underflow, Subnormal]
                if coef == 0:
                    new.append(Clamped)
        elif sub:
            new.append(Subnormal)
        conds = conds + new
    elif sub:
        conds = conds + [Subnormal]
    if ctx.clamp and exp > etop:
        coef *= 10 ** (exp - etop)
        exp = etop
        conds = conds + [Clamped]
    res = _make(sign, coef, exp)
    return ctx._raise(conds, res) if conds else res


def _overflow(sign, ctx, conds):
    mode = ctx.rounding
    to_inf = (mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
              or (mode == ROUND_CEILING and sign == 0)
              or (mode == ROUND_FLOOR and sign == 1))
    if to_inf:
        res = _inf(sign)
    else:
        res = _make(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
    return ctx._raise(conds + [Inexact, Overflow, Rounded], res)


def _nan_result(a, b, ctx):
    """The NaN result of an operation with a NaN operand, or None."""
    for x in (a, b):
        if x is not None and x._exp == 'N':
            return ctx._raise([InvalidOperation], _fix_nan(_nan_of(x._sign, x._int), ctx))
    for x in (a, b):
        if x is not None and x._exp == 'n':
            return _fix_nan(x, ctx)
    return None


def _fix_nan(x, ctx):
    room = ctx.prec - ctx.clamp
    if x._int and _ndigits(x._int) > room:
        return _nan_of(x._sign, int(str(x._int)[-room:].lstrip('0') or '0'))
    return x


def _invalid(ctx, cond=InvalidOperation):
    return ctx._raise([cond], _nan_of(0, 0))


# -- arithmetic kernels -------------------------------------------------------------

def _add(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    if a._exp == 'F' or b._exp == 'F':
        if a._exp == 'F' and b._exp == 'F' and a._sign != b._sign:
            return _invalid(ctx)
        return a if a._exp == 'F' else b
    mode = ctx.rounding
    if a._int == 0 and b._int == 0:
        sign = a._sign if a._sign == b._sign else (1 if mode == ROUND_FLOOR else 0)
        return _finish(_make(sign, 0, min(a._exp, b._exp)), ctx, [])
    if a._int == 0:
        e = min(a._exp, b._exp)
        return _finish(_make(b._sign, b._int * 10 ** (b._exp - e), e), ctx, [])
    if b._int == 0:
        e = min(a._exp, b._exp)
        return _finish(_make(a._sign, a._int * 10 ** (a._exp - e), e), ctx, [])
    a, b = _shrink_far(a, b, ctx.prec)
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    total = (-x if a._sign else x) + (-y if b._sign else y)
    if total == 0:
        sign = 1 if mode == ROUND_FLOOR else 0
        return _finish(_make(sign, 0, e), ctx, [])
    return _finish(_make(1 if total < 0 else 0, abs(total), e), ctx, [])


def _shrink_far(a, b, prec):
    """When one operand lies entirely below the rounding position of the
    other, replaces it by a tiny stand-in of the same sign (it can only act
    as a sticky digit), so that aligning exponents stays cheap."""
    big, small = (a, b) if a._exp + _ndigits(a._int) >= b._exp + _ndigits(b._int) else (b, a)
    floor_exp = big._exp + min(0, _ndigits(big._int) - prec - 1)
    if small._exp + _ndigits(small._int) - 1 < floor_exp - 1:
        small = _make(small._sign, 1, floor_exp - 2)
    return (big, small) if big is a else (small, big)


def _mul(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._exp == 'F' or b._exp == 'F':
        other = b if a._exp == 'F' else a
        if other._exp != 'F' and other._int == 0:
            return _invalid(ctx)
        return _inf(sign)
    return _finish(_make(sign, a._int * b._int, a._exp + b._exp), ctx, [])


def _div(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._exp == 'F':
        if b._exp == 'F':
            return _invalid(ctx)
        return _inf(sign)
    if b._exp == 'F':
        return _finish(_make(sign, 0, ctx.Emin - ctx.prec + 1), ctx, [Clamped])
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, DivisionUndefined)
        return ctx._raise([DivisionByZero], _inf(sign))
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finish(_make(sign, 0, ideal), ctx, [])
    shift = ctx.prec + _ndigits(b._int) - _ndigits(a._int) + 1
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** (-shift))
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(_make(sign, q, exp), ctx, [])


def _int_quotient(a, b, ctx):
    """(sign, truncated quotient) or a NaN/error result for // and %."""
    x = a._int * 10 ** max(a._exp - b._exp, 0)
    y = b._int * 10 ** max(b._exp - a._exp, 0)
    return x // y


def _divint(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._exp == 'F':
        if b._exp == 'F':
            return _invalid(ctx)
        return _inf(sign)
    if b._exp == 'F':
        return _make(sign, 0, 0)
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, DivisionUndefined)
        return ctx._raise([DivisionByZero], _inf(sign))
    q = _int_quotient(a, b, ctx)
    if _ndigits(q) > ctx.prec:
        return _invalid(ctx, DivisionImpossible)
    return _finish(_make(sign, q, 0), ctx, [])


def _rem(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    if a._exp == 'F':
        return _invalid(ctx)
    if b._exp == 'F':
        return _finish(a, ctx, [])
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, DivisionUndefined)
        return _invalid(ctx)
    q = _int_quotient(a, b, ctx)
    if _ndigits(q) > ctx.prec:
        return _invalid(ctx, DivisionImpossible)
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    return _finish(_make(a._sign, x - q * y, e), ctx, [])


def _cmp(a, b):
    """-1, 0 or 1 comparing non-NaN Decimals."""
    if a._exp == 'F' or b._exp == 'F':
        va = 0 if a._exp != 'F' else (-1 if a._sign else 1)
        vb = 0 if b._exp != 'F' else (-1 if b._sign else 1)
        if va == vb == 0:
            return 0
        if a._exp == 'F' and b._exp == 'F':
            return (va > vb) - (va < vb)
        return va if a._exp == 'F' else -vb
    if a._int == 0 and b._int == 0:
        return 0
    sa = 0 if a._int == 0 else (-1 if a._sign else 1)
    sb = 0 if b._int == 0 else (-1 if b._sign else 1)
    if sa != sb:
        return (sa > sb) - (sa < sb)
    e = min(a._exp, b._exp)
    ea = a._exp + _ndigits(a._int)
    eb = b._exp + _ndigits(b._int)
    if ea != eb:
        r = 1 if ea > eb else -1
        return r * sa
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    return ((x > y) - (x < y)) * sa


def _ratio_of(d):
    """(numerator, denominator) of a finite Decimal."""
    n = -d._int if d._sign else d._int
    if d._exp >= 0:
        return n * 10 ** d._exp, 1
    return n, 10 ** (-d._exp)


class Decimal:
    """Floating-point decimal number (immutable)."""

    __slots__ = ('_sign', '_int', '_exp')

    def __new__(cls, value='0', context=None):
        if isinstance(value, Decimal):
            src = value
            if cls is Decimal:
                return src
            return _sub_make(cls, src._sign, src._int, src._exp)
        if isinstance(value, int):
            return _sub_make(cls, 1 if value < 0 else 0, abs(int(value)), 0)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                bad = ctx._raise([ConversionSyntax], _nan_of(0, 0))
                return _sub_make(cls, bad._sign, bad._int, bad._exp)
            return _sub_make(cls, *parsed)
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx._raise([FloatOperation], None) if ctx.traps[FloatOperation] else dict.__setitem__(ctx.flags, FloatOperation, True)
            d = _from_float(value)
            return _sub_make(cls, d._sign, d._int, d._exp)
        if isinstance(value, (tuple, list)):
            return _sub_make(cls, *_from_tuple(value))
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of float (or int) `f`."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        d = _from_float(f)
        if cls is Decimal:
            return d
        return cls(d)

    # -- views -----------------------------------------------------------------

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __str__(self):
        return _sci_string(self, getcontext().capitals)

    def to_eng_string(self, context=None):
        """String in engineering notation (exponent a multiple of 3)."""
        return _sci_string(self, (context or getcontext()).capitals, True)

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        if self._exp in ('n', 'N', 'F'):
            digits = () if self._int == 0 else tuple(int(c) for c in str(self._int))
            if self._exp == 'F':
                digits = (0,)
            return DecimalTuple(self._sign, digits, self._exp)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        """(numerator, denominator) in lowest terms."""
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._exp in ('n', 'N'):
            raise ValueError('cannot convert NaN to integer ratio')
        n, d = _ratio_of(self)
        g = _m.gcd(n, d)
        return n // g, d // g

    def adjusted(self):
        """Exponent of the most significant digit."""
        if self._exp in ('n', 'N', 'F'):
            return 0
        return self._exp + _ndigits(self._int) - 1

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return self._exp not in ('n', 'N', 'F')

    def is_zero(self):
        return self.is_finite() and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if not self.is_finite() or self._int == 0:
            return False
        return self.adjusted() >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        if not self.is_finite() or self._int == 0:
            return False
        return self.adjusted() < (context or getcontext()).Emin

    def canonical(self):
        return self

    def copy_abs(self):
        return _make(0, self._int, self._exp)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _conv(other)
        return _make(other._sign, self._int, self._exp)

    def number_class(self, context=None):
        if self._exp == 'N':
            return 'sNaN'
        if self._exp == 'n':
            return 'NaN'
        sgn = '-' if self._sign else '+'
        if self._exp == 'F':
            return sgn + 'Infinity'
        if self._int == 0:
            return sgn + 'Zero'
        if self.is_subnormal(context):
            return sgn + 'Subnormal'
        return sgn + 'Normal'

    def radix(self):
        return Decimal(10)

    # -- conversions ----------------------------------------------------------

    def __bool__(self):
        return self._exp in ('n', 'N', 'F') or self._int != 0

    def __int__(self):
        if self._exp in ('n', 'N'):
            raise ValueError('cannot convert NaN to integer')
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** (-self._exp)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._exp == 'N':
            raise ValueError('cannot convert signaling NaN to float')
        if self._exp == 'n':
            return float('-nan') if self._sign else float('nan')
        if self._exp == 'F':
            return float('-inf') if self._sign else float('inf')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def _integral(self, mode):
        if self._exp in ('n', 'N'):
            raise ValueError('cannot convert NaN to integer')
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v, _ = _round_off(self._sign, self._int, -self._exp, mode)
        return -v if self._sign else v

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_make(0, 1, -n))

    # -- hashing and comparison -------------------------------------------------

    def __hash__(self):
        if self._exp == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if self._exp == 'n':
            return object.__hash__(self)
        if self._exp == 'F':
            return -314159 if self._sign else 314159
        P = (1 << 61) - 1
        if self._exp >= 0:
            h = self._int % P * pow(10, self._exp, P) % P
        else:
            h = self._int % P * pow(pow(10, -1, P), -self._exp, P) % P
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def _compare_with(self, other, ordering):
        """-1/0/1 against other, None for NaN, NotImplemented if unsupported."""
        if isinstance(other, float):
            ctx = getcontext()
            if ordering:
                ctx._raise([FloatOperation], None)
            else:
                dict.__setitem__(ctx.flags, FloatOperation, True)
            other = _from_float(other)
        elif isinstance(other, int):
            other = Decimal(other)
        elif isinstance(other, complex) and not ordering:
            if other.imag != 0:
                return None
            other = _from_float(other.real)
        elif not isinstance(other, Decimal):
            fr = _sys.modules.get('fractions')
            if fr is not None and isinstance(other, fr.Fraction):
                return self._compare_fraction(other, ordering)
            return NotImplemented
        if self.is_nan() or other.is_nan():
            if ordering or self._exp == 'N' or other._exp == 'N':
                getcontext()._raise([InvalidOperation], None)
            return None
        return _cmp(self, other)

    def _compare_fraction(self, f, ordering):
        if self.is_nan():
            if ordering or self._exp == 'N':
                getcontext()._raise([InvalidOperation], None)
            return None
        if self._exp == 'F':
            return -1 if self._sign else 1
        n, d = _ratio_of(self)
        x = n * f.denominator
        y = f.numerator * d
        return (x > y) - (x < y)

    def __eq__(self, other):
        c = self._compare_with(other, False)
        if c is NotImplemented:
            return c
        return c == 0

    def __lt__(self, other):
        c = self._compare_with(other, True)
        if c is NotImplemented:
            return c
        return c is not None and c < 0

    def __le__(self, other):
        c = self._compare_with(other, True)
        if c is NotImplemented:
            return c
        return c is not None and c <= 0

    def __gt__(self, other):
        c = self._compare_with(other, True)
        if c is NotImplemented:
            return c
        return c is not None and c > 0

    def __ge__(self, other):
        c = self._compare_with(other, True)
        if c is NotImplemented:
            return c
        return c is not None and c >= 0

    def compare(self, other, context=None):
        """Decimal('-1'), Decimal('0') or Decimal('1'); NaN if either is."""
        ctx = context or getcontext()
        other = _conv(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        return Decimal(_cmp(self, other))

    def compare_signal(self, other, context=None):
        """Like compare(), but any NaN operand signals InvalidOperation."""
        ctx = context or getcontext()
        other = _conv(other)
        if self.is_nan() or other.is_nan():
            res = _nan_result(self, other, ctx)
            return ctx._raise([InvalidOperation], res)
        return Decimal(_cmp(self, other))

    def compare_total(self, other, context=None):
        """Total order of the representations: Decimal('-1'), '0' or '1'."""
        return Decimal(_total_cmp(self, _conv(other)))

    def compare_total_mag(self, other, context=None):
        """compare_total() of the absolute values."""
        return self.copy_abs().compare_total(_conv(other).copy_abs())

    def same_quantum(self, other, context=None):
        """Whether self and other have the same exponent."""
        other = _conv(other)
        if self.is_nan() or other.is_nan():
            return self.is_nan() and other.is_nan()
        if self._exp == 'F' or other._exp == 'F':
            return self._exp == other._exp
        return self._exp == other._exp

    def scaleb(self, other, context=None):
        """self with its exponent increased by the integer `other`."""
        ctx = context or getcontext()
        other = _conv(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if other._exp == 'F' or other._exp != 0:
            return _invalid(ctx)
        limit = 2 * (ctx.Emax + ctx.prec)
        n = -other._int if other._sign else other._int
        if not -limit <= n <= limit:
            return _invalid(ctx)
        if self._exp == 'F':
            return self
        return _finish(_make(self._sign, self._int, self._exp + n), ctx, [])

    def remainder_near(self, other, context=None):
        """self - n * other where n is the integer nearest to self / other
        (ties to even)."""
        ctx = context or getcontext()
        other = _conv(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if self._exp == 'F':
            return _invalid(ctx)
        if other._exp == 'F':
            return _finish(self, ctx, [])
        if other._int == 0:
            return _invalid(ctx, DivisionUndefined if self._int == 0 else InvalidOperation)
        e = min(self._exp, other._exp)
        x = self._int * 10 ** (self._exp - e)
        y = other._int * 10 ** (other._exp - e)
        q, r = divmod(x, y)
        if 2 * r > y or (2 * r == y and q % 2 == 1):
            q += 1
            r -= y
        if _ndigits(q) > ctx.prec:
            return _invalid(ctx, DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _finish(_make(sign, r, e), ctx, [])

    def max_mag(self, other, context=None):
        """The operand with the larger absolute value (max() on ties)."""
        return self._pick_mag(_conv(other), context or getcontext(), 1)

    def min_mag(self, other, context=None):
        """The operand with the smaller absolute value (min() on ties)."""
        return self._pick_mag(_conv(other), context or getcontext(), -1)

    def _pick_mag(self, other, ctx, want):
        if self.is_nan() or other.is_nan():
            return self._pick(other, ctx, want)
        c = _cmp(self.copy_abs(), other.copy_abs())
        if c == 0:
            return self._pick(other, ctx, want)
        return _finish(self if c * want > 0 else other, ctx, [])

    def logical_and(self, other, context=None):
        """Digit-wise AND of two logical operands (digits 0 and 1 only)."""
        return _logical(self, _conv(other), context or getcontext(), lambda x, y: x & y)

    def logical_or(self, other, context=None):
        """Digit-wise OR of two logical operands."""
        return _logical(self, _conv(other), context or getcontext(), lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        """Digit-wise XOR of two logical operands."""
        return _logical(self, _conv(other), context or getcontext(), lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        """Digit-wise inversion over the context precision."""
        ctx = context or getcontext()
        return _logical(self, _make(0, int('1' * ctx.prec), 0), ctx, lambda x, y: x ^ y)

    def shift(self, other, context=None):
        """Coefficient digits shifted left (other > 0) or right, keeping at
        most prec digits."""
        return _shift_or_rotate(self, _conv(other), context or getcontext(), False)

    def rotate(self, other, context=None):
        """Coefficient digits (padded to prec) rotated by other places."""
        return _shift_or_rotate(self, _conv(other), context or getcontext(), True)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def max(self, other, context=None):
        ctx = context or getcontext()
        other = _conv(other)
        return self._pick(other, ctx, 1)

    def min(self, other, context=None):
        ctx = context or getcontext()
        other = _conv(other)
        return self._pick(other, ctx, -1)

    def _pick(self, other, ctx, want):
        if self.is_nan() or other.is_nan():
            if self._exp == 'n' and not other.is_nan():
                return _finish(other, ctx, [])
            if other._exp == 'n' and not self.is_nan():
                return _finish(self, ctx, [])
            return _nan_result(self, other, ctx)
        c = _cmp(self, other)
        if c == 0:
            # equal values: order by sign, then exponent
            c = (other._sign - self._sign)
            if c == 0:
                ea = self._exp if self._exp != 'F' else 0
                eb = other._exp if other._exp != 'F' else 0
                c = (ea > eb) - (ea < eb)
                if self._sign:
                    c = -c
        return _finish(self if c * want >= 0 else other, ctx, [])

    # -- arithmetic operators ---------------------------------------------------

    def __add__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(self, other, '+')
        return _add(self, o, context or getcontext())

    def __radd__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(other, self, '+')
        return _add(o, self, context or getcontext())

    def __sub__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(self, other, '-')
        return _add(self, o.copy_negate(), context or getcontext())

    def __rsub__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(other, self, '-')
        return _add(o, self.copy_negate(), context or getcontext())

    def __mul__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(self, other, '*')
        return _mul(self, o, context or getcontext())

    def __rmul__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(other, self, '*')
        return _mul(o, self, context or getcontext())

    def __truediv__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(self, other, '/')
        return _div(self, o, context or getcontext())

    def __rtruediv__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(other, self, '/')
        return _div(o, self, context or getcontext())

    def __floordiv__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(self, other, '//')
        return _divint(self, o, context or getcontext())

    def __rfloordiv__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(other, self, '//')
        return _divint(o, self, context or getcontext())

    def __mod__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(self, other, '%')
        return _rem(self, o, context or getcontext())

    def __rmod__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(other, self, '%')
        return _rem(o, self, context or getcontext())

    def __divmod__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(self, other, 'divmod()')
        ctx = context or getcontext()
        return (_divint(self, o, ctx), _rem(self, o, ctx))

    def __rdivmod__(self, other, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(other, self, 'divmod()')
        return o.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(self, other, '** or pow()')
        ctx = context or getcontext()
        if modulo is not None:
            return _powmod(self, o, _conv(modulo), ctx)
        return _power(self, o, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        o = _coerce(other)
        if o is None:
            return _unsupported(other, self, '** or pow()')
        return o.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self.is_nan():
            return _nan_result(self, None, ctx)
        if self._exp == 'F':
            return _inf(1 - self._sign)
        sign = 1 - self._sign
        if self._int == 0 and ctx.rounding != ROUND_FLOOR:
            sign = 0
        return _finish(_make(sign, self._int, self._exp), ctx, [])

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self.is_nan():
            return _nan_result(self, None, ctx)
        if self._exp == 'F':
            return self
        sign = self._sign
        if self._int == 0 and ctx.rounding != ROUND_FLOOR:
            sign = 0
        return _finish(_make(sign, self._int, self._exp), ctx, [])

    def __abs__(self, round=True, context=None):
        ctx = context or getcontext()
        if self.is_nan():
            return _nan_result(self, None, ctx)
        if self._exp == 'F':
            return _inf(0)
        if not round:
            return _make(0, self._int, self._exp)
        return _finish(_make(0, self._int, self._exp), ctx, [])

    # -- rounding operations ----------------------------------------------------

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of `exp`."""
        ctx = context or getcontext()
        exp = _conv(exp)
        mode = _check_mode(rounding, ctx)
        nan = _nan_result(self, exp, ctx)
        if nan is not None:
            return nan
        if self._exp == 'F' or exp._exp == 'F':
            if self._exp == 'F' and exp._exp == 'F':
                return self
            return _invalid(ctx)
        target = exp._exp
        if not (ctx.Emin - ctx.prec + 1 <= target <= ctx.Emax):
            return _invalid(ctx)
        return _rescale(self, target, mode, ctx, True)

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer (exponent 0), without Inexact."""
        ctx = context or getcontext()
        mode = _check_mode(rounding, ctx)
        if self.is_nan():
            return _nan_result(self, None, ctx)
        if self._exp == 'F' or self._exp >= 0:
            return self
        coef, _ = _round_off(self._sign, self._int, -self._exp, mode)
        return _make(self._sign, coef, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Like to_integral_value but signals Inexact and Rounded."""
        ctx = context or getcontext()
        mode = _check_mode(rounding, ctx)
        if self.is_nan():
            return _nan_result(self, None, ctx)
        if self._exp == 'F' or self._exp >= 0:
            return self
        if self._int == 0:
            return _make(self._sign, 0, 0)
        coef, inexact = _round_off(self._sign, self._int, -self._exp, mode)
        res = _make(self._sign, coef, 0)
        if inexact:
            return ctx._raise([Inexact, Rounded], res)
        return ctx._raise([Rounded], res)

    def normalize(self, context=None):
        """self rounded to the context with trailing zeros removed."""
        ctx = context or getcontext()
        if self.is_nan():
            return _nan_result(self, None, ctx)
        d = _finish(self, ctx, [])
        if d._exp == 'F':
            return d
        if d._int == 0:
            return _make(d._sign, 0, 0)
        coef, exp = d._int, d._exp
        top = ctx.Emax if not ctx.clamp else ctx.Emax - ctx.prec + 1
        while coef % 10 == 0 and exp < top:
            coef //= 10
            exp += 1
        return _make(d._sign, coef, exp)

    def sqrt(self, context=None):
        """Square root, correctly rounded to the context precision."""
        ctx = context or getcontext()
        if self.is_nan():
            return _nan_result(self, None, ctx)
        if self._exp == 'F':
            if self._sign:
                return _invalid(ctx)
            return self
        if self._int == 0:
            return _finish(_make(self._sign, 0, self._exp // 2), ctx, [])
        if self._sign:
            return _invalid(ctx)
        prec = ctx.prec
        ideal = self._exp // 2
        coef, exp = self._int, self._exp
        if exp % 2:
            coef *= 10
            exp -= 1
        # scale so the integer root has prec + 1 digits
        shift = prec + 1 - (_ndigits(coef) + 1) // 2
        if shift >= 0:
            coef *= 100 ** shift
        else:
            coef //= 100 ** (-shift)
        root = _m.isqrt(coef)
        exact = root * root == coef and shift >= 0 or (shift < 0 and False)
        if shift < 0:
            exact = False
            # the discarded digits make the root inexact unless all were zero
            scaled = self._int * (10 if self._exp % 2 else 1)
            exact = root * root * 100 ** (-shift) == scaled
        rexp = exp // 2 - shift
        if exact:
            while rexp < ideal and root % 10 == 0:
                root //= 10
                rexp += 1
        elif root % 5 == 0:
            root += 1
        # the square root always rounds half-even, whatever the context says
        even = ctx.copy()
        even.rounding = ROUND_HALF_EVEN
        res = _finish(_make(0, root, rexp), even, [])
        for sig in _LISTED:
            if even.flags[sig] and not ctx.flags[sig]:
                ctx._raise([sig], None)
        return res

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        return _step(self, context or getcontext(), 0)

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        return _step(self, context or getcontext(), 1)

    def next_toward(self, other, context=None):
        """The representable number next to self in the direction of other."""
        ctx = context or getcontext()
        other = _conv(other)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        c = _cmp(self, other)
        if c == 0:
            return self.copy_sign(other)
        res = _step(self, ctx, 0 if c < 0 else 1)
        if res._exp == 'F':
            return ctx._raise([Inexact, Overflow, Rounded], res)
        if res._int == 0 or res.adjusted() < ctx.Emin:
            conds = [Inexact, Rounded, Subnormal, Underflow]
            if res._int == 0:
                conds.append(Clamped)
            return ctx._raise(conds, res)
        return res

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        return _math().exp(self, context or getcontext())

    def ln(self, context=None):
        """Natural logarithm, correctly rounded."""
        return _math().ln(self, context or getcontext())

    def log10(self, context=None):
        """Base-10 logarithm, correctly rounded."""
        return _math().log10(self, context or getcontext())

    def logb(self, context=None):
        """The adjusted exponent of self as a Decimal."""
        ctx = context or getcontext()
        if self.is_nan():
            return _nan_result(self, None, ctx)
        if self._exp == 'F':
            return _inf(0)
        if self._int == 0:
            return ctx._raise([DivisionByZero], _inf(1))
        return _finish(Decimal(self.adjusted()), ctx, [])

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = context or getcontext()
        other = _conv(other)
        third = _conv(third)
        big = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
        prod = _mul(self, other, big)
        if prod.is_nan() and not (self.is_nan() or other.is_nan()):
            return _invalid(ctx)
        return _add(prod, third, ctx)

    # -- formatting -----------------------------------------------------------------

    def __format__(self, spec):
        return _format(self, spec)

    # -- pickling / copying -----------------------------------------------------------

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _step(d, ctx, down):
    """next_plus (down=0) or next_minus (down=1) of d."""
    nan = _nan_result(d, None, ctx)
    if nan is not None:
        return nan
    if d._exp == 'F':
        if d._sign == down:
            return d
        biggest = _make(1 - down, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        return biggest
    work = ctx.copy()
    work.clear_flags()
    work.traps = []
    work.rounding = ROUND_FLOOR if down else ROUND_CEILING
    tiny = _make(down, 1, ctx.Emin - ctx.prec)
    return _add(d, tiny, work)


def _math():
    import _decimal_math
    return _decimal_math


def _logical_digits(d, prec):
    """The 0/1 digit string of a logical operand, or None."""
    if not d.is_finite() or d._sign or d._exp != 0:
        return None
    text = str(d._int)
    if text.strip('01'):
        return None
    return text.rjust(prec, '0')[-prec:]


def _logical(a, b, ctx, op):
    da = _logical_digits(a, ctx.prec)
    db = _logical_digits(b, ctx.prec)
    if da is None or db is None:
        return _invalid(ctx)
    bits = ''.join(str(op(int(x), int(y))) for x, y in zip(da, db))
    return _make(0, int(bits), 0)


def _shift_or_rotate(a, b, ctx, rotate):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    prec = ctx.prec
    if b._exp == 'F' or b._exp != 0 or b._int > prec:
        return _invalid(ctx)
    n = -b._int if b._sign else b._int
    if a._exp == 'F':
        return a
    digits = str(a._int).rjust(prec, '0')[-prec:]
    if rotate:
        k = n % prec if prec else 0
        digits = digits[k:] + digits[:k]
    elif n >= 0:
        digits = (digits + '0' * n)[-prec:]
    else:
        digits = ('0' * -n + digits)[:prec]
    return _make(a._sign, int(digits), a._exp)


def _total_cmp(a, b):
    """-1, 0 or 1: the specification's total order of representations."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    ra, rb = _total_rank(a), _total_rank(b)
    if ra != rb:
        return flip if ra > rb else -flip
    if ra >= 2:
        return flip * ((a._int > b._int) - (a._int < b._int))
    if ra == 1:
        return 0
    c = _cmp(a.copy_abs(), b.copy_abs())
    if c == 0:
        c = (a._exp > b._exp) - (a._exp < b._exp)
    return flip * c


def _total_rank(d):
    return {'F': 1, 'N': 2, 'n': 3}.get(d._exp, 0) if isinstance(d._exp, str) else 0


def _sub_make(cls, sign, coef, exp):
    if cls is Decimal:
        return _make(sign, coef, exp)
    d = object.__new__(cls)
    d._sign = sign
    d._int = coef
    d._exp = exp
    return d


def _check_mode(rounding, ctx):
    if rounding is None:
        return ctx.rounding
    if rounding not in _MODES:
        raise TypeError(_ROUNDING_HELP)
    return rounding


def _rescale(d, target, mode, ctx, check):
    """d with exponent `target` (rounding with `mode`)."""
    if d._int == 0:
        return _make(d._sign, 0, target)
    conds = []
    if d._exp >= target:
        coef = d._int * 10 ** (d._exp - target)
    else:
        coef, inexact = _round_off(d._sign, d._int, target - d._exp, mode)
        conds = [Inexact, Rounded] if inexact else [Rounded]
    if check and _ndigits(coef) > ctx.prec:
        return _invalid(ctx)
    res = _make(d._sign, coef, target)
    if check and res._int and res.adjusted() < ctx.Emin:
        conds.append(Subnormal)
    return ctx._raise(conds, res) if conds else res


def _from_float(f):
    if f != f:
        return _nan_of(1 if _m.copysign(1.0, f) < 0 else 0, 0)
    if f in (float('inf'), float('-inf')):
        return _inf(1 if f < 0 else 0)
    sign = 1 if _m.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _make(sign, n * 5 ** k, -k)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if exp == 'F':
        return (sign, 0, 'F')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    for dgt in digits:
        if not isinstance(dgt, int) or not 0 <= dgt <= 9:
            raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dgt in digits:
        coef = coef * 10 + dgt
    if exp in ('n', 'N'):
        return (sign, coef, exp)
    if not isinstance(exp, int):
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    return (sign, coef, exp)


def _sci_string(d, capitals, eng=False):
    sign = '-' if d._sign else ''
    if d._exp == 'F':
        return sign + 'Infinity'
    if d._exp in ('n', 'N'):
        body = 'sNaN' if d._exp == 'N' else 'NaN'
        return sign + body + (str(d._int) if d._int else '')
    digits = str(d._int)
    exp = d._exp
    lead = exp + len(digits)
    if exp <= 0 and lead > -6:
        point = lead
    elif not eng:
        point = 1
    elif d._int == 0:
        point = (lead + 1) % 3 - 1
    else:
        point = (lead - 1) % 3 + 1
    if point <= 0:
        text = '0.' + '0' * (-point) + digits
    elif point >= len(digits):
        text = digits + '0' * (point - len(digits))
    else:
        text = digits[:point] + '.' + digits[point:]
    e = lead - point
    if e:
        text += ('E' if capitals else 'e') + ('%+d' % e)
    return sign + text


def _power(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    if b._exp == 'F' or a._exp == 'F':
        return _power_special(a, b, ctx)
    if b._exp < 0 and b._int % 10 ** (-b._exp) != 0:
        res = _math().power(a, b, ctx)
        if res is not None:
            return res
        if a._int == 0:
            return _make(0, 0, 0) if not b._sign else _inf(0)
    n = int(b)
    if a._int == 0:
        if n == 0:
            return _invalid(ctx)
        sign = a._sign if n % 2 else 0
        if n < 0:
            return _inf(sign)
        return _make(sign, 0, 0)
    sign = a._sign if n % 2 else 0
    if n == 0:
        return _finish(_make(0, 1, 0), ctx, [])
    # Like libmpdec: left-to-right binary powering at a few extra digits
    # of working precision (rounding half-even), then one final rounding.
    work = ctx.prec + _ndigits(abs(n)) + 2
    conds = []
    base = _make(0, a._int, a._exp)
    if n < 0:
        work += 1
        wctx = Context(prec=work, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
        base = _div(_make(0, 1, 0), base, wctx)
        conds += [c for c in (Inexact, Rounded) if wctx.flags[c]]
    acc = base
    for bit in bin(abs(n))[3:]:
        acc = _mul_round(acc, acc, work, conds)
        if bit == '1':
            acc = _mul_round(acc, base, work, conds)
    return _finish(_make(sign, acc._int, acc._exp), ctx, conds)


def _mul_round(x, y, digits, conds):
    coef = x._int * y._int
    exp = x._exp + y._exp
    extra = _ndigits(coef) - digits
    if extra > 0:
        coef, inexact = _round_off(0, coef, extra, ROUND_HALF_EVEN)
        exp += extra
        if _ndigits(coef) > digits:
            coef //= 10
            exp += 1
        for c in ((Inexact, Rounded) if inexact else (Rounded,)):
            if c not in conds:
                conds.append(c)
    return _make(0, coef, exp)


def _power_special(a, b, ctx):
    if b._exp == 'F':
        if a._exp != 'F' and a._int == 0:
            return _make(0, 0, 0) if not b._sign else _inf(0)
        if a._sign:
            return _invalid(ctx)
        mag = _cmp(a.copy_abs(), _make(0, 1, 0)) if a._exp != 'F' else 1
        if mag == 0:
            return ctx._raise([Inexact, Rounded], _make(0, 10 ** (ctx.prec - 1), 1 - ctx.prec))
        if (mag > 0) != bool(b._sign):
            return _inf(0)
        return _make(0, 0, 0)
    # a is infinite, b finite
    if b._int == 0:
        return _make(0, 1, 0)
    odd = b._exp >= 0 and (b._int * 10 ** b._exp) % 2 == 1
    sign = a._sign if odd else 0
    if b._exp < 0 and b._int % 10 ** (-b._exp):
        if a._sign:
            return _invalid(ctx)
        sign = 0
    if b._sign:
        return _make(sign, 0, 0)
    return _inf(sign)


def _powmod(a, b, mod, ctx):
    for x in (a, b, mod):
        if not x.is_finite() or x._exp < 0 and x._int % 10 ** (-x._exp):
            return _invalid(ctx)
    if b._sign or mod._int == 0:
        return _invalid(ctx)
    base, e, md = int(a), int(b), int(mod)
    if _ndigits(abs(md)) > ctx.prec:
        return _invalid(ctx)
    r = pow(abs(base), e, abs(md))
    sign = 1 if base < 0 and e % 2 else 0
    return _make(sign, r, 0)


# -- __format__ -----------------------------------------------------------------------

def _parse_spec(spec):
    i = 0
    n = len(spec)
    fill, align = ' ', None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nozero = False
    if i < n and spec[i] == 'z':
        nozero = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        if align is not None:
            # libmpdec refuses an explicit alignment together with '0'
            raise ValueError('invalid format string')
        zero = True
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    if j > i and spec[i] == '0':
        raise ValueError('invalid format string')
    width = int(spec[i:j]) if j > i else None
    i = j
    group = ''
    if i < n and spec[i] == ',':
        group = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError('Invalid format specifier')
        prec = int(spec[i + 1:j])
        i = j
    kind = None
    if i < n:
        kind = spec[i]
        i += 1
    if i != n or (kind is not None and kind not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    if zero and align is None:
        fill, align = '0', '='
    return fill, align or '>', sign, nozero, zero, width, group, prec, kind


def _group(intpart, sep):
    if not sep:
        return intpart
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


def _format(d, spec):
    ctx = getcontext()
    fill, align, signopt, nozero, zero, width, group, prec, kind = _parse_spec(spec)
    neg = d._sign == 1
    if d._exp in ('n', 'N', 'F'):
        if zero:
            fill, align = ' ', '>'
        body = _sci_string(d.copy_abs(), 1)
        if kind == '%':
            body += '%'
    else:
        if kind is None:
            kind = 'G' if ctx.capitals else 'g'
            plain = True
        else:
            plain = False
        if kind == '%':
            d = _make(d._sign, d._int, d._exp + 2)
        mode = ctx.rounding
        if prec is not None:
            if kind in 'eE':
                d = _round_digits(d, prec + 1, mode)
                short = prec + 1 - _ndigits(d._int)
                if d._int and short > 0:
                    d = _make(d._sign, d._int * 10 ** short, d._exp - short)
            elif kind in 'fF%':
                d = _rescale(d, -prec, mode, ctx, False)
            elif kind in 'gGn' and _ndigits(d._int) > max(prec, 1 if not plain else prec):
                d = _round_digits(d, max(prec, 1) if not plain or prec else 1, mode)
        if d._int == 0 and d._exp > 0 and kind in 'fF%':
            d = _make(d._sign, 0, 0)
        if nozero and d._int == 0:
            neg = False
        digits = str(d._int)
        lead = d._exp + len(digits)
        if kind in 'eE':
            point = 1 - prec if (d._int == 0 and prec is not None) else 1
        elif kind in 'fF%':
            point = lead
        else:
            point = lead if (d._exp <= 0 and lead > -6) else 1
        if point < 0:
            ip, fp = '0', '0' * (-point) + digits
        elif point > len(digits):
            ip, fp = digits + '0' * (point - len(digits)), ''
        else:
            ip, fp = digits[:point] or '0', digits[point:]
        e = lead - point
        tail = ''
        if fp:
            tail = '.' + fp
        if e != 0 or kind in 'eE':
            tail += ('E' if kind in 'EG' else 'e') + '%+d' % e
        if kind == '%':
            tail += '%'
        if zero and group and width:
            room = width - len(tail) - (1 if (neg or signopt in '+ ') else 0)
            while len(_group(ip, group)) < room:
                ip = '0' + ip
        body = _group(ip, group) + tail
    sign = '-' if neg else ('+' if signopt == '+' else (' ' if signopt == ' ' else ''))
    width = width or 0
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '^':
        left = pad // 2
        return fill * left + sign + body + fill * (pad - left)
    if align == '=':
        return sign + fill * pad + body
    return fill * pad + sign + body


def _round_digits(d, digits, mode):
    """d rounded to `digits` significant digits."""
    extra = _ndigits(d._int) - digits
    if extra <= 0:
        return d
    coef, _ = _round_off(d._sign, d._int, extra, mode)
    exp = d._exp + extra
    if _ndigits(coef) > digits:
        coef //= 10
        exp += 1
    return _make(d._sign, coef, exp)


class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)."""

    __slots__ = ()

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    @property
    def sign(self):
        return self[0]

    @property
    def digits(self):
        return self[1]

    @property
    def exponent(self):
        return self[2]

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % self
