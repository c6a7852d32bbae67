# Pickle states of datetime, time and timezone as CPython 3.11 builds them
# (`__reduce__`/`__reduce_ex__` bytes, fold in protocol 4), rebuilding from
# them, copies, and `!=` between datetimes and dates.
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


def round_trip(x, proto=2):
    parts = x.__reduce_ex__(proto)
    return parts[0](*parts[1])


dt = datetime(2020, 1, 2, 3, 4, 5, 678901, fold=1)
show(lambda: dt.__reduce__())
show(lambda: dt.__reduce_ex__(2))
show(lambda: dt.__reduce_ex__(4))
show(lambda: datetime(2020, 1, 2, tzinfo=timezone.utc).__reduce_ex__(4))
show(lambda: datetime(b'\x07\xe4\x81\x02\x03\x04\x05\x0a\x5c\x75'))
show(lambda: datetime(b'\x07\xe4\x01\x02\x03\x04\x05\x0a\x5c\x75', timezone.utc))
show(lambda: datetime(b'\x07\xe4\x01\x02\x03\x04\x05\x0a\x5c\x75', 5))
print(round_trip(dt) == dt, round_trip(dt, 4).fold, round_trip(dt, 2).fold)
aware = datetime(1999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-5), 'EST'))
print(repr(round_trip(aware)), repr(copy.copy(aware)), repr(copy.deepcopy(aware)))

tm = time(3, 4, 5, 6, fold=1)
show(lambda: tm.__reduce_ex__(4))
show(lambda: tm.__reduce_ex__(2))
show(lambda: tm.__reduce__())
show(lambda: time(b'\x83\x04\x05\x00\x00\x06'))
show(lambda: time(b'\x03\x04\x05\x00\x00\x06', timezone.utc))
show(lambda: time(b'\x03\x04\x05\x00\x00\x06', 'x'))
print(repr(round_trip(tm, 4)), repr(copy.copy(time(1, 2, tzinfo=timezone.utc))))

show(lambda: timezone.utc.__reduce__())
show(lambda: timezone(timedelta(hours=1), 'X').__reduce__())
show(lambda: timezone(timedelta(hours=1)).__getinitargs__())
print(copy.copy(timezone.utc) is timezone.utc, repr(copy.deepcopy(timezone(timedelta(minutes=90), 'Z'))))


class Fixed(tzinfo):
    def __init__(self, minutes=0):
        self.minutes = minutes

    def utcoffset(self, dt):
        return timedelta(minutes=self.minutes)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'F{}'.format(self.minutes)

    def __repr__(self):
        return 'Fixed({})'.format(self.minutes)


f = Fixed(30)
print(f.__reduce__()[0].__name__, f.__reduce__()[1], f.__reduce__()[2])
print(repr(copy.deepcopy(datetime(2020, 5, 5, 12, tzinfo=f))))


class MyDT(datetime):
    pass


m = MyDT(2021, 6, 7, 8, 9)
show(lambda: m.__reduce_ex__(4))
print(type(round_trip(m)).__name__, round_trip(m) == m, type(copy.copy(m)).__name__)

print('-- != rules')
a = datetime(2020, 1, 1)
print(a != a, a != datetime(2020, 1, 1, 1), a != date(2020, 1, 1), date(2020, 1, 1) != a, a != 1, 1 != a)
print(datetime.__ne__(a, 1), datetime.__ne__(a, date(2020, 1, 1)))
naive, utc = datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=timezone.utc)
print(naive != utc, naive == utc)
