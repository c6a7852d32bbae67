# datetime.time text: isoformat with every timespec and offsets, str/repr,
# fromisoformat accepted and rejected forms, strftime directives
# (1900-01-01 as the date, %z/%Z from the tzinfo) and __format__.
from datetime import time, timedelta, timezone, tzinfo


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Odd(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-3, minutes=-7, seconds=-9, microseconds=-11)

    def tzname(self, dt):
        return None

    def __repr__(self):
        return 'Odd()'


zones = [None, timezone.utc, timezone(timedelta(hours=5, minutes=45)), timezone(timedelta(hours=-1, seconds=-30), 'Name'), Odd()]
for t in [time(), time(1, 2, 3), time(4, 5, 6, 7000), time(8, 9, 10, 123456), time(23, 59, 59, 999999)]:
    for z in zones:
        tt = t.replace(tzinfo=z)
        print(repr(tt), str(tt), tt.isoformat(), [tt.isoformat(s) for s in ('hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')])
show('timespec bad', lambda: time(1).isoformat('nanoseconds'))
show('timespec int', lambda: time(1).isoformat(3))
show('timespec kw', lambda: time(1).isoformat(timespec='hours'))
show('timespec extra', lambda: time(1).isoformat('auto', 1))
show('timespec badkw', lambda: time(1).isoformat(spec='auto'))
show('repr fold', lambda: time(1, fold=1, tzinfo=timezone.utc))

for s in ['12', '12:30', '1230', '12:30:45', '123045', '12:30:45.1', '12:30:45.12', '12:30:45.123', '12:30:45.1234',
          '12:30:45.12345', '12:30:45.123456', '12:30:45,5', '12:30:45.1234567', 'T12:30', '12:30Z', '12:30+01:00', '12:30-0530',
          '12:30:45.5+01:00:30', '12:30+01:00:30.000001', '12:30+1', '24:00', '12:60', '12:30:60', '', 'T', '1', '12:3',
          '12:30:45.', '12:30+', '12:30 ', ' 12:30', '12:30+25:00', '12:30+00:00', '12:30-00:00', '١٢:٣٠', 'xx:yy']:
    show('fromiso %r' % s, lambda: time.fromisoformat(s))
show('fromiso int', lambda: time.fromisoformat(1230))
show('fromiso 2 args', lambda: time.fromisoformat('12', '13'))
show('fromiso none', lambda: time.fromisoformat())
for t in [time(), time(13, 4, 5, 6), time(23, 59, 59, 999999, timezone(timedelta(hours=-4)))]:
    show('roundtrip %r' % t, lambda: time.fromisoformat(t.isoformat()) == t)

t = time(13, 4, 5, 60, timezone(timedelta(hours=2, minutes=30), 'Zed'))
fmts = ['%H:%M:%S.%f', '%I %p', '%z %Z', '%Y-%m-%d %j %a %A %b %B %w %U %W', '%c', '%x', '%X', '%%z %%', '%y %G %V %u',
        '', 'plain', '%', '%q', '%:z']
for f in fmts:
    show('strftime %r' % f, lambda: t.strftime(f))
    show('naive %r' % f, lambda: time(1, 2, 3).strftime(f))
show('Odd %z %Z', lambda: time(1, tzinfo=Odd()).strftime('[%z] [%Z]'))
show('strftime int', lambda: t.strftime(5))
show('strftime kw', lambda: t.strftime(format='%H'))
show('strftime none', lambda: t.strftime())
show('format', lambda: (format(t), format(t, '%H|%M'), '{:%I}'.format(t), f'{t:%S}', f'{t}'))
show('format int', lambda: t.__format__(5))
show('format none', lambda: t.__format__())
show('format kw', lambda: t.__format__(fmt='x'))
