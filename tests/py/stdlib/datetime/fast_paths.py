# Native fast paths of date/datetime arithmetic, hashing and comparison,
# and the Python rules they hand over to (subclasses, aware values, errors).
from datetime import date, datetime, timedelta as T, timezone, tzinfo


def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class D(date):
    pass


class DT(datetime):
    pass


d = date(2024, 2, 28)
show(lambda: d + T(1))
show(lambda: d + T(2))
show(lambda: T(1) + d)
show(lambda: d - T(59))
show(lambda: d + T(hours=23))
show(lambda: d + T(hours=-1))
show(lambda: d - date(2023, 2, 28))
show(lambda: d - datetime(2023, 2, 28))
show(lambda: date.max + T(1))
show(lambda: date.min - T(1))
show(lambda: d + 1)
show(lambda: d - 1)
show(lambda: D(2024, 1, 1) + T(1))
show(lambda: D(2024, 1, 1) - T(1))
show(lambda: D(2024, 1, 1) - d)
show(lambda: d - D(2024, 1, 1))
print(d == date(2024, 2, 28), d != date(2024, 2, 28), d < date(2024, 3, 1), d >= date(2025, 1, 1))
print(d == D(2024, 2, 28), D(2024, 2, 28) == d, d == datetime(2024, 2, 28), d == 5, d != 'x')
print(hash(d) == hash(date(2024, 2, 28)), hash(D(2024, 2, 28)) == hash(d), len({d, date(2024, 2, 28), D(2024, 2, 28)}))
print(date.__eq__(d, 5), date.__lt__(d, 5) if False else '', date.__add__(d, T(1)))
show(lambda: d < 5)
show(lambda: d < datetime(2024, 1, 1))
show(lambda: d <= D(2024, 2, 28))

x = datetime(2024, 2, 28, 23, 30)
show(lambda: x + T(hours=1))
show(lambda: x - T(days=365, microseconds=1))
show(lambda: T(minutes=45) + x)
show(lambda: x - datetime(2024, 1, 1))
show(lambda: datetime.max + T(microseconds=1))
show(lambda: datetime.min - T(microseconds=1))
show(lambda: x + 1)
show(lambda: x - d)
show(lambda: DT(2024, 1, 1) + T(1))
show(lambda: DT(2024, 1, 1) - T(1))
show(lambda: DT(2024, 1, 1) - x)
u = timezone.utc
p2 = timezone(T(hours=2))
a = datetime(2024, 1, 1, 12, tzinfo=u)
b = datetime(2024, 1, 1, 14, tzinfo=p2)
show(lambda: a + T(1))
show(lambda: a - b)
show(lambda: a - datetime(2024, 1, 1, tzinfo=u))
show(lambda: a - x)
print(a == b, hash(a) == hash(b), hash(x) == hash(datetime(2024, 2, 28, 23, 30)), x == x + T(0))
x2 = datetime(2024, 2, 28, 23, 30, fold=1)
print(hash(x2) == hash(x), x2 == x, (x2 + T(0)).fold)


class Fixed(tzinfo):
    def utcoffset(self, dt):
        return T(hours=-5)

    def dst(self, dt):
        return T(0)

    def tzname(self, dt):
        return 'FIX'


f = Fixed()
c = datetime(2024, 1, 1, 7, tzinfo=f)
print(c + T(hours=1))
show(lambda: c - a)
print(c == a, hash(c) == hash(a), (c + T(1)).tzinfo is f)

# Text: exact naive values natively, the rest through the Python methods.
for v in [date(2024, 1, 2), D(2024, 1, 2), datetime(2024, 1, 2, 3, 4), datetime(2024, 1, 2, 3, 4, 5),
          datetime(2024, 1, 2, 3, 4, 0, 7), datetime(2024, 1, 2, 3, 4, 5, 600, fold=1), DT(2024, 1, 2, 3, 4, 5),
          datetime(2024, 1, 2, 3, 4, tzinfo=u), datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=p2), date.min, date.max,
          datetime.min, datetime.max]:
    print(repr(v), str(v), v.isoformat(), '{}'.format(v), f'{v!r}')
print(date.__repr__(d), date.__str__(d), date.isoformat(d), datetime.__repr__(x), datetime.__str__(x))
print(x.isoformat(sep=' '), x.isoformat(timespec='minutes'), date.__repr__(datetime(2024, 5, 6, 7)))
show(lambda: d.isoformat(1))
show(lambda: date.isoformat(d, foo=1))

# date.fromisoformat built natively for date itself, through __new__ for subclasses.
for s in ['2024-01-02', '20240102', '2024-W01-2', '2024-02-30', '2024-1-2', '', '2024-01-02T00', 5, '0000-01-01']:
    show(lambda: date.fromisoformat(s))
    show(lambda: D.fromisoformat(s))
