# struct_time's non-sequence fields tm_zone and tm_gmtoff: set by gmtime and
# localtime, optional in the constructor, used by strftime's %Z and %z.
import os, time
t = time.gmtime(86400 * 400)
print(t.tm_zone, t.tm_gmtoff, len(t), t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
s = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(s, s.tm_zone, s.tm_gmtoff, len(s))
s2 = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, 'ABC', 3600))
print(s2, s2.tm_zone, s2.tm_gmtoff, len(s2), tuple(s2), s2 == s)
print(time.struct_time([2024, 1, 2, 3, 4, 5, 1, 2, 0, 'XYZ']).tm_gmtoff)
for attr in ('tm_zone', 'tm_year'):
    try:
        setattr(t, attr, 'x')
    except AttributeError as e:
        print('AttributeError', e)
for bad in ((1, 2), tuple(range(12))):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)
print(time.strftime('%Z %z', s2))
for zone in ('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'):
    os.environ['TZ'] = zone
    time.tzset()
    for secs in (0, 15_000_000, 1_700_000_000):
        l = time.localtime(secs)
        print(zone, secs, l.tm_zone, l.tm_gmtoff, l.tm_isdst, time.strftime('%Z %z', l), time.mktime(l) == secs)
import sys
print(sys.version_info.n_fields, sys.version_info.n_sequence_fields, sys.version_info.n_unnamed_fields)
