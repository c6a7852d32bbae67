"""Dates, times and intervals for Pyrite: timedelta, date, time, datetime,
tzinfo and fixed-offset timezone.

timedelta, date, tzinfo and timezone are native types of `_dtcore`. The others are
thin: their fields live in `__slots__` (a datetime's date part in the native
date state) and the work (validation, calendar arithmetic, formatting,
parsing, timestamps and the local zone) is done by `_dtcore`. Besides its
fields, a datetime keeps its wall-clock microsecond count (`_k`) and a
timedelta its total microseconds (`_t`), so comparison, hashing and
arithmetic are single int operations.
"""

import time as _time
import operator as _op
import _dtcore as _c

_mk = _c.mk

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SEC = 1000000
_US_PER_DAY = 86400 * _US_PER_SEC
_MAX_ORDINAL = 3652059



def _int_field(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _op.index(v)


def _check_date(year, month, day):
    year = _int_field(year)
    month = _int_field(month)
    day = _int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year {} is out of range'.format(year))
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    _c.date_key(year, month, day)
    return year, month, day


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
_dtat = _c.dt_at
_dtnew = _c.dt_new


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


def _struct_time(y, mo, d, h, mi, s, dst):
    ordinal = _c.date_key(y, mo, d)
    fields = (y, mo, d, h, mi, s, (ordinal + 6) % 7, ordinal - _c.date_key(y, 1, 1) + 1, dst)
    return _time.struct_time(fields)
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
# it and keeps its date part in the same native state.
date = _c.date
_OWN.add(date)


_EPOCH_ORDINAL = 719163
_EPOCH_US = _EPOCH_ORDINAL * _US_PER_DAY


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

# The classes under names that datetime's methods do not shadow.
_date_class = date
_time_class = time

def _new_dt(cls, y, m, d, hh, mm, ss, us, tz, fold):
    """A datetime (or `cls`) of int fields, validated."""
    if cls is datetime:
        return _dtnew(datetime, y, m, d, hh, mm, ss, us, tz, fold)
    return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)


def _dt_at(cls, k, tz):
    """A datetime (or `cls`) at wall-clock microsecond count `k`."""
    if cls is datetime:
        return _dtat(datetime, k, tz)
    f = _c.split_us(k)
    return cls(f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz)


def _utc_keys(a, b, sym):
    """The keys of datetimes `a` and `b` to compare: UTC microseconds when
    both are aware, wall ones when both are naive; False for `==` of a
    naive and an aware one."""
    oa = a.utcoffset()
    ob = b.utcoffset()
    if (oa is None) != (ob is None):
        if sym == '==':
            return False
        raise TypeError("can't compare offset-naive and offset-aware datetimes")
    if oa is None:
        return a._k, b._k
    return a._k - oa._t, b._k - ob._t


