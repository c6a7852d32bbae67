# datetime.time construction: argument binding, range checks, tzinfo checks,
# pickle-state arguments, __new__ checks, class attributes and fields.
import datetime as D
from datetime import time, timedelta, timezone, tzinfo


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


attempt('none', lambda: time())
attempt('all', lambda: time(1, 2, 3, 4))
attempt('kw', lambda: time(hour=5, second=7, microsecond=9))
attempt('fold', lambda: time(1, fold=1))
attempt('tzpos', lambda: time(1, 2, 3, 4, timezone.utc))
attempt('tzkw', lambda: time(1, tzinfo=timezone(timedelta(hours=-3), 'X')))
attempt('index', lambda: time(Idx(3), Idx(4)))
attempt('bool', lambda: time(True, False))
attempt('too many', lambda: time(1, 2, 3, 4, None, 0))
attempt('too many kw', lambda: time(1, 2, 3, 4, None, fold=0, hour=1))
attempt('bad kw', lambda: time(1, x=3))
attempt('dup', lambda: time(1, hour=3))
attempt('float', lambda: time(1.5))
attempt('str', lambda: time('ab'))
attempt('big', lambda: time(2 ** 40))
attempt('bigneg', lambda: time(-2 ** 40))
attempt('huge', lambda: time(2 ** 70))
for args in [(24,), (-1,), (0, 60), (0, -1), (0, 0, 60), (0, 0, 0, 1000000), (0, 0, 0, -1)]:
    attempt('range %r' % (args,), lambda: time(*args))
attempt('fold2', lambda: time(fold=2))
attempt('fold-1', lambda: time(25, fold=-1))
attempt('tz int', lambda: time(tzinfo=3))
attempt('tz class', lambda: time(1, 2, 3, 4, tzinfo))
attempt('new int', lambda: time.__new__(int))
attempt('new 3', lambda: time.__new__(3))
attempt('new none', lambda: time.__new__())
attempt('state', lambda: time(b'\x01\x02\x03\x00\x01\x00'))
attempt('state fold', lambda: time(b'\x81\x02\x03\x00\x00\x05'))
attempt('state tz', lambda: time(b'\x01\x02\x03\x00\x00\x05', timezone.utc))
attempt('state bad tz', lambda: time(b'\x01\x02\x03\x04\x05\x06', 3))
attempt('state hour 24', lambda: time(b'\x18\x02\x03\x04\x05\x06'))
attempt('state short', lambda: time(b'\x01\x02'))
attempt('state str', lambda: time('\x01\x02\x03\x00\x00\x07'))
attempt('state str wide', lambda: time('\x01\x02\x03\x00\x00\u0107'))

t = time(12, 34, 56, 789, timezone.utc, fold=1)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(bool(time()), bool(time.min), bool(time(0, tzinfo=timezone(timedelta(hours=1)))))
print(repr(time.min), repr(time.max), repr(time.resolution))
print(type(time.min) is time, time.__module__, time.__name__, time.__qualname__, repr(time))
for name in ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold', 'other']:
    try:
        setattr(t, name, 1)
    except AttributeError:
        print('read-only', name)
attempt('isinstance', lambda: (isinstance(t, time), isinstance(t, D.datetime), issubclass(time, object)))
print(t.__doc__.splitlines()[0])
dt = D.datetime(2020, 5, 6, 7, 8, 9, 10, timezone.utc, fold=1)
for tt in [dt.time(), dt.timetz()]:
    print(type(tt).__name__, repr(tt), tt.fold)
print(repr(D.datetime.combine(D.date(2000, 1, 2), t)))
print(repr(D.datetime.combine(D.date(2000, 1, 2), t, tzinfo=None)))
attempt('combine bad', lambda: D.datetime.combine(D.date(2000, 1, 2), 3))
print(repr(D.date(2020, 1, 1).isocalendar()), D.date(2021, 1, 1).isocalendar().week)
