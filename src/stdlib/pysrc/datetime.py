"""Dates, times and intervals for Pyrite: timedelta, date, time, datetime,
tzinfo and fixed-offset timezone.

timedelta, date, datetime, tzinfo and timezone are native types of
`_dtcore`. time and IsoCalendarDate are thin Python classes: their fields
live in `__slots__` and the work (validation, formatting, parsing) is done
by `_dtcore`.
"""

import time as _time
import operator as _op
import _dtcore as _c

_mk = _c.mk

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SEC = 1000000


def _int_field(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _op.index(v)


def _check_time(hour, minute, second, microsecond, fold):
    hour = _int_field(hour)
    minute = _int_field(minute)
    second = _int_field(second)
    microsecond = _int_field(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond


def _check_new_cls(cls, base, label):
    """CPython's checks of the class given to `__new__`."""
    if not isinstance(cls, type):
        raise TypeError('{}.__new__(X): X is not a type object ({})'.format(label, type(cls).__name__))
    if not issubclass(cls, base):
        raise TypeError('{0}.__new__({1}): {1} is not a subtype of {0}'.format(label, cls.__name__))


def _check_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '{}'".format(
            type(tz).__name__))


_OWN = set()


def _tname(x):
    t = type(x)
    if t in _OWN:
        return 'datetime.' + t.__name__
    if t.__module__ == 'builtins':
        return t.__name__
    return t.__qualname__


def _cls_label(obj):
    t = type(obj)
    return 'datetime.' + t.__name__ if t in _OWN else t.__qualname__


def _foreign(other):
    """True when `other` is a value whose type cannot take part in the
    reflected operation (built-in or one of ours), so the error is ours to
    raise."""
    t = type(other)
    return t.__module__ == 'builtins' or t in _OWN


def _no_binop(sym, a, b):
    if _foreign(b):
        raise TypeError("unsupported operand type(s) for {}: '{}' and '{}'".format(sym, _tname(a), _tname(b)))
    return NotImplemented


def _builtin_binop(sym, a, b):
    if type(b).__module__ == 'builtins':
        return _no_binop(sym, a, b)
    return NotImplemented


def _no_compare(sym, a, b):
    if _foreign(b):
        raise TypeError("'{}' not supported between instances of '{}' and '{}'".format(sym, _tname(a), _tname(b)))
    return NotImplemented


_tdn = _c.td_new


def _td(total):
    """A timedelta of `total` microseconds."""
    return _tdn(timedelta, total)


# timedelta is native: a duration in days, seconds and microseconds, whose
# `_t` attribute is its total microseconds.
timedelta = _c.timedelta
_OWN.add(timedelta)


def _attach(cls, kind):
    """Installs the native read-only field attributes of `cls`."""
    for name, getter in _c.getters(kind):
        setattr(cls, name, getter)




# ----- formatting helpers -----

def _offset_text(off, sep):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset (sep between fields)."""
    if off is None:
        return ''
    return _c.offset_text(off._t, sep)


def _us_bytes(us):
    """The three big-endian bytes of a microsecond count (pickle states)."""
    return (us >> 16, (us >> 8) & 255, us & 255)


def _us_of(three):
    return (three[0] << 16) | (three[1] << 8) | three[2]


def _check_state_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('bad tzinfo state arg')


class IsoCalendarDate(tuple):
    """(year, week, weekday) with named fields, from `date.isocalendar`."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year={}, week={}, weekday={})'.format(*self)


# ----- tzinfo / timezone -----

# tzinfo (the abstract base of time zones) and timezone (a fixed offset,
# with the `utc` singleton) are native.
tzinfo = _c.tzinfo
timezone = _c.timezone
_OWN.add(tzinfo)
_OWN.add(timezone)
UTC = timezone.utc

# A timezone for an offset in microseconds (None stays None).
_fixed_zone = _c.fixed_zone
_zone_offset = _c.zone_offset


def _ztext(off):
    """The %z text of a utcoffset() result."""
    return '' if off is None else _c.offset_text(off._t, '')


def _offset_of(tz, dt, what='utcoffset'):
    """`tz.<what>(dt)` checked (None for no tz)."""
    return _zone_offset(tz, dt, what)


