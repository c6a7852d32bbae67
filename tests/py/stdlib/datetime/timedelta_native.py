# timedelta: construction, normalization, arithmetic, errors, subclasses.
import copy
from datetime import timedelta as T, date, datetime


def show(f):
    try:
        r = f()
        print(type(r).__name__, r if not isinstance(r, T) else repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(repr(T()), repr(T(1, 2, 3)), repr(T(-1)), repr(T(microseconds=-1)))
print(repr(T(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1)))
print(T(1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5))
print(T(days=-1, seconds=0.5), T(microseconds=0.5), T(microseconds=1.5), T(microseconds=-0.5), T(microseconds=2.5))
print(T(days=True), T(seconds=-86401), T(hours=-25))
print(T.min, T.max, T.resolution, repr(T.min), repr(T.max))
for kw in [dict(days=10**30), dict(days=1e30), dict(days=1e10), dict(days=10**9), dict(days=-10**9),
           dict(days='x'), dict(seconds=None), dict(days=float('nan')), dict(days=float('inf'))]:
    show(lambda: T(**kw))
show(lambda: T(1, foo=2))
show(lambda: T(1, 2, 3, 4, 5, 6, 7, 8))
show(lambda: T(1, days=2))
a, b = T(days=1, seconds=5), T(hours=3)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 2 * a, a * -1, a * 0.1, 0.1 * a, a * 2.5)
print(a / b, a // b, a % b, divmod(a, b), divmod(-a, b), (-a) % b, (-a) // b)
print(a / 3, a / -7, a // 3, a // -7, a / 0.5, a / 10 ** 30, a // 10 ** 30, a // -10 ** 30)
print(T(seconds=1) / T(microseconds=3), T.max / T.resolution, T.max // T.resolution)
for f in [lambda: a / 0, lambda: a // 0, lambda: a / T(0), lambda: a // T(0), lambda: a % T(0),
          lambda: divmod(a, T(0)), lambda: a / 0.0, lambda: a * float('nan'), lambda: a * float('inf'),
          lambda: a * 10 ** 10, lambda: T.max + T.resolution, lambda: T.min - T.resolution, lambda: -T.min,
          lambda: a + 1, lambda: 1 + a, lambda: a - 'x', lambda: a * 'x', lambda: a / 'x', lambda: a // 1.5,
          lambda: a % 2, lambda: a < 5, lambda: a >= None, lambda: 2 / a, lambda: 2 // a, lambda: 2 % a]:
    show(f)
print(T.__lt__(a, 5), T.__add__(a, 5), T.__eq__(a, 5), T.__ne__(a, 5), T.__mul__(a, 'x'), T.__truediv__(a, 'x'))
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == T(1, 5), a == 1, a != 1)
print(T.max.total_seconds(), T.min.total_seconds(), T(microseconds=-1).total_seconds(), a.total_seconds())
print(T(days=999999999, seconds=1, microseconds=7).total_seconds())
print(bool(T(0)), bool(T(microseconds=1)), hash(T(1)) == hash(T(hours=24)), hash(T(0)) == hash(0))
print(len({T(1), T(hours=24), T(0), T(seconds=0)}))
print(a.days, a.seconds, a.microseconds, (-a).days, (-a).seconds)
print(a.__reduce__(), T.__module__, T.__name__, T.__qualname__)
print(sorted([T(3), T(-1), T(0, 5), T(microseconds=1)]))
print(str(T(0)), str(T(-1, 1)), str(T(2, 3661, 5)), format(T(1)), '{}'.format(T(0, 1)))


class MyTD(T):
    def double(self):
        return self * 2


m = MyTD(1, 2, 3)
print(repr(m), m.double(), type(m + m).__name__, type(-m).__name__, type(m * 2).__name__, type(abs(m)).__name__)
print(m.__reduce__()[0] is MyTD, m == T(1, 2, 3), isinstance(m, T), hash(m) == hash(T(1, 2, 3)))
m.note = 'x'
print(m.note, copy.deepcopy(m) == m, type(copy.copy(m)).__name__)


class Hours(T):
    def __new__(cls, h):
        return super().__new__(cls, hours=h)


h = Hours(5)
print(repr(h), h.seconds, type(h).__name__, h + T(1))
try:
    a.days = 3
except AttributeError:
    print('AttributeError days')
print(date(2024, 1, 31) + T(1), date(2024, 3, 1) - T(1), datetime(2024, 1, 1) - datetime(2023, 1, 1))
print(T(1) + date(2024, 1, 31), repr(datetime(2024, 1, 1, 12) - datetime(2024, 1, 2)))
# Misused descriptors and constructors.
d = date(2024, 1, 1)
for f in [lambda: T.__new__(5), lambda: T.__new__(int), lambda: T.__new__(), lambda: T.__add__(5, T(1)),
          lambda: T.total_seconds(5), lambda: date.__add__(5, T(1)), lambda: datetime.__add__(d, T(1)),
          lambda: date.__hash__(5), lambda: date.isoformat(5), lambda: T(days=1.0e9), lambda: T(seconds=-1e-7),
          lambda: T(microseconds=1e-7), lambda: T(weeks=1.5e8), lambda: T.__radd__(T(1), d)]:
    show(f)
