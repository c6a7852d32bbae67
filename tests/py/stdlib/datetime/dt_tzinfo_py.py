# The native datetime with tzinfo classes written in Python: bad results
# of utcoffset/dst/tzname, out-of-range offsets, PEP 495 fold handling,
# fromutc, astimezone and timestamp through any tzinfo.
from datetime import datetime, timedelta, timezone, tzinfo


def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class Returns(tzinfo):
    def __init__(self, off, dst=None, name=None):
        self.off, self.d, self.name = off, dst, name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return self.d

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return 'Returns(%r)' % (self.off,)


for off in [5, 'x', timedelta(hours=24), timedelta(hours=-24), timedelta(hours=-24, microseconds=1),
            timedelta(hours=23, minutes=59, seconds=59, microseconds=999999), None, timedelta(0)]:
    dt = datetime(2020, 6, 1, 12, tzinfo=Returns(off))
    print('offset', repr(off))
    show(lambda: dt.utcoffset())
    show(lambda: dt.isoformat())
    show(lambda: str(dt))
    show(lambda: dt.timetuple())
    show(lambda: dt.utctimetuple())
    show(lambda: dt.timestamp())
    show(lambda: dt == datetime(2020, 6, 1, 12))
    show(lambda: dt < datetime(2020, 6, 1, 12, tzinfo=timezone.utc))
    show(lambda: dt - datetime(2020, 6, 1, tzinfo=timezone.utc))
    show(lambda: hash(dt) == hash(dt))
    show(lambda: dt.strftime('%z %Z'))
    show(lambda: dt.astimezone(timezone.utc))

for name in [5, 'ZZZ', None, b'x']:
    dt = datetime(2020, 6, 1, tzinfo=Returns(timedelta(hours=1), name=name))
    show(lambda: dt.tzname())
    show(lambda: dt.strftime('[%Z]'))
for d in [timedelta(hours=1), 3, timedelta(days=2), timedelta(0)]:
    dt = datetime(2020, 6, 1, tzinfo=Returns(timedelta(hours=1), dst=d))
    show(lambda: dt.dst())
    show(lambda: dt.timetuple().tm_isdst)


class Raises(tzinfo):
    def utcoffset(self, dt):
        raise RuntimeError('boom')


show(lambda: datetime(2020, 1, 1, tzinfo=Raises()).utcoffset())
show(lambda: datetime(2020, 1, 1, tzinfo=Raises()) == datetime(2020, 1, 1, tzinfo=timezone.utc))
show(lambda: datetime(2020, 1, 1, tzinfo=Raises()) - datetime(2020, 1, 1, tzinfo=Raises()))
show(lambda: datetime(2020, 1, 1, tzinfo=tzinfo()).utcoffset())


class Fold(tzinfo):
    """A zone whose 01:00-02:00 repeats: -4h with fold 0, -5h with fold 1."""

    def utcoffset(self, dt):
        if dt.hour == 1 and dt.fold:
            return timedelta(hours=-5)
        if dt.hour == 1:
            return timedelta(hours=-4)
        return timedelta(hours=-5) if dt.month > 6 else timedelta(hours=-4)

    def dst(self, dt):
        return timedelta(hours=1) if self.utcoffset(dt) == timedelta(hours=-4) else timedelta(0)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def fromutc(self, dt):
        local = dt + timedelta(hours=-4)
        return local.replace(tzinfo=self)

    def __repr__(self):
        return 'Fold()'


F = Fold()
f0 = datetime(2020, 11, 1, 1, 30, tzinfo=F)
f1 = f0.replace(fold=1)
other = datetime(2020, 11, 1, 1, 30, tzinfo=Fold())
print(f0 == f1, f0.utcoffset(), f1.utcoffset(), f0 == other, f1 == other, f0 != other)
print(f0.timestamp(), f1.timestamp(), f1 - f0, f1.fold, repr(f1))
print(hash(f0) == hash(f1), hash(f1) == hash(f1.replace(fold=0)))
g = datetime(2020, 11, 1, 5, 30, tzinfo=timezone.utc)
print(g == f0, g == f1, g.astimezone(F), repr(g.astimezone(F)))
show(lambda: datetime.fromtimestamp(1604208600, F))
show(lambda: datetime.now(F).tzinfo is F)
show(lambda: f0.astimezone(F) is f0)
show(lambda: f1.astimezone(timezone.utc))
show(lambda: f0.astimezone(timezone(timedelta(hours=2), 'X')))
print(f0.tzname(), f1.tzname(), f0.dst(), f1.dst(), f0.strftime('%H:%M %z %Z'), f1.strftime('%z %Z'))


class BadFromutc(tzinfo):
    def utcoffset(self, dt):
        return timedelta(0)

    def fromutc(self, dt):
        return 'not a datetime'


show(lambda: datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(BadFromutc()))
show(lambda: datetime.fromtimestamp(0, BadFromutc()))
