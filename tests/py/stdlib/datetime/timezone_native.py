# datetime.timezone: constructor checks, utc/min/max, methods and their
# argument checks, repr/str, equality/hash, pickling and copying.
from datetime import timezone, timedelta, datetime, tzinfo, UTC
import pickle
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(timedelta(hours=-24)))
show(lambda: timezone(-timedelta(hours=24) + timedelta(microseconds=1)))
show(lambda: timezone(5))
show(lambda: timezone(None))
show(lambda: timezone(timedelta(0), 5))
show(lambda: timezone(timedelta(0), None))
show(lambda: timezone())
show(lambda: timezone(timedelta(0), 'a', 3))
show(lambda: timezone(offset=timedelta(hours=2), name='N'))
show(lambda: timezone(timedelta(hours=2), nam='N'))
show(lambda: timezone(timedelta(hours=2), offset=timedelta(0)))
show(lambda: timezone.__new__(int, timedelta(0)))
show(lambda: timezone.__new__(timezone, timedelta(0)))
show(lambda: tzinfo.__new__(timezone))
print(timezone(timedelta(0)) is timezone.utc, UTC is timezone.utc)
print(timezone(timedelta(0), 'UTC') is timezone.utc)
for tz in (timezone.utc, timezone.min, timezone.max, timezone(timedelta(0), 'UTC'),
           timezone(timedelta(seconds=3601)), timezone(timedelta(seconds=3601, microseconds=5)),
           timezone(-timedelta(seconds=3601, microseconds=5)), timezone(timedelta(microseconds=-1)),
           timezone(timedelta(hours=1), 'X'), timezone(timedelta(hours=-5, minutes=-30)),
           timezone(timedelta(0), '')):
    print(repr(tz), '|', str(tz), '|', repr(tz.tzname(None)), tz.utcoffset(None), tz.dst(None))


class Name(str):
    pass


class Delta(timedelta):
    pass


tz = timezone(timedelta(0), Name('q'))
print(type(tz.tzname(None)).__name__, type(str(tz)).__name__)
tz = timezone(Delta(hours=1))
print(repr(tz), type(tz.utcoffset(None)).__name__)
print(timezone(Delta(0)) is timezone.utc)
print(timezone.utc.utcoffset(None) is timezone.utc.utcoffset(None))

h1 = timezone(timedelta(hours=1))
show(lambda: h1.utcoffset(5))
show(lambda: h1.dst(5))
show(lambda: h1.tzname(5))
show(lambda: h1.utcoffset())
show(lambda: h1.utcoffset(dt=None))
show(lambda: h1.utcoffset(None, None))
show(lambda: h1.tzname(datetime(2000, 1, 1)))
show(lambda: h1.utcoffset(datetime(2000, 1, 1)))
show(lambda: timezone.utcoffset(tzinfo(), None))
show(lambda: h1.fromutc(5))
show(lambda: h1.fromutc(datetime(2000, 1, 1)))
show(lambda: h1.fromutc(datetime(2000, 1, 1, tzinfo=h1)))
show(lambda: h1.fromutc(datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=1)))))


class DT(datetime):
    pass


show(lambda: timezone.utc.fromutc(DT(2000, 1, 1, tzinfo=timezone.utc)))
show(lambda: h1.fromutc(DT(2000, 12, 31, 23, 30, tzinfo=h1)))

# Equality compares offsets only; ordering is not supported.
show(lambda: h1 == timezone(timedelta(hours=1), 'Y'))
show(lambda: h1 != timezone(timedelta(hours=1), 'Y'))
show(lambda: h1 != timezone(timedelta(hours=2)))
show(lambda: h1 == 5)
show(lambda: h1 == timedelta(hours=1))
show(lambda: h1 < h1)
show(lambda: h1 >= 3)
print(hash(h1) == hash(timedelta(hours=1)), hash(timezone.utc) == hash(timedelta(0)))
print(len({h1, timezone(timedelta(hours=1), 'Z'), timezone.utc, timezone(timedelta(0), 'U')}))

print(h1.__getinitargs__(), timezone(timedelta(hours=1), 'X').__getinitargs__())
print(timezone.utc.__getinitargs__())
show(lambda: h1.__getinitargs__(1))
print(h1.__reduce__())
print(timezone.utc.__reduce__())
print(timezone(timedelta(hours=1), 'X').__reduce__())
print(pickle.dumps(timezone.utc, 2))
print(pickle.dumps(timezone(timedelta(hours=1)), 2))
print(pickle.dumps(timezone(timedelta(hours=1), 'X'), 0))
for proto in range(0, 5):
    for z in (timezone.utc, h1, timezone(timedelta(hours=-3), 'X'), timezone.min):
        back = pickle.loads(pickle.dumps(z, proto))
        print(proto, repr(back), back == z, back is timezone.utc)
print(copy.copy(h1) == h1, copy.deepcopy(timezone.utc) is timezone.utc)
print(format(timezone.utc), format(h1, ''))
try:
    format(h1, 'x')
except TypeError as e:
    print('TypeError', str(e).startswith('unsupported format string passed to'))
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print('TypeError', 'not an acceptable base type' in str(e))
print(timezone.__doc__)
print(timezone.__module__, timezone.__name__, timezone)

# Datetimes with a timezone: offsets, conversion, arithmetic.
d = datetime(2021, 6, 1, 12, tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST'))
print(d, d.tzname(), d.utcoffset(), d.dst())
print(d.astimezone(timezone.utc), d.astimezone(timezone.min))
print(d.isoformat(), d.strftime('%z %Z'))
print(datetime.fromisoformat('2021-06-01T12:00:00+05:30').tzinfo)
print(datetime.fromisoformat('2021-06-01T12:00:00+00:00').tzinfo is timezone.utc)
print(datetime.strptime('2021 +0130', '%Y %z').tzinfo)
print(d - datetime(2021, 6, 1, 12, tzinfo=timezone.utc))
print(datetime(2021, 6, 1, tzinfo=timezone.utc) == datetime(2021, 6, 1, 2, tzinfo=timezone(timedelta(hours=2))))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(86400, h1))
print(repr(datetime(2000, 1, 1, tzinfo=timezone.utc)))
