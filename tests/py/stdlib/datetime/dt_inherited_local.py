# The native datetime: date methods it inherits, the local zone (TZ) in
# timestamp/astimezone/fromtimestamp with folds and gaps, timestamps at the
# range ends, tzinfo giving no offset, pickling a named timezone.
import os, time
os.environ['TZ'] = 'America/New_York'; time.tzset()
from datetime import *
d = datetime(2020, 11, 1, 1, 30)
for x in [d, d.replace(fold=1), datetime(2020, 3, 8, 2, 30), datetime(2020, 3, 8, 2, 30, fold=1)]:
    print(x.timestamp(), repr(x.astimezone()), x.astimezone(timezone.utc), x.astimezone().tzname())
print(datetime.fromtimestamp(1604208600), datetime.fromtimestamp(1604212200), datetime.fromtimestamp(1604212200).fold)
print(datetime.fromtimestamp(1604212200.25, timezone.utc))
a = datetime(2020, 6, 1, tzinfo=timezone.utc)
print(repr(a.astimezone()), a.astimezone().utcoffset())
print(date.strftime(d, '%H:%M'), date.__format__(d, '%Y'), date.__eq__(d, d), date.__eq__(date(2020,11,1), d))
print(date.isoformat(d), date.__repr__(d), date.__str__(d), date.ctime(d), date.timetuple(d))
print(date.__hash__(d) == hash(date(2020,11,1)))
print(type(datetime.today()).__name__, datetime.fromordinal(5), datetime.fromisocalendar(2020, 1, 1))
print(d.isocalendar(), d.weekday(), d.toordinal(), d.year, d.month, d.day)
print(datetime(2020,1,1,tzinfo=timezone.utc).timestamp(), datetime(9999,12,31,23,59,59,999999,tzinfo=timezone.utc).timestamp(), datetime(1,1,1,tzinfo=timezone.utc).timestamp())
print(datetime(2020, 5, 5, 5, 5, 5, 123456).timestamp())
class T(tzinfo):
    def utcoffset(self, dt): return None
try: print(datetime(2020,1,1,tzinfo=T()).timestamp())
except Exception as e: print(type(e).__name__, e)
print(repr(datetime(2020,1,1,tzinfo=T()).astimezone(timezone.utc)))
import pickle
print(pickle.loads(pickle.dumps(datetime(2020,1,1,tzinfo=timezone(timedelta(hours=3), 'X')))))
print(datetime.__name__, datetime.__qualname__, datetime.__module__, datetime.__base__)
