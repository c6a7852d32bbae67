# The native datetime.date: construction, queries, text, arithmetic,
# comparisons, replace, alternate constructors, subclassing, pickling and
# CPython's error messages.
import copy
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR


def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 7


print('-- construction')
show(lambda: date(2020, 2, 29))
show(lambda: date(year=2021, month=12, day=31))
show(lambda: date(2020, Idx(), 1))
show(lambda: date(True, 1, 1))
show(lambda: date(2020.0, 1, 1))
show(lambda: date('2020', 1, 1))
show(lambda: date(2020, 1))
show(lambda: date(2020, 1, 1, 1))
show(lambda: date(2020, 1, 1, x=1))
show(lambda: date(2020, 1, 1, year=1))
show(lambda: date(year=2020, month=1, dy=1))
show(lambda: date(2020, 1, day=1, month=2))
show(lambda: date(0, 1, 1))
show(lambda: date(10000, 1, 1))
show(lambda: date(-1, 1, 1))
show(lambda: date(2**40, 1, 1))
show(lambda: date(-2**40, 1, 1))
show(lambda: date(2**64, 1, 1))
show(lambda: date(2019, 2, 29))
show(lambda: date(2020, 0, 1))
show(lambda: date(2020, 13, 1))
show(lambda: date(2020, 4, 31))
show(lambda: date(2020, 4, 0))
show(lambda: date(b'\x07\xe4\x01\x02'))
show(lambda: date(b'\x07\xe4\x0d\x01'))
show(lambda: date.__new__(int, 2020, 1, 1))
show(lambda: date.__new__(1, 2020, 1, 1))
print(date.min, date.max, repr(date.resolution), MINYEAR, MAXYEAR)
print(date.__doc__)
print(date.__module__, date.__name__, date.__qualname__)

print('-- attributes and queries')
d = date(2024, 2, 29)
print(d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week)
print(d.timetuple())
print(date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar())
show(lambda: d.toordinal(1))
show(lambda: d.weekday(x=1))
show(lambda: date.isoformat(1))
show(lambda: date.__add__(1, 2))

print('-- text')
print(str(d), d.isoformat(), repr(d), d.ctime())
print(d.strftime('%Y/%m/%d %a %A %b %B %j %U %W %H:%M:%S %%'))
print(format(d, ''), format(d, '%d.%m.%Y'), '{:%Y}'.format(d), f'{d}')
show(lambda: d.isoformat(1))
show(lambda: d.strftime())
show(lambda: d.strftime(5))
show(lambda: d.strftime('%Y', 1))
show(lambda: d.strftime(format='%m'))
show(lambda: format(d, 5))
show(lambda: date.__format__(d, 5))
print(date(1, 1, 1).isoformat(), date(999, 3, 4).strftime('%Y'))

print('-- arithmetic')
print(d + timedelta(days=1), timedelta(days=-60) + d, d - timedelta(days=366))
print(d + timedelta(hours=23), d + timedelta(hours=25), d - timedelta(seconds=1))
print(repr(d - date(2000, 1, 1)), repr(date(2000, 1, 1) - d))
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: d + 1)
show(lambda: 1 + d)
show(lambda: d - 1)
show(lambda: d + d)
show(lambda: timedelta(1) - d)
show(lambda: d - datetime(2020, 1, 1))
show(lambda: datetime(2020, 1, 1) - d)
show(lambda: date.__add__(datetime(2020, 1, 1), timedelta(1)))
show(lambda: date.__sub__(d, datetime(2020, 1, 1)))

print('-- comparisons and hashing')
a, b = date(2020, 1, 1), date(2020, 1, 2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == date(2020, 1, 1))
print(a == 1, a != 1, a == None)
show(lambda: a < 1)
show(lambda: a >= 'x')
show(lambda: a < datetime(2020, 1, 1))
show(lambda: datetime(2020, 1, 1) > a)
print(a == datetime(2020, 1, 1), datetime(2020, 1, 1) == a, a != datetime(2020, 1, 1))
print(date.__lt__(a, datetime(2020, 1, 1)), date.__eq__(a, datetime(2020, 1, 1)), date.__eq__(a, 1))
print(hash(a) == hash(date(2020, 1, 1)), len({a, b, date(2020, 1, 1)}))
counts = {}
for k in [a, b, a, date(2020, 1, 1), b]:
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))
print(sorted([b, a, date(1999, 5, 5)]), max(a, b), min(a, b))

