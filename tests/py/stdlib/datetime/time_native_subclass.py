# Subclasses of datetime.time: extra attributes, overridden methods,
# __new__ overrides, and which operations keep the subclass (as CPython).
import copy
import pickle
from datetime import time, timedelta, timezone, tzinfo, datetime, date


class Tagged(time):
    def __new__(cls, *args, tag='none', **kw):
        self = super().__new__(cls, *args, **kw)
        self.tag = tag
        return self

    def isoformat(self, timespec='auto'):
        return 'T<' + super().isoformat(timespec) + '>'

    def label(self):
        return '%s:%s' % (self.tag, self.hour)


class Plain(time):
    extra = 'class attr'


class Counted(time):
    made = 0

    def __new__(cls, *args, **kw):
        Counted.made += 1
        return time.__new__(cls, *args, **kw)


class WithInit(time):
    def __init__(self, *args, **kw):
        self.inited = args


a = Tagged(1, 2, 3, tag='x')
print(type(a).__name__, repr(a), str(a), a.tag, a.label(), a.hour, isinstance(a, time))
print(format(a), format(a, '%H'), a.strftime('%M'), a.__dict__)
a.more = [1, 2]
print(a.more, sorted(vars(a)))
p = Plain(5, 6, 7, 8, timezone.utc)
print(repr(p), str(p), p.extra, p == time(5, 6, 7, 8, timezone.utc), hash(p) == hash(time(5, 6, 7, 8, timezone.utc)))
r = p.replace(hour=9)
print(type(r).__name__, repr(r))
w = WithInit(1, 2)
print(repr(w), w.inited)

c = Counted(1, 2)
n0 = Counted.made
r = c.replace(minute=30)
print('replace calls __new__:', Counted.made != n0, type(r).__name__, repr(r))
f = Counted.fromisoformat('04:05:06.123+01:00')
print('fromisoformat calls __new__:', Counted.made != n0, type(f).__name__, repr(f))
cp = copy.copy(c)
dc = copy.deepcopy(c)
print(type(cp).__name__, type(dc).__name__, cp == c, dc == c)
for proto in range(6):
    b = pickle.loads(pickle.dumps(p, proto))
    print(proto, type(b).__name__, repr(b), b == p)
t2 = pickle.loads(pickle.dumps(a, 2))
print(type(t2).__name__, repr(t2), t2.tag, getattr(t2, 'more', 'dict not pickled'))

# time methods applied to subclasses and the min/max of the base.
print(repr(Plain.min), type(Plain.max).__name__)
print(repr(datetime.combine(date(2001, 2, 3), p)))
print(type(datetime(2001, 2, 3, 4).time()).__name__)


class Zone(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2, minutes=30)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'ZZ'

    def __repr__(self):
        return 'Zone()'


z = Tagged(10, 0, tzinfo=Zone(), tag='z')
print(repr(z), str(z), z.utcoffset(), z.dst(), z.tzname(), z.strftime('%H %z %Z'))


class BadRepr(time):
    def __repr__(self):
        return 'BadRepr!'

    def strftime(self, fmt):
        return 'custom ' + fmt


b = BadRepr(3)
print(repr(b), str(b), format(b, 'x'), format(b, ''), '{:%H}'.format(b))
try:
    class Sub(type(date(2020, 1, 1).isocalendar())):
        pass
except TypeError:
    print('IsoCalendarDate is final')
