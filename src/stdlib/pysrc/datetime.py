"""Dates, times and intervals for Pyrite: timedelta, date, time, datetime,
tzinfo and fixed-offset timezone.

Every class is a native type of `_dtcore` (Rust); this module names them
and links `date.timetuple` to `time.struct_time`.
"""

import time as _time
import _dtcore as _c

MINYEAR = 1
MAXYEAR = 9999

timedelta = _c.timedelta
date = _c.date
time = _c.time
datetime = _c.datetime
tzinfo = _c.tzinfo
timezone = _c.timezone
UTC = timezone.utc

_c.date_setup(_time.struct_time)
del _c
