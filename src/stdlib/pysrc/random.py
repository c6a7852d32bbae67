# Pyrite's `random` module, written for Pyrite on top of the native
# Mersenne Twister in `_random`. The distributions use the same published
# algorithms as CPython 3.11 so a given seed yields the same numbers.

import _random
from math import log as _ln, exp as _e_pow, sqrt as _root, cos as _cosine
from math import sin as _sine, acos as _arccos, floor as _fl, ceil as _cl
from math import isfinite as _finite, pi as _PI, e as _E
from itertools import accumulate as _running_sum
from bisect import bisect as _bisect_right

__all__ = ['Random', 'SystemRandom', 'betavariate', 'choice', 'choices',
           'expovariate', 'gammavariate', 'gauss', 'getrandbits', 'getstate',
           'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes',
           'randint', 'random', 'randrange', 'sample', 'seed', 'setstate',
           'shuffle', 'triangular', 'uniform', 'vonmisesvariate',
           'weibullvariate']

TWOPI = 2.0 * _PI
LOG4 = _ln(4.0)
NV_MAGICCONST = 4.0 * _e_pow(-0.5) / _root(2.0)
SG_MAGICCONST = 1.0 + _ln(4.5)
BPF = 53
RECIP_BPF = 2.0 ** -BPF

_as_index = _random._index
_native = _random._native_methods


def _warn(message, category=DeprecationWarning, level=4):
    # Emits a warning when a `warnings` module is available; `level` counts
    # this helper's frame too.
    try:
        import warnings as w
    except ImportError:
        return
    w.warn(message, category, level)


def _is_sequence(obj):
    # A stand-in for isinstance(obj, collections.abc.Sequence).
    if isinstance(obj, (list, tuple, str, range, bytes, bytearray, memoryview)):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    try:
        from collections.abc import Sequence
    except ImportError:
        return False
    return isinstance(obj, Sequence)


def _to_int_arg(value, which):
    # Converts a randrange() argument to an int, the 3.11 way.
    try:
        return _as_index(value)
    except TypeError:
        as_int = int(value)
        if as_int != value:
            _warn('randrange() will raise TypeError in the future')
            raise ValueError('non-integer %s for randrange()' % which)
        _warn('non-integer arguments to randrange() have been deprecated '
              'since Python 3.10 and will be removed in a subsequent version')
        return as_int


