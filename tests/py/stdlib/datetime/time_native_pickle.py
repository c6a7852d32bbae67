# Pickling and copying datetime.time and IsoCalendarDate: __reduce__ and
# __reduce_ex__ states (the fold bit from protocol 4), round trips at every
# protocol with and without a tzinfo, copy and deepcopy.
import copy
import pickle
from datetime import time, timedelta, timezone, tzinfo, date


class Fixed(tzinfo):
    def __init__(self, minutes=0):
        self.minutes = minutes

    def utcoffset(self, dt):
        return timedelta(minutes=self.minutes)

    def __repr__(self):
        return 'Fixed(%d)' % self.minutes


values = [
    time(),
    time(23, 59, 59, 999999),
    time(1, 2, 3, 0x123456 % 1000000),
    time(4, 5, fold=1),
    time(6, 7, 8, 9, timezone.utc),
    time(6, 7, 8, 9, timezone(timedelta(hours=-5, minutes=-30), 'Here'), fold=1),
    time(10, 11, tzinfo=Fixed(90)),
]
for v in values:
    print(repr(v))
    print('  reduce', v.__reduce__())
    for proto in (0, 1, 2, 3, 4, 5):
        r = v.__reduce_ex__(proto)
        b = pickle.loads(pickle.dumps(v, proto))
        print('  proto', proto, r[1][0], repr(b), b.fold, b == v)
    c = copy.copy(v)
    d = copy.deepcopy(v)
    print('  copy', repr(c), c == v, c.fold, 'deepcopy', repr(d), d == v, d.fold)
    if v.tzinfo is not None:
        print('  deep tz is new:', d.tzinfo is not v.tzinfo, 'shallow tz same:', c.tzinfo is v.tzinfo)

for bad in [lambda: values[0].__reduce_ex__(), lambda: values[0].__reduce_ex__('x'), lambda: values[0].__reduce__(1),
            lambda: time.__reduce__(3)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

iso = date(2004, 12, 31).isocalendar()
print(repr(iso), iso.year, iso.week, iso.weekday, iso == (2004, 53, 5), tuple(iso), len(iso), iso[1:])
print(iso.__reduce__())
for proto in range(6):
    back = pickle.loads(pickle.dumps(iso, proto))
    print(proto, type(back).__name__, back)
print(type(copy.copy(iso)).__name__, type(copy.deepcopy(iso)).__name__)
IC = type(iso)
print(IC.__name__, IC.__module__, IC.__mro__[1].__name__, repr(IC(1, 2, 3)), repr(IC(weekday=3, week=2, year=1)))
for args, kw in [((), {}), ((1, 2), {}), ((1, 2, 3, 4), {}), ((1.0, 2, 3), {}), ((1, 2), {'x': 3})]:
    try:
        IC(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
