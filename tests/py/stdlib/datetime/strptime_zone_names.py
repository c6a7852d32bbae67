# %Z in strptime accepts UTC, GMT and the local zone's names (time.tzname),
# whole and in any case.
import os, time
from datetime import datetime
samples = ['12:00 UTC', '12:00 utc', '12:00 GMT', '12:00 EST', '12:00 EDT', '12:00 CET',
           '12:00 CEST', '12:00 cest', '12:00 PST', '12:00 UTCX', '12:00 JST']
for zone in ('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'EST5EDT,M3.2.0,M11.1.0'):
    os.environ['TZ'] = zone
    time.tzset()
    print(zone, time.tzname)
    for s in samples:
        try:
            print(' ', s, datetime.strptime(s, '%H:%M %Z'))
        except ValueError as e:
            print(' ', s, 'ValueError', e)
