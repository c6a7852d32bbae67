# datetime and time construction: the native path for plain ints (by
# position or keyword, tzinfo and fold) and the general one (__index__,
# floats, bools, pickle states, bad classes), with CPython's messages;
# reprs with fold and tzinfo; subclasses overriding __new__.
from datetime import datetime, time, timezone, timedelta, tzinfo


def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 3


show(lambda: datetime(2020, 1, 2, 3, 4, 5, 6, timezone.utc, fold=1))
show(lambda: datetime(2020, 1, 2, tzinfo=None))
show(lambda: datetime(year=2020, month=2, day=29, hour=23, minute=59, second=59, microsecond=999999))
show(lambda: datetime(2020, 1, 2, fold=1))
show(lambda: datetime(2020, Idx(), Idx(), Idx()))
show(lambda: datetime(2020, True, 1))
show(lambda: datetime(2020, 13, 2))
show(lambda: datetime(2020, 2, 30))
show(lambda: datetime(0, 1, 1))
show(lambda: datetime(2020, 1, 2, 24))
show(lambda: datetime(2020, 1, 2, 0, 60))
show(lambda: datetime(2020, 1, 2, 0, 0, 60))
show(lambda: datetime(2020, 1, 2, 0, 0, 0, 10**6))
show(lambda: datetime(2020, 1, 2, -1))
show(lambda: datetime(2020, 1, 2, fold=2))
show(lambda: datetime(2020, 1, 2, tzinfo=5))
show(lambda: datetime(2020, 1))
show(lambda: datetime(2020))
show(lambda: datetime(2020, 1.0, 1))
show(lambda: datetime(2020, 1, 1, 1.5))
show(lambda: datetime.__new__(int, 2020, 1, 1))
show(lambda: datetime.__new__(5, 2020, 1, 1))
show(lambda: time())
show(lambda: time(1, 2, 3, 4, timezone.utc, fold=1))
show(lambda: time(hour=5, minute=6, tzinfo=timezone(timedelta(hours=-3))))
show(lambda: time(Idx(), Idx()))
show(lambda: time(24))
show(lambda: time(0, 0, 0, -1))
show(lambda: time(fold=-1))
show(lambda: time(tzinfo=5))
show(lambda: time(1.5))
show(lambda: time.__new__(int))
print(datetime.min, datetime.max, time.min, time.max, repr(datetime.resolution))


class D(datetime):
    def __new__(cls, *a, **k):
        self = super().__new__(cls, *a, **k)
        self.tag = 'x'
        return self


d = D(2020, 1, 1, 5, tzinfo=timezone.utc)
print(repr(d), d.tag, type(d + timedelta(1)).__name__, (d + timedelta(1)).tag, type(d.replace(hour=1)).__name__)


class T(time):
    pass


print(repr(T(1, 2)), repr(T(1, 2, fold=1).replace(hour=3)), isinstance(T(), time))
print(repr(datetime.fromisoformat('2020-01-01T10:00+05:30')), datetime.fromisoformat('2020-01-01T10:00-01:15').tzname())
print(datetime.fromisoformat('2020-01-01T10:00+05:30') == datetime(2020, 1, 1, 4, 30, tzinfo=timezone.utc))

print('-- combine')
from datetime import date
print(repr(datetime.combine(date(2020, 1, 1), time(1, 2, 3, 4, timezone.utc, fold=1))))
print(repr(datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=timezone.utc), tzinfo=None)))
print(repr(datetime.combine(date(2020, 1, 1), time(1, 2), timezone.utc)))
print(repr(datetime.combine(datetime(2020, 1, 1, 5), time(7))), repr(D.combine(date(2021, 2, 3), T(4, 5))))
show(lambda: datetime.combine(date(2020, 1, 1), time(1), 5))
show(lambda: datetime.combine(1, time(1)))
show(lambda: datetime.combine(date(2020, 1, 1), 1))