def _tzname_of(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '{}'".format(type(name).__name__))
    return name


# ----- date -----

# date is native: a calendar date (year, month, day); datetime derives from
# it.
date = _c.date
_OWN.add(date)


# ----- time -----

class time:
    """A time of day, optionally with a tzinfo."""
    __slots__ = ('_h', '_mi', '_s', '_us', '_tz', '_fold', '_hash')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_new_cls(cls, time, 'datetime.time')
        if type(hour) is bytes and len(hour) == 6 and hour[0] & 127 < 24:
            st = hour
            zone = None if type(minute) is int and minute == 0 else minute
            _check_state_tz(zone)
            return _mk(cls, st[0] & 127, st[1], st[2], _us_of(st[3:]), zone, st[0] >> 7, None)
        if _c.time_ok(hour, minute, second, microsecond, fold) is None:
            hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _check_tz(tzinfo)
        return _mk(cls, hour, minute, second, microsecond, tzinfo, fold, None)

    @classmethod
    def fromisoformat(cls, time_string):
        hh, mm, ss, us, off = _c.parse_iso(time_string, 2)
        return cls(hh, mm, ss, us, _fixed_zone(off))

    def utcoffset(self):
        return _offset_of(self._tz, None)

    def dst(self):
        return _offset_of(self._tz, None, 'dst')

    def tzname(self):
        return _tzname_of(self._tz, None)

    def isoformat(self, timespec='auto'):
        text = _c.iso(None, 0, 0, None, self._h, self._mi, self._s, self._us, timespec)
        if self._tz is None:
            return text
        return text + _offset_text(self.utcoffset(), ':')

    __str__ = isoformat

    def __repr__(self):
        args = '{}, {}'.format(self._h, self._mi)
        if self._us:
            args += ', {}, {}'.format(self._s, self._us)
        elif self._s:
            args += ', {}'.format(self._s)
        if self._tz is not None:
            args += ', tzinfo={!r}'.format(self._tz)
        if self._fold:
            args += ', fold=1'
        return '{}({})'.format(_cls_label(self), args)

    def strftime(self, fmt):
        z = name = ''
        if self._tz is not None and isinstance(fmt, str):
            if '%z' in fmt:
                z = _ztext(self.utcoffset())
            if '%Z' in fmt:
                name = self.tzname() or ''
        return _c.strftime(fmt, 1900, 1, 1, self._h, self._mi, self._s, self._us, z, name)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not ' + type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._h if hour is None else hour, self._mi if minute is None else minute,
                          self._s if second is None else second, self._us if microsecond is None else microsecond,
                          self._tz if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _cmpkey(self, other, sym):
        if not isinstance(other, time):
            return None
        ka = ((self._h * 60 + self._mi) * 60 + self._s) * _US_PER_SEC + self._us
        kb = ((other._h * 60 + other._mi) * 60 + other._s) * _US_PER_SEC + other._us
        if self._tz is other._tz:
            return ka, kb
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            if sym == '==':
                return False
            raise TypeError("can't compare offset-naive and offset-aware times")
        if a is not None and a != b:
            ka -= a._t
            kb -= b._t
        return ka, kb

    def __eq__(self, other):
        k = self._cmpkey(other, '==')
        if k is None:
            return NotImplemented
        return k is not False and k[0] == k[1]

    def __lt__(self, other):
        k = self._cmpkey(other, '<')
        return _no_compare('<', self, other) if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._cmpkey(other, '<=')
        return _no_compare('<=', self, other) if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmpkey(other, '>')
        return _no_compare('>', self, other) if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._cmpkey(other, '>=')
        return _no_compare('>=', self, other) if k is None else k[0] >= k[1]

    def __hash__(self):
        if self._hash is None:
            off = self.utcoffset()
            total = (self._h * 3600 + self._mi * 60 + self._s) * _US_PER_SEC + self._us
            if off is not None:
                total -= off._t
            self._hash = hash(total)
        return self._hash

    def __bool__(self):
        return True

    def __add__(self, other):
        return _builtin_binop('+', self, other) if not isinstance(other, time) else _no_binop('+', self, other)

    def __sub__(self, other):
        return _builtin_binop('-', self, other) if not isinstance(other, time) else _no_binop('-', self, other)

    def __reduce_ex__(self, protocol):
        # Pickle state as CPython's: hour (high bit: fold, protocols 4 and
        # up), minute, second, then the microseconds in three bytes.
        packed = bytes((self._h | (128 if self._fold and protocol > 3 else 0), self._mi, self._s) +
                       _us_bytes(self._us))
        return type(self), (packed,) if self._tz is None else (packed, self._tz)

    def __reduce__(self):
        return self.__reduce_ex__(2)


_OWN.add(time)
_attach(time, 'time')
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ----- datetime -----

# datetime is native: a date and a time of day, optionally with a tzinfo
# (a subclass of the native date).
datetime = _c.datetime
_OWN.add(datetime)
_c.dt_setup(tzinfo, time, timezone)
_c.date_setup(datetime, IsoCalendarDate, _time.struct_time)
# A native constructor for the common call (the Python one stays the
# fallback for everything else).
time.__new__ = _c.fast_new(time, tzinfo, time.__new__)
