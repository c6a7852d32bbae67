# datetime.time comparisons and hashing: naive vs aware rules, the same
# tzinfo object (fields compared, offsets not asked), different zones
# compared in UTC, tzinfo methods' results checked, hash of aware times
# on the UTC-adjusted value, and errors against other types.
from datetime import time, timedelta, timezone, tzinfo, datetime


class Counting(tzinfo):
    calls = 0

    def __init__(self, minutes):
        self.minutes = minutes

    def utcoffset(self, dt):
        Counting.calls += 1
        print('  utcoffset(%r)' % (dt,))
        return None if self.minutes is None else timedelta(minutes=self.minutes)

    def __repr__(self):
        return 'Counting(%r)' % (self.minutes,)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


utc = timezone.utc
plus1 = timezone(timedelta(hours=1))
minus30 = timezone(timedelta(minutes=-30))
a = time(12, 0, tzinfo=utc)
b = time(13, 0, tzinfo=plus1)
c = time(11, 30, tzinfo=minus30)
n = time(12, 0)
show('a==b', lambda: (a == b, a != b, a <= b, a < b, hash(a) == hash(b)))
show('a vs c', lambda: (a == c, a < c, a > c, c < a))
show('naive==aware', lambda: (n == a, n != a))
show('naive<aware', lambda: n < a)
show('aware>=naive', lambda: a >= n)
show('naive order', lambda: (time(1) < time(2), time(1, 0, 0, 1) > time(1), time(3) <= time(3), time(3) >= time(4)))
show('fold ignored', lambda: (time(1, fold=1) == time(1), hash(time(1, fold=1)) == hash(time(1))))
show('fold ignored aware', lambda: (time(1, tzinfo=utc, fold=1) == time(1, tzinfo=utc), hash(time(1, fold=1, tzinfo=plus1)) == hash(time(1, tzinfo=plus1))))
show('set', lambda: len({a, b, time(12, 0, tzinfo=utc), time(14, 0, tzinfo=plus1)}))
show('dict', lambda: {a: 'x'}[b])
show('naive hash', lambda: hash(time(5, 6, 7, 8)) == hash(time(5, 6, 7, 8)))
show('int eq', lambda: (time(1) == 1, time(1) != 'x', 1 == time(1)))
show('lt int', lambda: time(1) < 1)
show('gt str', lambda: 'x' > time(1))
show('le datetime', lambda: time(1) <= datetime(2000, 1, 1))
show('eq datetime', lambda: time(0) == datetime(2000, 1, 1))
show('add', lambda: time(1) + timedelta(hours=1))
show('sub', lambda: time(1) - time(0))

print('same tzinfo object: offsets not asked')
z = Counting(60)
show('same', lambda: (time(1, tzinfo=z) < time(2, tzinfo=z), time(1, tzinfo=z) == time(1, tzinfo=z)))
print('different objects: asked with None')
show('diff', lambda: time(1, tzinfo=Counting(60)) == time(0, tzinfo=Counting(0)))
show('diff lt', lambda: time(1, tzinfo=Counting(60)) < time(0, 30, tzinfo=Counting(0)))
show('none offset eq', lambda: time(1, tzinfo=Counting(None)) == time(1))
show('none offset lt', lambda: time(1, tzinfo=Counting(None)) < time(2))
show('none vs aware', lambda: time(1, tzinfo=Counting(None)) < time(2, tzinfo=utc))
show('hash none offset', lambda: hash(time(1, tzinfo=Counting(None))) == hash(time(1)))
show('hash aware', lambda: hash(time(1, tzinfo=Counting(60))) == hash(time(0, tzinfo=utc)))
h = time(2, tzinfo=Counting(30))
show('hash cached', lambda: (hash(h) == hash(h), Counting.calls > 0))


class Bad(tzinfo):
    def __init__(self, what):
        self.what = what

    def utcoffset(self, dt):
        return self.what

    def dst(self, dt):
        return self.what

    def tzname(self, dt):
        return self.what


for what in [5, timedelta(days=1), timedelta(hours=-24), timedelta(hours=23, minutes=59), timedelta(seconds=30, microseconds=7), 'name', None]:
    t = time(3, tzinfo=Bad(what))
    show('utcoffset %r' % (what,), t.utcoffset)
    show('dst %r' % (what,), t.dst)
    show('tzname %r' % (what,), t.tzname)
    show('isoformat %r' % (what,), t.isoformat)
    show('compare %r' % (what,), lambda: t == time(3, tzinfo=utc))
    show('hash %r' % (what,), lambda: hash(t) == hash(time(3, tzinfo=Bad(what))))

show('abstract', lambda: time(1, tzinfo=tzinfo()).utcoffset())
show('abstract eq', lambda: time(1, tzinfo=tzinfo()) == time(1))
show('utc methods', lambda: (a.utcoffset(), a.dst(), a.tzname(), n.utcoffset(), n.dst(), n.tzname()))
show('named', lambda: time(1, tzinfo=timezone(timedelta(hours=-2), 'West')).tzname())
show('utcoffset arg', lambda: a.utcoffset(1))
show('dst kw', lambda: a.dst(x=1))
show('eq descriptor', lambda: time.__eq__(1, a))
show('eq direct', lambda: (time.__eq__(a, 1), time.__lt__(a, b), time.__ne__(a, b)))


class Odd:
    pass


class Naming(tzinfo):
    def tzname(self, dt):
        return Odd()

    def utcoffset(self, dt):
        return datetime(2000, 1, 1)


show('tzname odd', lambda: time(1, tzinfo=Naming()).tzname())
show('utcoffset datetime', lambda: time(1, tzinfo=Naming()).utcoffset())
show('dt tzname odd', lambda: datetime(2000, 1, 1, tzinfo=Naming()).tzname())
