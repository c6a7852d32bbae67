# The native _dtcore paths: construction checks, arithmetic keys, subclasses,
# formatting, parsing and timestamps (fixed offsets and UTC only).
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR


def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


# construction and its errors
for args in [(2024, 2, 29), (2023, 2, 29), (0, 1, 1), (10000, 1, 1), (2024, 13, 1), (2024, 0, 1), (2024, 1, 0),
             (2024, 4, 31), (2024.0, 1, 1), ('2024', 1, 1), (True, 1, 1)]:
    show(lambda: date(*args))
for args in [(2024, 1, 1, 24), (2024, 1, 1, 0, 60), (2024, 1, 1, 0, 0, 60), (2024, 1, 1, 0, 0, 0, 1000000),
             (2024, 1, 1, -1), (2024, 1, 1, 1.5), (2024, 1), (2024,)]:
    show(lambda: datetime(*args))
show(lambda: datetime(2024, 1, 1, fold=2))
show(lambda: datetime(2024, 1, 1, tzinfo=5))
show(lambda: time(25))
show(lambda: time(1, 2, 3, 4, fold=1))


class Idx:
    def __index__(self):
        return 7


show(lambda: datetime(2024, Idx(), Idx(), Idx()))
show(lambda: date(2024, Idx(), 1))

