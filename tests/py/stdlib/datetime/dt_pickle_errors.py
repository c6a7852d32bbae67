# Native datetime: pickle/copy round trips and CPython 3.11's state bytes,
# constructor and method argument errors, comparison and arithmetic rules.
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


utc = timezone.utc
east = timezone(timedelta(hours=5, minutes=30), 'IST')
values = [datetime(2024, 1, 2, 3, 4, 5, 6), datetime(1, 1, 1), datetime.max,
          datetime(2020, 11, 1, 1, 30, fold=1), datetime(2000, 2, 29, 23, 59, 59, 999999, east),
          datetime(2010, 6, 7, tzinfo=utc), datetime(2010, 6, 7, fold=1, tzinfo=utc)]
for v in values:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(v, proto))
        assert back == v and back.fold == (v.fold if proto > 3 else 0) and back.tzinfo == v.tzinfo, (v, proto)
    print(repr(v), v.__reduce__(), v.__reduce_ex__(4))
    c = copy.copy(v)
    print(c == v, c.fold == v.fold, repr(copy.deepcopy(v)))
show(lambda: datetime(b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06'))
show(lambda: datetime(b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06', utc))
show(lambda: datetime('\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06'))
show(lambda: datetime(b'\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06', 5))
show(lambda: datetime(b'\x07\xe4\x0d\x02\x03\x04\x05\x00\x00\x06'))
show(lambda: datetime(b'short'))

print('-- constructor')
for args, kw in [((), {}), ((2020,), {}), ((2020, 1), {}), ((2020, 1, 1, 1, 2, 3, 4, None, 1), {}),
                 ((2020, 1, 1, 1, 2, 3, 4, None, 1, 2), {}), ((2020, 1, 1), {'x': 1}),
                 ((2020, 1, 1), {'year': 1}), ((2020, 1, 1), {'fold': 2}), ((2020, 1, 1), {'fold': 1}),
                 ((2020, 1, 1), {'tzinfo': 1}), ((2020, 1, 1, 24), {}), ((2020, 1, 1, 0, 60), {}),
                 ((2020, 1, 1, 0, 0, 60), {}), ((2020, 1, 1, 0, 0, 0, 10 ** 6), {}),
                 ((2020, 2, 30), {}), ((0, 1, 1), {}), ((10000, 1, 1), {}), ((2020, 13, 1), {}),
                 ((2020.0, 1, 1), {}), ((2020, 1, 1, 1.5), {}), ((2 ** 40, 1, 1), {}),
                 ((), {'year': 2020, 'month': 5, 'day': 6, 'second': 7}),
                 ((True, 1, 1), {}), ((2020, 1, 1), {'tzinfo': utc, 'fold': 1})]:
    show(lambda: datetime(*args, **kw))
show(lambda: datetime.__new__(5, 2020, 1, 1))
show(lambda: datetime.__new__(date, 2020, 1, 1))

print('-- methods')
d = datetime(2024, 3, 10, 8, 9, 10, 11)
show(lambda: d.replace(fold=2))
show(lambda: d.replace(1, 2, 3, 4, 5, 6, 7, None, 1))
show(lambda: d.replace(bogus=1))
show(lambda: d.replace(tzinfo=1))
show(lambda: d.replace(month=2, day=30))
show(lambda: d.replace(tzinfo=east, fold=1))
show(lambda: d.replace(hour=0).replace(tzinfo=None))
show(lambda: d.isoformat('ab'))
show(lambda: d.isoformat(1))
show(lambda: d.isoformat(timespec=1))
show(lambda: d.isoformat(timespec='bad'))
show(lambda: d.isoformat(' ', 'milliseconds'))
show(lambda: d.isoformat(sep='x', timespec='hours'))
show(lambda: d.isoformat(x=1))
show(lambda: d.utcoffset(1))
show(lambda: d.timestamp(1))
show(lambda: d.astimezone(1))
show(lambda: d.astimezone(utc, 2))
show(lambda: d.__reduce_ex__())
show(lambda: datetime.utcfromtimestamp())
show(lambda: datetime.fromtimestamp())
show(lambda: datetime.fromtimestamp(0, 5))
show(lambda: datetime.fromtimestamp(float('nan')))
show(lambda: datetime.fromtimestamp(1e20))
show(lambda: datetime.strptime(1, ''))
show(lambda: datetime.strptime('a'))
show(lambda: datetime.strptime('2020', '%m'))
show(lambda: datetime.now(1))
show(lambda: datetime.now(1, 2))
show(lambda: datetime.utcnow(1))
show(lambda: datetime.combine(1))
show(lambda: datetime.combine(date(2020, 1, 1)))
show(lambda: datetime.combine(date(2020, 1, 1), 5))
show(lambda: datetime.combine(d, time(1, 2, 3, 4, east, fold=1)))
show(lambda: datetime.combine(date(2020, 1, 1), time(5), tzinfo=None))
show(lambda: datetime.combine(date(2020, 1, 1), time(5), 7))
show(lambda: datetime.fromisoformat())
show(lambda: datetime.fromisoformat(5))
show(lambda: datetime.fromisoformat('2020-01-01T25:00'))
show(lambda: datetime.fromisoformat('2020-02-30'))
show(lambda: datetime.fromisoformat('nope'))
show(lambda: datetime.fromisoformat('2020-01-01T00:00:00+00:00'))
show(lambda: datetime.fromisoformat('2020-01-01T00:00:00.5-03:30'))
show(lambda: datetime.fromordinal(0))
show(lambda: datetime.fromordinal(1))
show(lambda: datetime.fromisocalendar(2020, 53, 7))
show(lambda: datetime.date(1))
show(lambda: datetime.__add__(date(2020, 1, 1), timedelta(1)))
show(lambda: datetime.__lt__(d))
show(lambda: d.date())
show(lambda: d.time())
show(lambda: d.replace(tzinfo=east, fold=1).timetz())
show(lambda: d.timetuple())
show(lambda: d.replace(tzinfo=east).utctimetuple())
show(lambda: d.ctime())
show(lambda: d.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %j %a %%'))
show(lambda: d.replace(tzinfo=east).strftime('%z|%Z'))
show(lambda: format(d, '%d/%m'))
show(lambda: format(d, ''))
show(lambda: d.toordinal())
show(lambda: (d.weekday(), d.isoweekday(), d.isocalendar()))

print('-- arithmetic')
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
show(lambda: datetime.min + timedelta(days=-1))
show(lambda: d + 1)
show(lambda: 1 + d)
show(lambda: 1 - d)
show(lambda: d - 1)
show(lambda: timedelta(1) - d)
show(lambda: date(2020, 1, 1) - d)
show(lambda: d - date(2020, 1, 1))
show(lambda: d + d)
show(lambda: d - datetime(2020, 1, 1, tzinfo=utc))
show(lambda: datetime(2020, 1, 1, tzinfo=utc) - datetime(2020, 1, 1, 5, 30, tzinfo=east))
show(lambda: datetime(2020, 1, 1, tzinfo=east) - datetime(2019, 12, 31, tzinfo=east))
show(lambda: d - datetime(1, 1, 1))
show(lambda: datetime.max - datetime.min)
show(lambda: d + timedelta(days=1, microseconds=-1))
show(lambda: d.replace(fold=1) + timedelta(0))
show(lambda: timedelta(hours=2) + d.replace(tzinfo=east))

print('-- comparisons')
a = datetime(2020, 1, 1, 12, tzinfo=utc)
b = datetime(2020, 1, 1, 17, 30, tzinfo=east)
n = datetime(2020, 1, 1, 12)
print(a == b, a != b, a < b, a <= b, hash(a) == hash(b), n == a, n != a)
show(lambda: n < a)
show(lambda: a >= n)
show(lambda: n < date(2020, 1, 1))
show(lambda: date(2020, 1, 1) <= n)
show(lambda: n < 5)
print(n == date(2020, 1, 1), date(2020, 1, 1) == n, n != date(2020, 1, 1), n == 5, n != 'x')
print(sorted([b, a, datetime(2019, 1, 1, tzinfo=utc)]) == [datetime(2019, 1, 1, tzinfo=utc), a, b])
print(len({a, b, datetime(2020, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))}))
print(hash(n) == hash(n.replace(fold=1)), n == n.replace(fold=1))
print(datetime.min, datetime.max, datetime.resolution, datetime.min.tzinfo)
