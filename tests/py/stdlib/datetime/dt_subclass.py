# Subclasses of the native datetime: extra attributes, __new__ overrides,
# which constructors and operations return the subclass (and call it).
import copy
from datetime import date, datetime, time, timedelta, timezone


class Plain(datetime):
    label = 'plain'

    def hello(self):
        return 'hi %d' % self.year


class Loud(datetime):
    def __new__(cls, *args, **kw):
        print('  new', args, sorted(kw.items()))
        return super().__new__(cls, *args, **kw)


def show(what, f):
    print(what)
    try:
        r = f()
        print('  ->', type(r).__name__, r)
    except Exception as e:
        print('  ->', type(e).__name__, e)


p = Plain(2024, 2, 29, 12, 30)
p.note = 'extra'
print(p.note, p.label, p.hello(), repr(p), isinstance(p, date), isinstance(p, datetime))
print(Plain.__mro__[1:] == (datetime, date, object), type(p).__name__)
print(p.__dict__)

L = Loud(2020, 1, 2, 3, 4, 5, fold=1)
print(repr(L))
utc = timezone.utc
plus1 = timezone(timedelta(hours=1))
show('replace', lambda: L.replace(year=2021))
show('add', lambda: L + timedelta(days=1))
show('radd', lambda: timedelta(hours=1) + L)
show('sub td', lambda: L - timedelta(minutes=5))
show('sub dt', lambda: L - Loud(2020, 1, 1))
show('astimezone', lambda: L.replace(tzinfo=utc).astimezone(plus1))
show('astimezone same', lambda: L.replace(tzinfo=utc).astimezone(utc))
show('combine', lambda: Loud.combine(date(2020, 1, 1), time(1, 2, fold=1)))
show('combine tz', lambda: Loud.combine(date(2020, 1, 1), time(1, 2), plus1))
show('fromordinal', lambda: Loud.fromordinal(738000))
show('fromisocalendar', lambda: Loud.fromisocalendar(2020, 1, 1))
show('fromisoformat', lambda: Loud.fromisoformat('2020-01-01T10:00:00+01:00'))
show('fromisoformat naive', lambda: Loud.fromisoformat('2020-01-01 10:00'))
show('strptime', lambda: Loud.strptime('2020-03-04', '%Y-%m-%d'))
show('strptime z', lambda: Loud.strptime('2020-03-04 +0200', '%Y-%m-%d %z'))
show('fromtimestamp utc', lambda: Loud.fromtimestamp(86400 * 365, utc))
show('utcfromtimestamp', lambda: Loud.utcfromtimestamp(1e9))
show('date', lambda: L.date())
show('time', lambda: L.time())
show('timetz', lambda: L.replace(tzinfo=utc).timetz())
print(type(Plain.now()).__name__, type(Plain.utcnow()).__name__, type(Plain.today()).__name__, type(Plain.now(utc)).__name__)


class Iso(datetime):
    def isoformat(self, sep='T', timespec='auto'):
        return 'custom ' + sep


print(str(Iso(2020, 1, 1)), repr(Iso(2020, 1, 1)), format(Iso(2020, 1, 1), ''), format(Iso(2020, 1, 1), '%Y'))


class Outer:
    class Inner(datetime):
        pass


print(repr(Outer.Inner(2020, 5, 6, 7, 8, 9, 10, utc)))
c = copy.copy(p)
print(type(c).__name__, c == p, hasattr(c, 'note'))
d = copy.deepcopy(L)
print(type(d).__name__, d == L, d.fold)
print(p.__reduce__()[0] is Plain, p.__reduce_ex__(4)[1])
print(Plain.min, Plain.max, Plain.resolution, type(Plain.min).__name__)