print('-- replace')
print(d.replace(year=2028), d.replace(2020, 3), d.replace(day=1), d.replace())
show(lambda: d.replace(year=2023, month=2, day=29))
show(lambda: d.replace(2020.0))
show(lambda: d.replace(None))
show(lambda: d.replace(month=13))
show(lambda: d.replace(1, 2, 3, 4))
show(lambda: d.replace(x=1))
show(lambda: d.replace(2020, year=1))

print('-- alternate constructors')
print(date.fromordinal(1), date.fromordinal(738000), date.fromordinal(Idx()))
show(lambda: date.fromordinal(0))
show(lambda: date.fromordinal(3652060))
show(lambda: date.fromordinal(1.0))
show(lambda: date.fromordinal())
show(lambda: date.fromordinal(2**40))
print(date.fromisoformat('2020-05-17'), date.fromisoformat('20200517'))
show(lambda: date.fromisoformat('2020-13-01'))
show(lambda: date.fromisoformat('2020-02-30'))
show(lambda: date.fromisoformat('nope'))
show(lambda: date.fromisoformat(5))
show(lambda: date.fromisoformat())
print(date.fromisocalendar(2020, 1, 1), date.fromisocalendar(2020, 53, 7), date.fromisocalendar(year=2021, week=10, day=3))
show(lambda: date.fromisocalendar(2021, 53, 1))
show(lambda: date.fromisocalendar(2020, 0, 1))
show(lambda: date.fromisocalendar(2020, 5, 8))
show(lambda: date.fromisocalendar(0, 5, 1))
show(lambda: date.fromisocalendar(2020.0, 5, 1))
show(lambda: date.fromisocalendar(2**40, 1, 1))
show(lambda: date.fromisocalendar(2020, 1))
show(lambda: date.fromisocalendar(2020, 1, 1, 1))
print(date.fromtimestamp(0) in (date(1970, 1, 1), date(1969, 12, 31)))
show(lambda: date.fromtimestamp('x'))
show(lambda: date.fromtimestamp())
show(lambda: date.fromtimestamp(1e20))
show(lambda: date.today(1))
print(type(date.today()).__name__, date.today() >= date(2020, 1, 1))

print('-- subclasses')


class MyDate(date):
    label = 'mine'

    def describe(self):
        return '{}:{}'.format(self.label, self.isoformat())


m = MyDate(2020, 3, 1)
m.note = 'extra'
print(repr(m), str(m), m.describe(), m.note, isinstance(m, date))
for r in [m + timedelta(1), timedelta(1) + m, m - timedelta(1), m.replace(day=9), MyDate.fromordinal(5),
          MyDate.fromisoformat('2021-01-01'), MyDate.fromisocalendar(2020, 1, 1), MyDate.today()]:
    print(type(r).__name__, end=' ')
print()
print(repr(m - date(2020, 1, 1)), m == date(2020, 3, 1), hash(m) == hash(date(2020, 3, 1)))


class WithNew(date):
    def __new__(cls, y, m, d, extra=0):
        self = super().__new__(cls, y, m, d)
        self.extra = extra
        return self

    def __repr__(self):
        return 'WithNew<{}, extra={}>'.format(self.isoformat(), self.extra)


w = WithNew(2020, 1, 1, 5)
print(w, repr(w), w.extra, (w + timedelta(3)).extra, repr(WithNew.fromordinal(5)))


class Shouty(date):
    def strftime(self, fmt):
        return date.strftime(self, fmt).upper()

    def __str__(self):
        return 'shouty'

    @classmethod
    def fromtimestamp(cls, t):
        return cls(2000, 1, 1)


s = Shouty(2020, 1, 1)
print(format(s, '%b'), format(s, ''), repr(Shouty.today()))


def local():
    class Inner(date):
        pass
    return Inner(2020, 1, 1)


print(repr(local()))

print('-- pickling and copying')
print(d.__reduce__(), d.__reduce_ex__(2))


def round_trip(x):
    f, a = x.__reduce_ex__(2)
    return f(*a)


p = round_trip(m)
print(type(p).__name__, repr(p), hasattr(p, 'note'), round_trip(d) == d)
print(repr(copy.copy(d)), repr(copy.deepcopy(m)), copy.copy(d) == d)
print(repr(copy.deepcopy([date.min, date.max])))


class Iso(date):
    def isoformat(self):
        return 'iso!'


print(str(Iso(2020, 1, 1)), format(Iso(2020, 1, 1), ''), repr(Iso(2020, 1, 1)))