# timedelta normalisation, big values and overflow
for kw in [dict(days=1, seconds=-1), dict(microseconds=-1), dict(weeks=1, hours=-169), dict(days=999999999, hours=24),
           dict(days=-999999999), dict(days=-999999999, microseconds=-1), dict(seconds=10 ** 20), dict(hours=1.5, minutes=0.25),
           dict(milliseconds=1.5), dict(days=2 ** 70 // 2 ** 70)]:
    show(lambda: timedelta(**kw))
td = timedelta(days=3, hours=4, microseconds=7)
print(td, -td, abs(-td), td * 3, td * 0.5, td / 3, td // 2, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=5))
print(divmod(td, timedelta(hours=7)), td.total_seconds(), bool(timedelta(0)), hash(td) == hash(timedelta(seconds=td.total_seconds())))
show(lambda: timedelta.max + timedelta(microseconds=1))
show(lambda: timedelta.min - timedelta(microseconds=1))
show(lambda: td * 10 ** 9)
print(str(timedelta(days=-1)), str(timedelta(days=2, seconds=3)), str(timedelta(microseconds=5)), repr(timedelta(0)))

# datetime arithmetic and overflow
d = datetime(2024, 2, 28, 23, 59, 59, 999999)
print(d + timedelta(microseconds=1), d - timedelta(days=59), d + timedelta(days=366), timedelta(hours=1) + d)
print(d - datetime(2000, 1, 1), datetime(2000, 1, 1) - d, d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar())
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: datetime(2024, 1, 1) + timedelta.max)
print(date(2024, 3, 1) - date(2023, 3, 1), date(2024, 3, 1) + timedelta(days=1, hours=23), date(2024, 3, 1) - timedelta(hours=1))


# subclasses keep their type through arithmetic, replace, parsing and conversion
class D(datetime):
    def hello(self):
        return 'D' + self.isoformat()


class Dt(date):
    pass


class T(timedelta):
    pass


x = D(2024, 5, 6, 7, 8, 9)
for r in [x + timedelta(1), timedelta(1) + x, x - timedelta(1), x.replace(year=2020), D.fromisoformat('2024-01-02T03:04'),
          D.strptime('2024', '%Y'), D.fromtimestamp(0, timezone.utc), D.utcfromtimestamp(86400), x.replace(tzinfo=timezone(timedelta(hours=1))).astimezone(timezone.utc),
          D.combine(date(2024, 1, 1), time(1)), D.fromordinal(5)]:
    print(type(r).__name__, r.hello())
print(type(x - datetime(2024, 1, 1)).__name__, type(T(1) + T(2)).__name__, type(T(5)).__name__, type(-T(1)).__name__)
print(type(Dt(2024, 1, 1) + timedelta(1)).__name__, type(Dt.fromordinal(3)).__name__, type(Dt.fromisoformat('2024-01-01')).__name__)
print(repr(x), repr(Dt(2024, 1, 1)), repr(T(1)))

# comparisons, hashing, dict keys, sorting
utc = timezone.utc
plus2 = timezone(timedelta(hours=2), 'PLUS2')
a = datetime(2024, 1, 1, 12, tzinfo=utc)
b = datetime(2024, 1, 1, 14, tzinfo=plus2)
c = datetime(2024, 1, 1, 12)
print(a == b, a < b, a <= b, hash(a) == hash(b), b - a, a - b, len({a: 1, b: 2}))
print(a == c, a != c)
for op in ['<', '<=', '>', '>=']:
    try:
        print(eval('a ' + op + ' c'))
    except TypeError as e:
        print('TypeError', e)
show(lambda: a - c)
show(lambda: date(2024, 1, 1) < c)
show(lambda: c < date(2024, 1, 1))
print(date(2024, 1, 1) == c, c == date(2024, 1, 1))
items = [datetime(2024, 1, 1) + timedelta(seconds=(i * 7919) % 1009) for i in range(50)]
print(sorted(items)[:3], max(items), len(set(items)), sorted(items) == sorted(items, key=lambda v: v.timestamp() if False else (v.hour, v.minute, v.second)))
days = [date(2024, 1, 1) + timedelta(days=(i * 37) % 101) for i in range(30)]
print(sorted(days)[:3], len(set(days)), min(days) < max(days))

# formatting
e = datetime(2024, 7, 4, 5, 6, 7, 89, tzinfo=timezone(timedelta(hours=-3, minutes=-30, seconds=-1, microseconds=-5)))
print(e.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %a %A %b %B %j %U %W %V %G %u %w %p %I %y %C %e %-d %-m %%'))
print(e.isoformat(), e.isoformat(' ', 'milliseconds'), str(e), e.ctime(), f'{e:%H%M}', format(e))
for spec in ['hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'auto', 'bogus']:
    show(lambda: datetime(2024, 1, 1, 1, 2, 3, 4567).isoformat(timespec=spec))
show(lambda: e.isoformat(sep='ab'))
show(lambda: e.strftime(5))
print(time(1, 2, 3, tzinfo=utc).isoformat(), time(1, 2).strftime('%H %M %z %Z|'), time(1, 2, tzinfo=plus2).strftime('%z %Z'))
print(date(5, 1, 1).strftime('%Y|%F|%c'), date(2024, 1, 1).ctime(), date(2024, 12, 30).isocalendar())

# parsing
for s in ['2024-01-02', '20240102', '2024-W01-2', '2024W012', '2024-01-02T03:04:05.5', '2024-01-02T03:04:05,123456',
          '2024-01-02 03:04:05+05:30', '2024-01-02T03:04:05Z', '2024-01-02T03:04:05-00:00:30.5', '2024-01-02T030405',
          '2024-01-02T03', '2024-13-02', '2024-01-32', '2024-01-02T25:00', 'nonsense', '2024-01-02T03:04:05Z05', '']:
    show(lambda: datetime.fromisoformat(s))
for s in ['2024-01-02', '2024-1-2', '2024-01-02T00']:
    show(lambda: date.fromisoformat(s))
for s in ['03:04:05', 'T03:04', '03:04:05.123+01:00', '0304', '25:00']:
    show(lambda: time.fromisoformat(s))
show(lambda: datetime.fromisoformat(5))
for data, fmt in [('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), ('Tue Jan  2 03:04:05 2024', '%c'), ('02/01/24', '%d/%m/%y'),
                  ('1 PM', '%I %p'), ('2024 100', '%Y %j'), ('12:30 +0530', '%H:%M %z'), ('12:30 Z', '%H:%M %z'),
                  ('5.25', '%S.%f'), ('march 3', '%B %d'), ('x', '%Y'), ('2024-01-02 extra', '%Y-%m-%d'), ('2024', '%Y %Q'),
                  ('2024', '%Y%'), ('UTC 2024', '%Z %Y'), ('2024-02-30', '%Y-%m-%d')]:
    show(lambda: datetime.strptime(data, fmt))
show(lambda: datetime.strptime(5, '%Y'))

# timestamps with fixed zones
for t in [0, 1.5, -1.5, 1e9 + 0.4999995, 1700000000, -86400 * 365 * 1000]:
    show(lambda: datetime.fromtimestamp(t, utc))
    show(lambda: datetime.utcfromtimestamp(t))
show(lambda: datetime.utcfromtimestamp(float('nan')))
show(lambda: datetime.utcfromtimestamp(1e20))
show(lambda: datetime.utcfromtimestamp('x'))
show(lambda: datetime.fromtimestamp(1700000000, plus2))
print(datetime(2024, 1, 1, tzinfo=plus2).timestamp(), datetime(1, 1, 1, tzinfo=utc).timestamp(), a.utctimetuple()[:6], b.timetuple()[:6])
print(b.astimezone(utc), b.astimezone(plus2) is b, a.astimezone(timezone(timedelta(hours=-11))), a.utcoffset(), a.dst(), b.tzname())
print(date.fromtimestamp(86400 * 3).weekday() in range(7), datetime.now(utc).tzinfo is utc, type(datetime.now()).__name__)


class Fixed(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'FIX'


f = datetime(2024, 6, 1, 12, tzinfo=Fixed())
print(f, f.astimezone(utc), f.strftime('%z %Z'), f - a, f == datetime(2024, 6, 1, 11, tzinfo=utc), utc.fromutc(a) == a)
print(datetime(2024, 1, 1, fold=1).fold, datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1), repr(datetime(2024, 1, 1, fold=1)))
print(MINYEAR, MAXYEAR, date.fromisocalendar(2020, 53, 7), datetime.fromisocalendar(2024, 1, 1))
show(lambda: date.fromisocalendar(2021, 53, 1))
show(lambda: date.fromordinal(0))
for t in [1e20, 1e18, 1e15, 3e11, -1e12, -6.3e10, -6.2e10, float('inf'), 2 ** 63, 10 ** 20, 253402300800, 253402300799, -62135596800, -62135596801]:
    show(lambda: datetime.utcfromtimestamp(t))
    show(lambda: datetime.fromtimestamp(t, utc))
print(datetime.strptime('Jan 5', '%b %d'), datetime.strptime('2024-01-02', '%F' if False else '%Y-%m-%d'))
for fmt in ['%h', '%Q', 'x%', '%E', '%-d', '%e', '%T', '%D']:
    show(lambda: datetime.strptime('2024', fmt))

# native comparisons: subclasses, explicit dunder calls, mixed awareness
p = D(2024, 1, 1)
q = datetime(2024, 1, 2)
print(p < q, q > p, p == D(2024, 1, 1), p != q, datetime.__lt__(q, p), datetime.__eq__(p, 5), datetime.__eq__(q, date(2024, 1, 2)))
show(lambda: datetime.__lt__(p))
print(a == datetime(2024, 1, 1, 13, tzinfo=timezone(timedelta(hours=1))), a != q, a == q, sorted([q, p, datetime(2023, 5, 5)]))
print(min(p, q), max(p, q), [p, q].index(q), q in {p: 1, q: 2}, sorted([b, a, datetime(2024, 1, 1, 11, 59, tzinfo=utc)]))
for op in ['<', '<=', '>', '>=', '==', '!=']:
    show(lambda: eval('a ' + op + ' q'))
    show(lambda: eval('q ' + op + ' date(2024, 1, 2)'))

# native field attributes
dd = datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc, fold=1)
print(dd.year, dd.month, dd.day, dd.hour, dd.minute, dd.second, dd.microsecond, dd.tzinfo, dd.fold)
tt = time(1, 2, 3, 4, fold=1); print(tt.hour, tt.minute, tt.second, tt.microsecond, tt.tzinfo, tt.fold)
tdx = timedelta(1, 2, 3); print(tdx.days, tdx.seconds, tdx.microseconds, date(2024, 5, 6).year)
class D2(datetime):
    pass
x2 = D2(2024, 1, 1); x2.extra = 5; print(x2.year, x2.hour, x2.extra, type(datetime.year).__name__)
for obj, name in [(dd, "year"), (tt, "hour"), (tdx, "days"), (date(2024, 1, 1), 'day')]:
    try:
        setattr(obj, name, 5)
    except AttributeError as e:
        print('AttributeError')
