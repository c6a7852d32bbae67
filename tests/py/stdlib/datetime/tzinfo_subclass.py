# tzinfo subclasses written in Python: how datetime and time call
# utcoffset/dst/tzname, CPython's checks of their results, fromutc,
# astimezone, comparisons and hashing across zones, abstract methods.
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class Zone(tzinfo):
    def __init__(self, off, dst=None, name='Z'):
        self.off, self.d, self.name = off, dst, name
        self.calls = []

    def utcoffset(self, dt):
        self.calls.append(('utcoffset', type(dt).__name__))
        return self.off

    def dst(self, dt):
        self.calls.append(('dst', type(dt).__name__))
        return self.d

    def tzname(self, dt):
        self.calls.append(('tzname', type(dt).__name__))
        return self.name

    def __repr__(self):
        return 'Zone({!r})'.format(self.off)


z = Zone(timedelta(hours=2), timedelta(hours=1), 'ZT')
d = datetime(2020, 6, 1, 12, 30, tzinfo=z)
print(d.utcoffset(), d.dst(), d.tzname(), str(d), d.isoformat(), repr(d))
print(d.strftime('%H:%M %z %Z'), d.timetuple().tm_isdst, d.utctimetuple())
print(z.calls)
t = time(8, 15, tzinfo=z)
z.calls.clear()
print(t.utcoffset(), t.dst(), t.tzname(), str(t), t.strftime('%z %Z'))
print(z.calls)

print('-- bad results')
for bad in [5, timedelta(hours=24), timedelta(hours=-24), timedelta(microseconds=1)]:
    show(lambda: datetime(2020, 1, 1, tzinfo=Zone(bad)).utcoffset())
show(lambda: datetime(2020, 1, 1, tzinfo=Zone(timedelta(0), 'x')).dst())
show(lambda: datetime(2020, 1, 1, tzinfo=Zone(timedelta(0), None, 5)).tzname())
show(lambda: time(1, tzinfo=Zone(7)).utcoffset())
show(lambda: datetime(2020, 1, 1, tzinfo=5))
show(lambda: time(1, tzinfo='x'))
show(lambda: datetime(2020, 1, 1).astimezone(5))

print('-- abstract tzinfo')
base = tzinfo()
show(lambda: base.utcoffset(None))
show(lambda: base.dst(None))
show(lambda: base.tzname(None))
show(lambda: datetime(2020, 1, 1, tzinfo=base).utcoffset())
show(lambda: base.fromutc(5))
show(lambda: base.fromutc(datetime(2020, 1, 1)))

print('-- fromutc and astimezone')


class Summer(tzinfo):
    # +1h, +2h from April to September (wall-clock months).
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        return timedelta(hours=1) if 4 <= dt.month <= 9 else timedelta(0)

    def tzname(self, dt):
        return 'S' if self.dst(dt) else 'W'


s = Summer()
for when in [datetime(2020, 1, 15, 12, tzinfo=timezone.utc), datetime(2020, 7, 15, 12, tzinfo=timezone.utc)]:
    local = when.astimezone(s)
    print(local, local.tzname(), local.astimezone(timezone.utc), local == when, hash(local) == hash(when))
print(s.fromutc(datetime(2020, 7, 1, tzinfo=s)))
show(lambda: s.fromutc(datetime(2020, 7, 1)))
show(lambda: timezone.utc.fromutc(datetime(2020, 7, 1)))
show(lambda: timezone.utc.fromutc(5))

print('-- comparisons across zones')
a = datetime(2020, 1, 1, 12, tzinfo=Zone(timedelta(hours=1)))
b = datetime(2020, 1, 1, 11, tzinfo=timezone.utc)
c = datetime(2020, 1, 1, 12)
print(a == b, a < b, a - b, hash(a) == hash(b), a != c, a == c)
show(lambda: a < c)
show(lambda: a - c)
tz_none = datetime(2020, 1, 1, tzinfo=Zone(None))
print(tz_none.utcoffset(), tz_none == c.replace(hour=0), tz_none - c)
print(sorted([b, a.replace(hour=9), a]))
