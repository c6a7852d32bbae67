# datetime.tzinfo: abstract methods, fromutc's algorithm and errors,
# pickling through __getinitargs__/state, Python subclasses as user zones.
from datetime import tzinfo, timezone, timedelta, datetime, time
import pickle
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


base = tzinfo()
for name in ('utcoffset', 'dst', 'tzname'):
    show(lambda: getattr(base, name)(None))
show(lambda: base.fromutc(5))
show(lambda: base.fromutc(datetime(2000, 1, 1)))
show(lambda: base.fromutc(datetime(2000, 1, 1, tzinfo=base)))
show(lambda: base.utcoffset())
show(lambda: base.fromutc(dt=None))
show(lambda: tzinfo.utcoffset(5, None))
show(lambda: tzinfo.fromutc(timezone.utc))
show(lambda: type(tzinfo(1, a=2)).__name__)
show(lambda: base.__reduce__())
show(lambda: base.__reduce__(1))
show(lambda: pickle.loads(pickle.dumps(base)).__class__)
print(pickle.dumps(base, 2))
print(tzinfo.__module__, tzinfo.__name__, tzinfo, tzinfo.__doc__)
print(hasattr(base, '__dict__'))
try:
    base.x = 1
except AttributeError:
    print('AttributeError')
print(isinstance(timezone.utc, tzinfo), issubclass(timezone, tzinfo))


class OneHour(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)


z = OneHour()
show(lambda: z.fromutc(datetime(2000, 1, 1, tzinfo=z)))


class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None


z = NoOffset()
show(lambda: z.fromutc(datetime(2000, 1, 1, tzinfo=z)))


class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)

    def dst(self, dt):
        return None


z = NoDst()
show(lambda: z.fromutc(datetime(2000, 1, 1, tzinfo=z)))


class Flaky(tzinfo):
    def __init__(self):
        self.calls = 0

    def utcoffset(self, dt):
        return timedelta(hours=1)

    def dst(self, dt):
        self.calls += 1
        return timedelta(0) if self.calls == 1 else None


z = Flaky()
show(lambda: z.fromutc(datetime(2000, 1, 1, tzinfo=z)))


class BadKinds(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=25)

    def dst(self, dt):
        return 5

    def tzname(self, dt):
        return 5


z = BadKinds()
show(lambda: z.fromutc(datetime(2000, 1, 1, tzinfo=z)))
show(lambda: datetime(2000, 1, 1, tzinfo=z).utcoffset())
show(lambda: datetime(2000, 1, 1, tzinfo=z).dst())
show(lambda: datetime(2000, 1, 1, tzinfo=z).tzname())
show(lambda: time(1, tzinfo=z).utcoffset())
show(lambda: time(1, tzinfo=z).dst())
show(lambda: time(1, tzinfo=z).tzname())


# A US-style zone with DST, as in the docs: fromutc through the base class.
class Eastern(tzinfo):
    def __repr__(self):
        return 'Eastern'

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 8, 2)
        end = datetime(dt.year, 11, 1, 1)
        naive = dt.replace(tzinfo=None)
        return timedelta(hours=1) if start <= naive < end else timedelta(0)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'


east = Eastern()
for month in (1, 7):
    u = datetime(2021, month, 15, 12, tzinfo=timezone.utc)
    local = u.astimezone(east)
    print(local, local.tzname(), local.utcoffset(), local.dst())
    print(local.astimezone(timezone.utc) == u)
print(east.fromutc(datetime(2021, 7, 1, 12, tzinfo=east)))


class DT(datetime):
    pass


print(repr(east.fromutc(DT(2021, 1, 1, 12, tzinfo=east))))


# Pickling: __getinitargs__ gives the constructor arguments; the instance
# dict (or __getstate__) the state; slots are included.
class Named(tzinfo):
    def __init__(self, name):
        self.name = name

    def __getinitargs__(self):
        return (self.name,)

    def utcoffset(self, dt):
        return timedelta(minutes=len(self.name))


n = Named('abc')
print(n.__reduce__()[1:])
for proto in range(0, 5):
    back = pickle.loads(pickle.dumps(n, proto))
    print(proto, type(back).__name__, back.name, back.utcoffset(None))
c = copy.deepcopy(n)
print(c.name, c is n)


class Empty(tzinfo):
    pass


print(Empty().__reduce__()[1:])


class Slotted(tzinfo):
    __slots__ = ('x', 'y')


s = Slotted()
print(s.__reduce__()[1:])
s.x = 1
print(s.__reduce__()[1:])


class Both(Slotted):
    pass


b = Both()
b.x = 1
b.z = 2
print(b.__reduce__()[1:])
b2 = copy.copy(b)
print(b2.x, b2.z)


class WithState(tzinfo):
    def __getstate__(self):
        return 'S'

    def __setstate__(self, state):
        self.restored = state


print(WithState().__reduce__()[1:])
print(pickle.loads(pickle.dumps(WithState())).restored)
