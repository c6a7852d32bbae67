"""Dates, times and intervals for Pyrite: timedelta, date, time, datetime,
tzinfo and fixed-offset timezone.

Calendar arithmetic uses the proleptic Gregorian calendar; day numbers are
converted with the days-from-civil / civil-from-days algorithms. Local time
is UTC (as in Pyrite's `time` module).
"""

import time as _time
import operator as _op
from _dtcore import (_MONTH_LEN, _DAY_NAMES, _MONTH_NAMES, _leap, _month_days, _to_ordinal, _from_ordinal, _day_of_year,
                     _iso_week1_monday, _strftime, _parse_iso_date, _parse_iso_time, _parse_clock, _strptime, _strptime_fields, _iso_parts)

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
    if not 1 <= day <= _month_days(year, month):
        raise ValueError('day is out of range for month')
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


def _round_div(a, b):
    """a / b for ints, rounded half to even."""
    q, r = divmod(a, b)
    twice = 2 * r
    if b < 0:
        twice = -twice
        rb = -b
    else:
        rb = b
    if twice > rb or (twice == rb and q % 2 == 1):
        q += 1
    return q


# ----- timedelta -----

class timedelta:
    """A duration, normalized to days, seconds (0..86399) and
    microseconds (0..999999)."""
    __slots__ = ('_days', '_seconds', '_us', '_hash')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        exact = 0
        approx = 0.0
        for value, scale, label in ((days, _US_PER_DAY, 'days'), (seconds, _US_PER_SEC, 'seconds'),
                                    (microseconds, 1, 'microseconds'), (milliseconds, 1000, 'milliseconds'),
                                    (minutes, 60 * _US_PER_SEC, 'minutes'), (hours, 3600 * _US_PER_SEC, 'hours'),
                                    (weeks, 7 * _US_PER_DAY, 'weeks')):
            if isinstance(value, int):
                exact += value * scale
            elif isinstance(value, float):
                whole = int(value)
                exact += whole * scale
                approx += (value - whole) * scale
            else:
                raise TypeError('unsupported type for timedelta {} component: {}'.format(label, type(value).__name__))
        if approx:
            floor = int(approx // 1)
            exact += floor
            rest = approx - floor
            if rest > 0.5 or (rest == 0.5 and exact % 2 == 1):
                exact += 1
        return cls._make(exact)

    @classmethod
    def _make(cls, total_us):
        days, rest = divmod(total_us, _US_PER_DAY)
        if abs(days) > 999999999:
            raise OverflowError('days={}; must have magnitude <= 999999999'.format(days))
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._us = divmod(rest, _US_PER_SEC)
        self._hash = None
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._us

    def _total(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SEC + self._us

    def total_seconds(self):
        return self._total() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days={}'.format(self._days))
        if self._seconds:
            parts.append('seconds={}'.format(self._seconds))
        if self._us:
            parts.append('microseconds={}'.format(self._us))
        return '{}({})'.format(_cls_label(self), ', '.join(parts) or '0')

    def __str__(self):
        mins, secs = divmod(self._seconds, 60)
        hrs, mins = divmod(mins, 60)
        text = '{}:{:02d}:{:02d}'.format(hrs, mins, secs)
        if self._us:
            text += '.{:06d}'.format(self._us)
        if self._days:
            unit = 'day' if abs(self._days) == 1 else 'days'
            text = '{} {}, {}'.format(self._days, unit, text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(self._total() + other._total())
        return _builtin_binop('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(self._total() + other._total())
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(self._total() - other._total())
        return _builtin_binop('-', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other - self
        return NotImplemented

    def __neg__(self):
        return timedelta._make(-self._total())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._make(self._total() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._make(_round_div(self._total() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total() / other._total()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._make(_round_div(self._total(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError('division by zero')
            return timedelta._make(_round_div(self._total() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total() // other._total()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._make(self._total() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(self._total() % other._total())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total(), other._total())
            return q, timedelta._make(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._total() == other._total()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._total() < other._total()
        return _no_compare('<', self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._total() <= other._total()
        return _no_compare('<=', self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._total() > other._total()
        return _no_compare('>', self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._total() >= other._total()
        return _no_compare('>=', self, other)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._total())
        return self._hash

    def __bool__(self):
        return self._total() != 0

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._us)


_OWN.add(timedelta)
timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ----- formatting helpers -----

def _offset_text(off, sep):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset (sep between fields)."""
    if off is None:
        return ''
    sign = '+'
    if off < timedelta(0):
        sign = '-'
        off = -off
    mins, secs = divmod(off._days * 86400 + off._seconds, 60)
    hrs, mins = divmod(mins, 60)
    text = '{}{:02d}{}{:02d}'.format(sign, hrs, sep, mins)
    if secs or off._us:
        text += '{}{:02d}'.format(sep, secs)
        if off._us:
            text += '.{:06d}'.format(off._us)
    return text


def _time_text(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '{:02d}'.format(h)
    if timespec == 'minutes':
        return '{:02d}:{:02d}'.format(h, m)
    if timespec == 'seconds':
        return '{:02d}:{:02d}:{:02d}'.format(h, m, s)
    if timespec == 'milliseconds':
        return '{:02d}:{:02d}:{:02d}.{:03d}'.format(h, m, s, us // 1000)
    if timespec == 'microseconds':
        return '{:02d}:{:02d}:{:02d}.{:06d}'.format(h, m, s, us)
    raise ValueError('Unknown timespec value')


def _check_offset(off, what):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.{}() must return None or timedelta, not '{}'".format(what, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not {!r}.".format(off))
    return off


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
    ordinal = _to_ordinal(y, mo, d)
    fields = (y, mo, d, h, mi, s, (ordinal + 6) % 7, ordinal - _to_ordinal(y, 1, 1) + 1, dst)
    return _time.struct_time(fields)


# ----- tzinfo / timezone -----

class tzinfo:
    """Abstract base class for time zone information."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        std = off - dst
        if std:
            dt += std
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC."""
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not ' + type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not ' + type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not {!r}.'.format(offset))
        if name is None and not offset and cls is timezone and 'utc' in cls.__dict__:
            return cls.utc
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError('utcoffset(dt) argument must be a datetime instance or None')

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError('dst(dt) argument must be a datetime instance or None')

    def tzname(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('tzname(dt) argument must be a datetime instance or None')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _offset_text(self._offset, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '{}({!r})'.format(_cls_label(self), self._offset)
        return '{}({!r}, {!r})'.format(_cls_label(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


_OWN.add(timezone)
timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _fixed_zone(offset_us):
    """A timezone for an offset in microseconds (None stays None)."""
    if offset_us is None:
        return None
    return timezone(timedelta(microseconds=offset_us))


def _ztext(off):
    """The %z text of a utcoffset() result."""
    return '' if off is None else _offset_text(off, '').replace('.', '')


def _offset_of(tz, dt, what='utcoffset'):
    if tz is None:
        return None
    return _check_offset(getattr(tz, what)(dt), what)


def _tzname_of(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '{}'".format(type(name).__name__))
    return name


# ----- date -----

class date:
    """A calendar date (year, month, day)."""
    __slots__ = ('_y', '_m', '_d', '_hash')

    def __new__(cls, year, month, day):
        self = object.__new__(cls)
        self._y, self._m, self._d = _check_date(year, month, day)
        self._hash = None
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _local_split(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _op.index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            y, m, d, used = _parse_iso_date(date_string)
            if used != len(date_string):
                raise ValueError
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: {!r}'.format(date_string)) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: {}'.format(year))
        last_week = 53 if _iso_parts(year, 12, 28)[1] == 53 else 52
        if not 0 < week <= last_week:
            raise ValueError('Invalid week: {}'.format(week))
        if not 0 < day <= 7:
            raise ValueError('Invalid day: {} (range is [1, 7])'.format(day))
        return cls(*_from_ordinal(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._y

    @property
    def month(self):
        return self._m

    @property
    def day(self):
        return self._d

    def toordinal(self):
        return _to_ordinal(self._y, self._m, self._d)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return IsoCalendarDate(*_iso_parts(self._y, self._m, self._d))

    def isoformat(self):
        return '{:04d}-{:02d}-{:02d}'.format(self._y, self._m, self._d)

    __str__ = isoformat

    def __repr__(self):
        return '{}({}, {}, {})'.format(_cls_label(self), self._y, self._m, self._d)

    def ctime(self):
        return _strftime('%c', self._y, self._m, self._d, 0, 0, 0, 0, '', None)

    def strftime(self, fmt):
        return _strftime(fmt, self._y, self._m, self._d, 0, 0, 0, 0, '', None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not ' + type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _struct_time(self._y, self._m, self._d, 0, 0, 0, -1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._y if year is None else year, self._m if month is None else month,
                          self._d if day is None else day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return type(self)(*_from_ordinal(n))
        return _no_binop('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _no_binop('-', self, other)

    def _key(self, other, sym):
        if isinstance(other, datetime) or not isinstance(other, date):
            if isinstance(other, date):
                raise TypeError("can't compare {} to {}".format(_tname(other), _tname(self)))
            return None
        return (self._y, self._m, self._d), (other._y, other._m, other._d)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._y, self._m, self._d) == (other._y, other._m, other._d)
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        k = self._key(other, '<')
        return _no_compare('<', self, other) if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._key(other, '<=')
        return _no_compare('<=', self, other) if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._key(other, '>')
        return _no_compare('>', self, other) if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._key(other, '>=')
        return _no_compare('>=', self, other) if k is None else k[0] >= k[1]

    def __hash__(self):
        if self._hash is None:
            self._hash = hash((self._y, self._m, self._d))
        return self._hash

    def __reduce__(self):
        return type(self), (self._y, self._m, self._d)


_OWN.add(date)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)


_EPOCH_ORDINAL = _to_ordinal(1970, 1, 1)


def _split_timestamp(t):
    """(y, m, d, H, M, S, us) in UTC of a POSIX timestamp."""
    if isinstance(t, float):
        if t != t or t in (float('inf'), float('-inf')):
            raise ValueError('Invalid value NaN (not a number)' if t != t else 'cannot convert float infinity to integer')
        whole = int(t // 1)
        us = round((t - whole) * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
    elif isinstance(t, int):
        whole, us = t, 0
    else:
        raise TypeError("'{}' object cannot be interpreted as an integer".format(type(t).__name__))
    days, secs = divmod(whole, 86400)
    n = days + _to_ordinal(1970, 1, 1)
    if not 1 <= n <= _MAX_ORDINAL:
        raise ValueError('year is out of range')
    y, m, d = _from_ordinal(n)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss, us


def _epoch_seconds(y, m, d, hh, mm, ss):
    return (_to_ordinal(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mm * 60 + ss


def _local_split(t):
    """(y, m, d, H, M, S, us, fold) of POSIX timestamp t in local time;
    fold is 1 for the second of two instants with the same wall time."""
    y, m, d, hh, mm, ss, us = _split_timestamp(t)
    utc = _epoch_seconds(y, m, d, hh, mm, ss)
    wall = utc + _time._local_info(utc)[0]
    y, m, d, hh, mm, ss, _ = _split_timestamp(wall)
    seen = _time._local_solutions(wall)
    fold = 1 if len(seen) > 1 and utc == seen[-1] else 0
    return y, m, d, hh, mm, ss, us, fold


def _local_to_utc(wall, fold):
    """The POSIX second of local wall-clock second `wall`: the first or
    second occurrence per `fold`; in a gap, fold 0 reads the time with the
    offset from before the gap and fold 1 with the one after."""
    seen = _time._local_solutions(wall)
    if seen:
        return seen[-1] if fold else seen[0]
    before = wall - _time._local_info(wall - 86400)[0]
    after = wall - _time._local_info(wall + 86400)[0]
    return min(before, after) if fold else max(before, after)


# ----- time -----

class time:
    """A time of day, optionally with a tzinfo."""
    __slots__ = ('_h', '_mi', '_s', '_us', '_tz', '_fold', '_hash')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self = object.__new__(cls)
        self._h, self._mi, self._s, self._us = _check_time(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        self._tz = tzinfo
        self._fold = fold
        self._hash = None
        return self

    hour = property(lambda self: self._h)
    minute = property(lambda self: self._mi)
    second = property(lambda self: self._s)
    microsecond = property(lambda self: self._us)
    tzinfo = property(lambda self: self._tz)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string.startswith('T') else time_string
        try:
            hh, mm, ss, us, tz = _parse_iso_time(s)
            tz = _fixed_zone(tz)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: {!r}'.format(time_string)) from None
        return cls(hh, mm, ss, us, tz)

    def utcoffset(self):
        return _offset_of(self._tz, None)

    def dst(self):
        return _offset_of(self._tz, None, 'dst')

    def tzname(self):
        return _tzname_of(self._tz, None)

    def isoformat(self, timespec='auto'):
        return _time_text(self._h, self._mi, self._s, self._us, timespec) + _offset_text(self.utcoffset(), ':')

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
        return _strftime(fmt, 1900, 1, 1, self._h, self._mi, self._s, self._us, _ztext(self.utcoffset()), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not ' + type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._h if hour is None else hour, self._mi if minute is None else minute,
                          self._s if second is None else second, self._us if microsecond is None else microsecond,
                          self._tz if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _cmpkey(self, other, sym):
        if not isinstance(other, time):
            return None
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            if sym == '==':
                return False
            raise TypeError("can't compare offset-naive and offset-aware times")
        ka = (self._h * 3600 + self._mi * 60 + self._s) * _US_PER_SEC + self._us
        kb = (other._h * 3600 + other._mi * 60 + other._s) * _US_PER_SEC + other._us
        if a is not None and a != b:
            ka -= a._total()
            kb -= b._total()
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
                total -= off._total()
            self._hash = hash(total)
        return self._hash

    def __bool__(self):
        return True

    def __add__(self, other):
        return _builtin_binop('+', self, other) if not isinstance(other, time) else _no_binop('+', self, other)

    def __sub__(self, other):
        return _builtin_binop('-', self, other) if not isinstance(other, time) else _no_binop('-', self, other)

    def __reduce__(self):
        return type(self), (self._h, self._mi, self._s, self._us, self._tz)


_OWN.add(time)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ----- datetime -----

class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""
    __slots__ = ('_h', '_mi', '_s', '_us', '_tz', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if month is None or day is None:
            raise TypeError("function missing required argument '{}' (pos {})".format(
                'month' if month is None else 'day', 2 if month is None else 3))
        self = object.__new__(cls)
        self._y, self._m, self._d = _check_date(year, month, day)
        self._h, self._mi, self._s, self._us = _check_time(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        self._tz = tzinfo
        self._fold = fold
        self._hash = None
        return self

    hour = property(lambda self: self._h)
    minute = property(lambda self: self._mi)
    second = property(lambda self: self._s)
    microsecond = property(lambda self: self._us)
    tzinfo = property(lambda self: self._tz)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tz(tz)
        if tz is None:
            y, m, d, hh, mm, ss, us, fold = _local_split(t)
            return cls(y, m, d, hh, mm, ss, us, fold=fold)
        y, m, d, hh, mm, ss, us = _split_timestamp(t)
        result = cls(y, m, d, hh, mm, ss, us)
        return tz.fromutc(result.replace(tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls(*_split_timestamp(t))

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
        return cls(*_from_ordinal(n))

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, globals()['date']):
            raise TypeError('combine() argument 1 must be datetime.date, not ' + type(date).__name__)
        if not isinstance(time, globals()['time']):
            raise TypeError('combine() argument 2 must be datetime.time, not ' + type(time).__name__)
        tz = time.tzinfo if tzinfo is True else tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tz, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        try:
            y, m, d, used = _parse_iso_date(s)
            rest = s[used:]
            if rest:
                if len(rest) < 2 or rest[0].isdigit():
                    raise ValueError
                hh, mm, ss, us, tz = _parse_iso_time(rest[1:])
                tz = _fixed_zone(tz)
            else:
                hh = mm = ss = us = 0
                tz = None
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: {!r}'.format(date_string)) from None
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        y, m, d, hh, mi, ss, us, tz = _strptime_fields(date_string, format)
        return cls(y, m, d, hh, mi, ss, us, _fixed_zone(tz))

    def date(self):
        return date(self._y, self._m, self._d)

    def time(self):
        return time(self._h, self._mi, self._s, self._us, fold=self._fold)

    def timetz(self):
        return time(self._h, self._mi, self._s, self._us, self._tz, fold=self._fold)

    def utcoffset(self):
        return _offset_of(self._tz, self)

    def dst(self):
        return _offset_of(self._tz, self, 'dst')

    def tzname(self):
        return _tzname_of(self._tz, self)

    def _us_total(self):
        """Microseconds since 0001-01-01T00:00 of the wall-clock value."""
        return ((self.toordinal() * 86400 + self._h * 3600 + self._mi * 60 + self._s) * _US_PER_SEC
                + self._us)

    @classmethod
    def _from_us(cls, total, tz, like=None):
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        secs, us = divmod(rest, _US_PER_SEC)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        y, m, d = _from_ordinal(days)
        if cls is not datetime:
            return cls(y, m, d, hh, mm, ss, us, tz)
        # Fields computed here are valid: skip the constructor's checks.
        self = object.__new__(cls)
        self._y, self._m, self._d = y, m, d
        self._h, self._mi, self._s, self._us = hh, mm, ss, us
        self._tz = tz
        self._fold = 0
        self._hash = None
        return self

    def _local_utc_seconds(self):
        """POSIX second of this naive datetime read as local time."""
        wall = _epoch_seconds(self._y, self._m, self._d, self._h, self._mi, self._s)
        return _local_to_utc(wall, self._fold)

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            return self._local_utc_seconds() + self._us / 1e6
        epoch_us = _EPOCH_ORDINAL * _US_PER_DAY
        total = self._us_total() - epoch_us - off._total()
        return total / 10 ** 6

    def timetuple(self):
        dst = -1
        if self._tz is not None:
            flag = self.dst()
            dst = -1 if flag is None else (1 if flag else 0)
        return _struct_time(self._y, self._m, self._d, self._h, self._mi, self._s, dst)

    def utctimetuple(self):
        off = self.utcoffset()
        moment = self if off is None else self - off
        return _struct_time(moment._y, moment._m, moment._d, moment._h, moment._mi, moment._s, 0)

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be an instance of tzinfo')
        off = self.utcoffset()
        if off is None:
            # A naive datetime is local time.
            off = timedelta(seconds=_time._local_info(self._local_utc_seconds())[0])
        base = self.replace(tzinfo=None) - off
        if tz is None:
            secs = _epoch_seconds(base._y, base._m, base._d, base._h, base._mi, base._s)
            gmtoff, _, name = _time._local_info(secs)
            tz = timezone(timedelta(seconds=gmtoff), name)
        return tz.fromutc(base.replace(tzinfo=tz))

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not ' + type(sep).__name__)
        return '{:04d}-{:02d}-{:02d}{}{}{}'.format(
            self._y, self._m, self._d, sep, _time_text(self._h, self._mi, self._s, self._us, timespec),
            _offset_text(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        args = '{}, {}, {}, {}, {}'.format(self._y, self._m, self._d, self._h, self._mi)
        if self._us:
            args += ', {}, {}'.format(self._s, self._us)
        elif self._s:
            args += ', {}'.format(self._s)
        if self._tz is not None:
            args += ', tzinfo={!r}'.format(self._tz)
        if self._fold:
            args += ', fold=1'
        return '{}({})'.format(_cls_label(self), args)

    def ctime(self):
        return _strftime('%c', self._y, self._m, self._d, self._h, self._mi, self._s, 0, '', None)

    def strftime(self, fmt):
        return _strftime(fmt, self._y, self._m, self._d, self._h, self._mi, self._s, self._us,
                         _ztext(self.utcoffset()), self.tzname())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(year, self._y), pick(month, self._m), pick(day, self._d),
                          pick(hour, self._h), pick(minute, self._mi), pick(second, self._s),
                          pick(microsecond, self._us), self._tz if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._us_total() + other._total(), self._tz)
        return _no_binop('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._us_total() - other._total(), self._tz)
        if isinstance(other, datetime):
            a = self.utcoffset()
            b = other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            diff = self._us_total() - other._us_total()
            if a is not None and self._tz is not other._tz:
                diff -= a._total() - b._total()
            return timedelta(microseconds=diff)
        return _no_binop('-', self, other)

    def _cmpkey(self, other, sym):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if sym == '==':
                    return False
                raise TypeError("can't compare {} to {}".format(_tname(self), _tname(other)))
            return None
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            if sym == '==':
                return False
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        ka = self._us_total()
        kb = other._us_total()
        if a is not None and self._tz is not other._tz:
            ka -= a._total()
            kb -= b._total()
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
            total = self._us_total()
            if off is not None:
                total -= off._total()
            self._hash = hash(total)
        return self._hash

    def __reduce__(self):
        return type(self), (self._y, self._m, self._d, self._h, self._mi, self._s, self._us, self._tz)


_OWN.add(datetime)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
