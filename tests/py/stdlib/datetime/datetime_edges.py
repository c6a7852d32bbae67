from datetime import *
import time as _t
vals = [timedelta(seconds=-1.5), timedelta(days=-0.5), timedelta(hours=-1, microseconds=1), timedelta(minutes=90.25), timedelta(milliseconds=-0.0015), timedelta(weeks=-2.5)]
for v in vals: print(repr(v), v, v.total_seconds(), -v, abs(v))
print(repr(timedelta(999999999, 86399, 999999)), timedelta(hours=1) * 0.1, timedelta(hours=1) / 7, timedelta(seconds=1) / timedelta(milliseconds=3), timedelta(1) // 7, timedelta(1) % timedelta(hours=5))
for s in ['2024-01-05', '2024-01-05T10', '2024-01-05T10:30', '2024-01-05T10:30:15', '2024-01-05T10:30:15.1', '2024-01-05T10:30:15.123456789', '2024-01-05T10:30:15,5', '2024-01-05T10:30:15-08:00', '2024-01-05T10:30:15+0530', '2024-01-05T10:30:15+05', '2024-01-05 10:30:15Z', '2024-W52-7T23:59', '20240105', '2024-01-05T1030', '2024-01-05X10:30', '2024-01-05T', '2024-01-05T10:3', '2024-02-30', 'x', '2024-01-05T10:30:15+05:30:15', '2024-01-05T24:00']:
    try: print(s, '->', repr(datetime.fromisoformat(s)))
    except ValueError as e: print(s, '->', 'ValueError', e)
for s in ['10:30', '10:30:15.5', '103015', '10', '10:30+01:00', 'T10:30', '25:00', '10:30:']:
    try: print(s, '->', repr(time.fromisoformat(s)))
    except ValueError as e: print(s, '->', 'ValueError', e)
for data, fmt in [('2024-02-29 13:45', '%Y-%m-%d %H:%M'), ('29/02/24', '%d/%m/%y'), ('1/2/2024', '%m/%d/%Y'), ('Mon, 05 Feb 2024 08:00:00 +0000', '%a, %d %b %Y %H:%M:%S %z'), ('2024-02-05T08:00:00-03:30', '%Y-%m-%dT%H:%M:%S%z'), ('7:05 pm', '%I:%M %p'), ('2024 032', '%Y %j'), ('2024-02-30', '%Y-%m-%d'), ('12:61', '%H:%M'), ('2024', '%Y%m'), ('abc', '%Y'), ('2024-01-01 UTC', '%Y-%m-%d %Z'), ('20240101', '%Y%m%d'), ('5', '%d'), ('2024-1-1', '%Y-%m-%d'), ('99', '%y'), ('68', '%y'), ('Feb', '%b'), ('FEBRUARY 3', '%B %d'), ('100%', '%d%%')]:
    try: print(data, fmt, '->', repr(datetime.strptime(data, fmt)))
    except ValueError as e: print(data, fmt, '->', 'ValueError', e)
d = datetime(2023, 12, 31, 23, 59, 59, 999999)
for fmt in ['%U %W %V %G %j', '%y%m%d%H%M%S', '%Y-%m-%dT%H:%M:%S.%f', '%I %p', '%D %T %F %R', 'no directives', '%', '100%%', '%c|%x|%X']:
    print(repr(fmt), d.strftime(fmt))
for y in [2020, 2021, 2022, 2023, 2024, 2025, 2026, 1900, 2000, 1]:
    dd = date(y, 1, 1)
    print(y, dd.isocalendar(), dd.weekday(), date(y, 12, 31).isocalendar(), date(y, 12, 31).toordinal(), dd.strftime('%U %W %j %a'))
print(date(2024,1,31).replace(month=2) if False else '', date.fromordinal(1), date.fromordinal(3652059))
for f in [lambda: date(2024,1,31).replace(month=2), lambda: date.fromordinal(0), lambda: date.min - timedelta(1), lambda: datetime.max + timedelta(microseconds=1), lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2020, 53, 8), lambda: time(12).isoformat('bad'), lambda: datetime(2024, 1, 1) + 1]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(datetime.fromtimestamp(-1.25, timezone.utc), datetime.fromtimestamp(0.999999, timezone.utc), datetime.fromtimestamp(1e9, timezone.utc).timestamp(), datetime(1970,1,1,tzinfo=timezone.utc).timestamp())
print(datetime(2024,3,10,12,tzinfo=timezone(timedelta(hours=2))).utctimetuple(), datetime(2024,3,10).timetuple().tm_yday, date(2024,3,10).timetuple())
a = datetime(2024, 1, 1, 12, tzinfo=timezone.utc); b = datetime(2024, 1, 1, 7, tzinfo=timezone(timedelta(hours=-5)))
print(a == b, hash(a) == hash(b), a - b, a < b + timedelta(seconds=1), {a: 1}.get(b))
print(time(12, 30, tzinfo=timezone.utc) < time(13, 30, tzinfo=timezone(timedelta(hours=2))), time(1) == time(1, 0), time(23, 59).replace(hour=1), repr(time(5).replace(tzinfo=timezone.utc)))
class MyTZ(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=1)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'MYT'
m = datetime(2024, 6, 1, 12, tzinfo=MyTZ())
print(m, m.tzname(), m.utcoffset(), m.dst(), m.astimezone(timezone.utc), m.strftime('%Z %z'), datetime(2024,6,1,11,tzinfo=timezone.utc).astimezone(MyTZ()))
print(format(timedelta(1)), f"{date(2024,5,6):%A %d %B}", '{:%H}'.format(time(7)), str(datetime(2024,1,1,0,0,0,1)))
from datetime import datetime
for d,f in [('x 5','x %e'), ('Fri Jan  5 10:30:05 2024', '%c'), ('01/05/24 10:30:05', '%x %X'), ('5', '%'), ('5%','%d%'), ('%%5', '%%%%%d')]:
    try: print(repr(datetime.strptime(d, f)))
    except ValueError as e: print(e)
print(repr(datetime.strptime('%c 5', '%%c %d')))
