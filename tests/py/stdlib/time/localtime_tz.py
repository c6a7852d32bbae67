# The local time zone from TZ (zoneinfo files and POSIX rule strings):
# localtime, mktime, strftime %Z/%z, ctime, timezone/altzone/daylight/tzname.
import os
import time

ZONES = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe',
         'Australia/Sydney', 'UTC', 'EST5EDT', 'CET-1CEST,M3.5.0,M10.5.0/3',
         'AEST-10AEDT,M10.1.0,M4.1.0/3', 'Foo/Bar', ':Europe/Paris', '<+0330>-3:30',
         'JST-9', 'NZST-12NZDT,J270/2,J96/3', 'XST3XDT,100/1,300', '']
STAMPS = [0, 1700000000, 1710054000, 1710053999, 1730613600, 1730610000, 1711846800,
          1729990800, 2000000000, 4102444800, -2000000000, 1696089600, 1712419200]
TUPLES = [(2024, 3, 10, 2, 30, 0, 0, 0, -1), (2024, 11, 3, 1, 30, 0, 0, 0, 0),
          (2024, 11, 3, 1, 30, 0, 0, 0, 1), (2024, 3, 10, 2, 30, 0, 0, 0, 1),
          (2024, 3, 10, 2, 30, 0, 0, 0, 0), (2024, 13, 40, 25, 61, 0, 0, 0, -1),
          (2024, 7, 1, 12, 0, 0, 0, 0, -1), (2024, 1, 15, 12, 0, 0, 0, 0, -1),
          (2024, 1, 15, 12, 0, 0, 0, 0, 1), (2024, 7, 1, 12, 0, 0, 0, 0, 0)]

for tz in ZONES:
    os.environ['TZ'] = tz
    time.tzset()
    print(repr(tz), time.timezone, time.altzone, time.daylight, time.tzname)
    for t in STAMPS:
        lt = time.localtime(t)
        print('  ', t, tuple(lt), time.strftime('%Z %z', lt), time.mktime(lt), time.ctime(t))
    for tup in TUPLES:
        print('  mktime', tup, time.mktime(tup))
    print('  ', time.strftime('%Z|%z', (2024, 7, 1, 0, 0, 0, 0, 0, 1)),
          time.strftime('%Z|%z', (2024, 7, 1, 0, 0, 0, 0, 0, 0)),
          time.strftime('%Z|%z', (2024, 7, 1, 0, 0, 0, 0, 0, -1)))

# tzset picks up changes; unsetting TZ goes back to /etc/localtime
os.environ['TZ'] = 'Asia/Tokyo'
time.tzset()
print(time.localtime(0)[:6], time.tzname)
del os.environ['TZ']
time.tzset()
os.environ['TZ'] = 'America/Los_Angeles'
print(time.tzname == ('PST', 'PDT'))
time.tzset()
print(time.tzname, time.localtime(1720000000)[:6])