def _dt_other(a, b, sym):
    """Comparison of datetime `a` with a non-datetime `b`."""
    if isinstance(b, date):
        if sym == '==':
            return False
        raise TypeError("can't compare {} to {}".format(_tname(a), _tname(b)))
    return _no_compare(sym, a, b)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""
    __slots__ = ('_h', '_mi', '_s', '_us', '_tz', '_fold', '_k', '_hash')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_new_cls(cls, datetime, 'datetime.datetime')
        if type(year) is bytes and len(year) == 10 and 1 <= year[2] & 127 <= 12:
            st = year
            _check_state_tz(month)
            return _dtnew(cls, st[0] * 256 + st[1], st[2] & 127, st[3], st[4], st[5], st[6],
                          _us_of(st[7:]), month, st[2] >> 7)
        self = _dtnew(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold)
        if self is None:
            if month is None or day is None:
                raise TypeError("function missing required argument '{}' (pos {})".format(
                    'month' if month is None else 'day', 2 if month is None else 3))
            year, month, day = _check_date(year, month, day)
            hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
            self = _dtnew(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold)
        if tzinfo is not None:
            _check_tz(tzinfo)
        return self

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is None:
            if cls is datetime:
                return _c.ts_dt(datetime, t, True)
            f = _c.from_ts(t, True)
            return _new_dt(cls, f[0], f[1], f[2], f[3], f[4], f[5], f[6], None, f[7])
        _check_tz(tz)
        f = _c.from_ts(t, False)
        return tz.fromutc(_new_dt(cls, f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz, 0))

    @classmethod
    def utcfromtimestamp(cls, t):
        if cls is datetime:
            return _c.ts_dt(datetime, t, False)
        f = _c.from_ts(t, False)
        return _new_dt(cls, f[0], f[1], f[2], f[3], f[4], f[5], f[6], None, 0)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _op.index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _c.ord_ymd(n)
        return _new_dt(cls, y, m, d, 0, 0, 0, 0, None, 0)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        d = date.fromisocalendar(year, week, day)
        return _new_dt(cls, d.year, d.month, d.day, 0, 0, 0, 0, None, 0)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not ' + type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not ' + type(time).__name__)
        if tzinfo is True:
            tz = time._tz
        else:
            tz = tzinfo
            if tz is not None:
                _check_tz(tz)
        if cls is datetime:
            return _dtnew(datetime, date.year, date.month, date.day, time._h, time._mi, time._s, time._us, tz,
                          time._fold)
        return cls(date.year, date.month, date.day, time._h, time._mi, time._s, time._us, tz, fold=time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if cls is datetime:
            return _c.iso_dt(datetime, date_string, _fixed_zone)
        y, m, d, hh, mm, ss, us, off = _c.parse_iso(date_string, 1)
        return _new_dt(cls, y, m, d, hh, mm, ss, us, _fixed_zone(off), 0)

    @classmethod
    def strptime(cls, date_string, format):
        y, m, d, hh, mi, ss, us, off = _c.strptime(date_string, format)
        return _new_dt(cls, y, m, d, hh, mi, ss, us, _fixed_zone(off), 0)

    def toordinal(self):
        return self._k // _US_PER_DAY

    def weekday(self):
        return (self._k // _US_PER_DAY + 6) % 7

    def isoweekday(self):
        return (self._k // _US_PER_DAY + 6) % 7 + 1

    def date(self):
        return date(self._y, self._m, self._d)

    def time(self):
        return time(self._h, self._mi, self._s, self._us, fold=self._fold)

    def timetz(self):
        return time(self._h, self._mi, self._s, self._us, self._tz, fold=self._fold)

    def utcoffset(self):
        return _zone_offset(self._tz, self, 'utcoffset')

    def dst(self):
        return _offset_of(self._tz, self, 'dst')

    def tzname(self):
        return _tzname_of(self._tz, self)

    def _local_utc_seconds(self):
        """POSIX second of this naive datetime read as local time."""
        return _c.local_utc(self._k // _US_PER_SEC - _EPOCH_ORDINAL * 86400, self._fold)

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            return self._local_utc_seconds() + self._us / 1e6
        return (self._k - _EPOCH_US - off._t) / 10 ** 6

    def timetuple(self):
        dst = -1
        if self._tz is not None:
            flag = self.dst()
            dst = -1 if flag is None else (1 if flag else 0)
        return _struct_time(self._y, self._m, self._d, self._h, self._mi, self._s, dst)

    def utctimetuple(self):
        off = self.utcoffset()
        moment = self if off is None else _dt_at(datetime, self._k - off._t, None)
        return _struct_time(moment._y, moment._m, moment._d, moment._h, moment._mi, moment._s, 0)

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tz(tz)
        mine = self._tz
        if mine is tz and tz is not None:
            return self
        off = _zone_offset(mine, self, 'utcoffset')
        if off is None:
            # A naive datetime is local time, read with the offset in force
            # at the instant `timestamp()` gives (in a gap this moves it).
            utc = self._k - _c.local_zone(self._local_utc_seconds())[0] * _US_PER_SEC
        else:
            utc = self._k - off._t
        if tz is None:
            gmtoff, name = _c.local_zone((utc - _EPOCH_US) // _US_PER_SEC)
            tz = timezone(_td(gmtoff * _US_PER_SEC), name)
        if type(tz) is timezone:
            return _dt_at(type(self), utc + tz.utcoffset(None)._t, tz)
        return tz.fromutc(_dt_at(type(self), utc, tz))

    def isoformat(self, sep='T', timespec='auto'):
        if sep != 'T' and (not isinstance(sep, str) or len(sep) != 1):
            raise TypeError('isoformat() argument 1 must be a unicode character, not ' + type(sep).__name__)
        text = _c.iso(self._y, self._m, self._d, sep, self._h, self._mi, self._s, self._us, timespec)
        if self._tz is None:
            return text
        return text + _offset_text(self.utcoffset(), ':')

    def __str__(self):
        text = _c.iso(self._y, self._m, self._d, ' ', self._h, self._mi, self._s, self._us, 'auto')
        if self._tz is None:
            return text
        return text + _offset_text(self.utcoffset(), ':')

    def __repr__(self):
        args = '{}, {}, {}, {}, {}'.format(self._y, self._m, self._d, self._h, self._mi)
        if self._us:
            args += ', {}, {}'.format(self._s, self._us)
        elif self._s:
            args += ', {}'.format(self._s)
        if self._fold:
            args += ', fold=1'
        if self._tz is not None:
            args += ', tzinfo={!r}'.format(self._tz)
        return '{}({})'.format(_cls_label(self), args)

    def ctime(self):
        return _c.strftime('%c', self._y, self._m, self._d, self._h, self._mi, self._s, 0, '', '')

    def strftime(self, fmt):
        z = name = ''
        if self._tz is not None:
            # As CPython: the time tuple first (which asks dst()), then the
            # offset and the name if the format uses them.
            self.dst()
            if isinstance(fmt, str):
                if '%z' in fmt:
                    z = _ztext(self.utcoffset())
                if '%Z' in fmt:
                    name = self.tzname() or ''
        return _c.strftime(fmt, self._y, self._m, self._d, self._h, self._mi, self._s, self._us, z, name)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return _new_dt(type(self), self._y if year is None else year, self._m if month is None else month,
                       self._d if day is None else day, self._h if hour is None else hour,
                       self._mi if minute is None else minute, self._s if second is None else second,
                       self._us if microsecond is None else microsecond, self._tz if tzinfo is True else tzinfo,
                       self._fold if fold is None else fold)

    def __add__(self, other):
        if isinstance(other, timedelta):
            if type(self) is datetime:
                return _dtat(datetime, self._k + other._t, self._tz)
            return _dt_at(type(self), self._k + other._t, self._tz)
        return _no_binop('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _dt_at(type(self), self._k + other._t, self._tz)
        if _foreign(other):
            raise TypeError("unsupported operand type(s) for +: '{}' and '{}'".format(_tname(other), _tname(self)))
        return NotImplemented

    def __rsub__(self, other):
        # Reached for operands whose own `-` declined (a date, a timedelta,
        # a built-in value): the message names this class as CPython's.
        if _foreign(other):
            raise TypeError("unsupported operand type(s) for -: '{}' and '{}'".format(_tname(other), _tname(self)))
        return NotImplemented

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    def __sub__(self, other):
        if isinstance(other, timedelta):
            if type(self) is datetime:
                return _dtat(datetime, self._k - other._t, self._tz)
            return _dt_at(type(self), self._k - other._t, self._tz)
        if isinstance(other, datetime):
            if self._tz is other._tz:
                return _tdn(timedelta, self._k - other._k)
            a = self.utcoffset()
            b = other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if a is None:
                return _tdn(timedelta, self._k - other._k)
            return _tdn(timedelta, self._k - a._t - other._k + b._t)
        return _no_binop('-', self, other)

    def __hash__(self):
        if self._tz is None:
            return hash(self._k)
        h = self._hash
        if h is None:
            off = self.utcoffset()
            h = self._hash = hash(self._k if off is None else self._k - off._t)
        return h

    def __reduce_ex__(self, protocol):
        # Pickle state as CPython's: the date's four bytes (month's high
        # bit: fold, protocols 4 and up), hour, minute, second and the
        # microseconds in three bytes.
        head = (self._y >> 8, self._y & 255, self._m | (128 if self._fold and protocol > 3 else 0), self._d)
        packed = bytes(head + (self._h, self._mi, self._s) + _us_bytes(self._us))
        return type(self), (packed,) if self._tz is None else (packed, self._tz)

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _dt_compare(a, b, sym):
    """`a <sym> b` for datetime `a`, where the native comparison (both
    datetimes with one tzinfo object) does not apply."""
    if not isinstance(b, datetime):
        if sym == '==':
            return False if isinstance(b, date) else NotImplemented
        return _dt_other(a, b, sym)
    if a._tz is b._tz:
        ka, kb = a._k, b._k
    else:
        k = _utc_keys(a, b, sym)
        if k is False:
            return False
        ka, kb = k
    if sym == '==':
        return ka == kb
    if sym == '<':
        return ka < kb
    if sym == '<=':
        return ka <= kb
    if sym == '>':
        return ka > kb
    return ka >= kb


(datetime.__eq__, datetime.__lt__, datetime.__le__, datetime.__gt__,
 datetime.__ge__) = _c.dt_methods(datetime, _dt_compare)
_OWN.add(datetime)
_attach(datetime, 'dt_date')
_attach(datetime, 'datetime')


def _install_fast_paths():
    # Native versions of the hottest methods; each calls the Python method
    # it replaces for every case it does not handle itself.
    names = ('__add__', '__sub__', '__hash__', '__repr__', '__str__')
    native = _c.fast_methods(datetime, tuple(vars(datetime)[name] for name in names))
    for name, method in zip(names, native):
        setattr(datetime, name, method)


_install_fast_paths()
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_c.date_setup(datetime, IsoCalendarDate, _time.struct_time)
# Native constructors for the common calls (the Python ones stay the
# fallback for everything else).
datetime.__new__, time.__new__ = _c.fast_new(datetime, time, tzinfo, datetime.__new__, time.__new__)
