# calendar for Pyrite: dates laid out in weeks and months (Calendar), the
# text rendering of months and years (TextCalendar, month, prmonth, ...)
# and the leap-year/weekday helpers, written from the documented behaviour
# of CPython 3.11's calendar module (English names; no HTML calendars).

import datetime as _dt
import sys

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
           "SUNDAY", "error"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


January = 1
February = 2
mdays = [0] + [31 if m in (1, 3, 5, 7, 8, 10, 12) else 30 for m in range(1, 13)]
mdays[2] = 28
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


class _Names:
    # An indexable, sliceable sequence of month or day names.
    def __init__(self, names):
        self._names = tuple(names)

    def __getitem__(self, i):
        picked = self._names[i]
        return list(picked) if isinstance(i, slice) else picked

    def __len__(self):
        return len(self._names)

    def __iter__(self):
        return iter(self._names)


_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December')
day_name = _Names(_DAYS)
day_abbr = _Names(d[:3] for d in _DAYS)
month_name = _Names(_MONTHS)
month_abbr = _Names(m[:3] for m in _MONTHS)


def isleap(year):
    """True for leap years (Gregorian rules)."""
    if year % 400 == 0:
        return True
    return year % 4 == 0 and year % 100 != 0


def leapdays(y1, y2):
    """How many leap years there are in [y1, y2)."""
    def upto(y):
        y -= 1
        return y // 4 - y // 100 + y // 400
    return upto(y2) - upto(y1)


def weekday(year, month, day):
    """0 (Monday) to 6 (Sunday) for the given date."""
    if not _dt.MINYEAR <= year <= _dt.MAXYEAR:
        year = 2000 + year % 400
    return _dt.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the first day, number of days) of the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    length = mdays[month] + (1 if month == February and isleap(year) else 0)
    return weekday(year, month, 1), length


class Calendar(object):
    """Lays out dates in weeks starting on `firstweekday`."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._first % 7

    def setfirstweekday(self, firstweekday):
        self._first = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for k in range(7):
            yield (self.firstweekday + k) % 7

    def _padding(self, year, month):
        first, length = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (self.firstweekday - first - length) % 7
        return before, length, after

    def itermonthdays(self, year, month):
        before, length, after = self._padding(year, month)
        yield from [0] * before
        yield from range(1, length + 1)
        yield from [0] * after

    def itermonthdays2(self, year, month):
        for k, day in enumerate(self.itermonthdays(year, month)):
            yield day, (self.firstweekday + k) % 7

    def itermonthdays3(self, year, month):
        before, length, after = self._padding(year, month)
        py, pm = (year, month - 1) if month > 1 else (year - 1, 12)
        ny, nm = (year, month + 1) if month < 12 else (year + 1, 1)
        last_of_prev = monthrange(py, pm)[1]
        for day in range(last_of_prev - before + 1, last_of_prev + 1):
            yield py, pm, day
        for day in range(1, length + 1):
            yield year, month, day
        for day in range(1, after + 1):
            yield ny, nm, day

    def itermonthdays4(self, year, month):
        for k, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + k) % 7

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield _dt.date(y, m, d)

    @staticmethod
    def _weeks(days):
        days = list(days)
        return [days[k:k + 7] for k in range(0, len(days), 7)]

    def monthdatescalendar(self, year, month):
        return self._weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        return self._weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        return self._weeks(self.itermonthdays(year, month))

    def _year(self, layout, year, width):
        months = [layout(year, m) for m in range(1, 13)]
        return [months[k:k + width] for k in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        return self._year(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        return self._year(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        return self._year(self.monthdayscalendar, year, width)


class TextCalendar(Calendar):
    """Renders months and years as plain text."""

    def prweek(self, theweek, width):
        sys.stdout.write(self.formatweek(theweek, width))

    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        label = names[day]
        return label[:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(d, width) for d in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        sys.stdout.write(self.formatmonth(theyear, themonth, w, l))

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w, l = max(2, w), max(1, l)
        gap = '\n' * l
        rows = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                self.formatweekheader(w).rstrip()]
        rows += [self.formatweek(week, w).rstrip()
                 for week in self.monthdays2calendar(theyear, themonth)]
        return ''.join(row + gap for row in rows)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w, l, c = max(2, w), max(1, l), max(2, c)
        gap = '\n' * l
        colwidth = 7 * w + 6
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        week_header = self.formatweekheader(w)
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * row_index + 1, min(m * (row_index + 1) + 1, 13))
            out.append(gap)
            out.append(formatstring([self.formatmonthname(theyear, k, colwidth, False)
                                     for k in months], colwidth, c).rstrip())
            out.append(gap)
            out.append(formatstring([week_header] * len(months), colwidth, c).rstrip())
            out.append(gap)
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append(gap)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


c = TextCalendar()
firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_ORD = _dt.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch for a UTC time tuple (inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _dt.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