class Random(_random.Random):

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that supplies its own random() but not getrandbits()
        # draws integers from random() instead.
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                break
            if 'getrandbits' in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                break
        super().__init_subclass__(**kwargs)

    def seed(self, a=None, version=2):
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            acc = (ord(text[0]) << 7) if text else 0
            for ch in text:
                acc = ((1000003 * acc) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            acc ^= len(text)
            a = -2 if acc == -1 else acc
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            raw = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(raw + _random._sha512(raw), 'big')
        elif not (a is None or isinstance(a, (int, float, str, bytes, bytearray))):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        return (self.VERSION, super().getstate(), self.gauss_next)

    def setstate(self, state):
        version = state[0]
        if version == 3:
            _, inner, self.gauss_next = state
            super().setstate(inner)
        elif version == 2:
            _, inner, self.gauss_next = state
            try:
                inner = tuple(word % 4294967296 for word in inner)
            except TypeError as exc:
                raise TypeError from exc
            super().setstate(inner)
        else:
            raise ValueError('state with version %s passed to '
                             'Random.setstate() of version %s'
                             % (version, self.VERSION))

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (self.__class__, (), self.getstate())

    # The hot methods are native (Rust, `_random._native_methods`); each
    # defers to the `_py_<name>` function below when a subclass or instance
    # overrides a helper it relies on, or for argument types it does not take.
    _randbelow_with_getrandbits = _native['_randbelow_with_getrandbits']
    _randbelow = _randbelow_with_getrandbits

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        # Only random() is available: scale a float, rejecting the tail.
        if n >= maxsize:
            _warn('Underlying random() generator does not supply \n'
                  'enough bits to choose from a population range this large.\n'
                  'To remove the range limitation, add a getrandbits() method.',
                  UserWarning, 2)
            return _fl(self.random() * n)
        if n == 0:
            return 0
        limit = maxsize - (maxsize % n)
        draw = self.random() * maxsize
        while draw >= limit:
            draw = self.random() * maxsize
        return _fl(draw) % n

    randrange = _native['randrange']
    randint = _native['randint']
    randbytes = _native['randbytes']
    choice = _native['choice']
    shuffle = _native['shuffle']
    sample = _native['sample']
    choices = _native['choices']
    uniform = _native['uniform']
    triangular = _native['triangular']
    normalvariate = _native['normalvariate']
    gauss = _native['gauss']
    lognormvariate = _native['lognormvariate']
    expovariate = _native['expovariate']
    vonmisesvariate = _native['vonmisesvariate']
    gammavariate = _native['gammavariate']
    betavariate = _native['betavariate']
    paretovariate = _native['paretovariate']
    weibullvariate = _native['weibullvariate']


# -- generic implementations --------------------------------------------
# The native methods call these when they cannot take their fast path.

# -- integers ---------------------------------------------------------

def _py__randbelow_with_getrandbits(self, n):
    # Rejection sampling: draw bit_length(n) bits until below n.
    nbits = n.bit_length()
    candidate = self.getrandbits(nbits)
    while candidate >= n:
        candidate = self.getrandbits(nbits)
    return candidate


def _py_randrange(self, start, stop=None, step=1):
    lo = _to_int_arg(start, 'arg 1')
    if stop is None:
        # Only the default step (or the int 1 itself) may go with no stop.
        if type(step) is not int or step != 1:
            raise TypeError('Missing a non-None stop argument')
        if lo > 0:
            return self._randbelow(lo)
        raise ValueError('empty range for randrange()')
    hi = _to_int_arg(stop, 'stop')
    span = hi - lo
    try:
        stride = _as_index(step)
    except TypeError:
        stride = int(step)
        if stride != step:
            _warn('randrange() will raise TypeError in the future', level=3)
            raise ValueError('non-integer step for randrange()')
        _warn('non-integer arguments to randrange() have been deprecated '
              'since Python 3.10 and will be removed in a subsequent version',
              level=3)
    if stride == 1:
        if span > 0:
            return lo + self._randbelow(span)
        raise ValueError('empty range for randrange() (%d, %d, %d)'
                         % (lo, hi, span))
    if stride > 0:
        count = (span + stride - 1) // stride
    elif stride < 0:
        count = (span + stride + 1) // stride
    else:
        raise ValueError('zero step for randrange()')
    if count <= 0:
        raise ValueError('empty range for randrange()')
    return lo + stride * self._randbelow(count)

def _py_randint(self, a, b):
    return self.randrange(a, b + 1)

def _py_randbytes(self, n):
    nbits = n * 8
    return self.getrandbits(nbits).to_bytes(n, 'little')

# -- sequences --------------------------------------------------------

def _py_choice(self, seq):
    # len() is asked twice, as CPython does.
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    index = self._randbelow(len(seq))
    return seq[index]

def _py_shuffle(self, x):
    pick = self._randbelow
    i = len(x) - 1
    while i > 0:
        j = pick(i + 1)
        x[i], x[j] = x[j], x[i]
        i -= 1

def _py_sample(self, population, k, *, counts=None):
    if not _is_sequence(population):
        raise TypeError('Population must be a sequence.  '
                        'For dicts or sets, use sorted(d).')
    size = len(population)
    if counts is not None:
        bounds = list(_running_sum(counts))
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        picks = self.sample(range(total), k=k)
        return [population[_bisect_right(bounds, p)] for p in picks]
    pick = self._randbelow
    if not 0 <= k <= size:
        raise ValueError('Sample larger than population or is negative')
    out = [None] * k
    # Small populations: partial Fisher-Yates on a copy; large ones:
    # redraw indexes already taken (the threshold is CPython's).
    threshold = 21
    if k > 5:
        threshold += 4 ** _cl(_ln(k * 3, 4))
    if size <= threshold:
        pool = list(population)
        for i in range(k):
            j = pick(size - i)
            out[i] = pool[j]
            pool[j] = pool[size - i - 1]
    else:
        taken = set()
        for i in range(k):
            j = pick(size)
            while j in taken:
                j = pick(size)
            taken.add(j)
            out[i] = population[j]
    return out

def _py_choices(self, population, weights=None, *, cum_weights=None, k=1):
    draw = self.random
    size = len(population)
    if cum_weights is None:
        if weights is None:
            fsize = size + 0.0
            return [population[_fl(draw() * fsize)] for _ in range(k)]
        try:
            cum_weights = list(_running_sum(weights))
        except TypeError:
            if not isinstance(weights, int):
                raise
            k = weights
            raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
    elif weights is not None:
        raise TypeError('Cannot specify both weights and cumulative weights')
    if len(cum_weights) != size:
        raise ValueError('The number of weights does not match the population')
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError('Total of weights must be greater than zero')
    if not _finite(total):
        raise ValueError('Total of weights must be finite')
    last = size - 1
    return [population[_bisect_right(cum_weights, draw() * total, 0, last)]
            for _ in range(k)]

# -- real-valued distributions ----------------------------------------

def _py_uniform(self, a, b):
    span = b - a
    return a + span * self.random()

def _py_triangular(self, low=0.0, high=1.0, mode=None):
    u = self.random()
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * _root(u * c)

def _py_normalvariate(self, mu=0.0, sigma=1.0):
    draw = self.random
    while True:
        u1 = draw()
        u2 = 1.0 - draw()
        z = NV_MAGICCONST * (u1 - 0.5) / u2
        if z * z / 4.0 <= -_ln(u2):
            return mu + z * sigma

def _py_gauss(self, mu=0.0, sigma=1.0):
    z = self.gauss_next
    self.gauss_next = None
    if z is None:
        angle = self.random() * TWOPI
        radius = _root(-2.0 * _ln(1.0 - self.random()))
        z = _cosine(angle) * radius
        self.gauss_next = _sine(angle) * radius
    return mu + z * sigma

def _py_lognormvariate(self, mu, sigma):
    return _e_pow(self.normalvariate(mu, sigma))

def _py_expovariate(self, lambd):
    return -_ln(1.0 - self.random()) / lambd

def _py_vonmisesvariate(self, mu, kappa):
    draw = self.random
    if kappa <= 1e-6:
        return TWOPI * draw()
    half = 0.5 / kappa
    r = half + _root(1.0 + half * half)
    while True:
        z = _cosine(_PI * draw())
        d = z / (r + z)
        u2 = draw()
        if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _e_pow(d):
            break
    q = 1.0 / r
    angle = _arccos((q + z) / (1.0 + q * z))
    if draw() > 0.5:
        return (mu + angle) % TWOPI
    return (mu - angle) % TWOPI

def _py_gammavariate(self, alpha, beta):
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError('gammavariate: alpha and beta must be > 0.0')
    draw = self.random
    if alpha > 1.0:
        # Cheng's rejection algorithm GB.
        ainv = _root(2.0 * alpha - 1.0)
        bbb = alpha - LOG4
        ccc = alpha + ainv
        while True:
            u1 = draw()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - draw()
            v = _ln(u1 / (1.0 - u1)) / ainv
            x = alpha * _e_pow(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _ln(z):
                return x * beta
    if alpha == 1.0:
        return -_ln(1.0 - draw()) * beta
    # alpha < 1: Ahrens and Dieter's algorithm GS.
    while True:
        b = (_E + alpha) / _E
        p = b * draw()
        if p <= 1.0:
            x = p ** (1.0 / alpha)
        else:
            x = -_ln((b - p) / alpha)
        u1 = draw()
        if p > 1.0:
            if u1 <= x ** (alpha - 1.0):
                return x * beta
        elif u1 <= _e_pow(-x):
            return x * beta

def _py_betavariate(self, alpha, beta):
    first = self.gammavariate(alpha, 1.0)
    if not first:
        return 0.0
    return first / (first + self.gammavariate(beta, 1.0))

def _py_paretovariate(self, alpha):
    return (1.0 - self.random()) ** (-1.0 / alpha)

def _py_weibullvariate(self, alpha, beta):
    return alpha * (-_ln(1.0 - self.random())) ** (1.0 / beta)


def _name_fallbacks():
    # Error messages name the functions as methods of Random.
    for key, value in list(globals().items()):
        if key.startswith('_py_'):
            value.__name__ = key[4:]
            value.__qualname__ = 'Random.' + key[4:]


_name_fallbacks()
_random._set_fallbacks(globals())


class SystemRandom(Random):

    def random(self):
        return (int.from_bytes(_random._urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        value = int.from_bytes(_random._urandom(nbytes), 'big')
        return value >> (nbytes * 8 - k)

    def randbytes(self, n):
        return _random._urandom(n)

    def seed(self, *args, **kwds):
        return None

    def getstate(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    def setstate(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')


_inst = Random()
for _name in __all__:
    if _name[0].islower():
        globals()[_name] = getattr(_inst, _name)
del _name
