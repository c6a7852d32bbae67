# datetime with the local time zone taken from TZ: fromtimestamp (with fold),
# timestamp() of naive values (fold and gaps), astimezone() with no tz,
# date.fromtimestamp.
import datetime
import os
import time

D = datetime.datetime
for tz in ['America/New_York', 'Australia/Lord_Howe', 'Europe/London', 'Asia/Kolkata', 'UTC']:
    os.environ['TZ'] = tz
    time.tzset()
    print(tz)
    for t in [1730613600, 1730610000, 1730613599, 1710054000, 1710053999.5, 0, 1720000000.25,
              1712415600, 1712417400, 1728142200, -1e9, 1711846800, 1729990800]:
        d = D.fromtimestamp(t)
        a = d.astimezone()
        print(' ', t, repr(d), d.timestamp(), a, repr(a.tzinfo), a.tzname(), datetime.date.fromtimestamp(t))
    for d in [D(2024, 11, 3, 1, 30), D(2024, 11, 3, 1, 30, fold=1), D(2024, 3, 10, 2, 30),
              D(2024, 3, 10, 2, 30, fold=1), D(2024, 7, 4, 12), D(2024, 4, 7, 1, 45), D(2024, 4, 7, 1, 45, fold=1),
              D(2024, 10, 6, 2, 15), D(2024, 10, 6, 2, 15, fold=1), D(2024, 3, 31, 1, 30), D(2024, 10, 27, 1, 30, fold=1),
              D(2024, 1, 1, 0, 0, 0, 999999)]:
        print(' ', repr(d), d.timestamp(), d.astimezone(), d.astimezone(datetime.timezone.utc))
    a = D(2024, 7, 4, 12, tzinfo=datetime.timezone.utc)
    print(' ', a.astimezone(), a.astimezone().tzname(), a.astimezone().strftime('%Z %z'))
    b = D(2024, 1, 4, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=3)))
    print(' ', b.astimezone(), b.astimezone().utcoffset())
    print(' ', D.utcfromtimestamp(1720000000), D.fromtimestamp(1720000000, datetime.timezone.utc))

# now()/today() are local: compare against time.localtime at the same moment
os.environ['TZ'] = 'Asia/Kolkata'
time.tzset()
t = time.time()
n = D.fromtimestamp(t)
print(n.timetuple()[:6] == time.localtime(t)[:6], abs(D.now() - D.utcnow() - datetime.timedelta(hours=5, minutes=30)) < datetime.timedelta(seconds=5))
print(datetime.date.today() == D.now().date() or 'midnight race')
