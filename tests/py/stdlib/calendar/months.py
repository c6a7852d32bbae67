import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2000), calendar.leapdays(2000, 2001))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1))
for y, m in [(2024, 2), (2023, 2), (2000, 12), (2021, 8)]:
    print(y, m, calendar.monthrange(y, m))
print(calendar.monthcalendar(2024, 3))
print(calendar.month(2024, 2), end="")
print(calendar.month(2021, 8, w=3, l=2), end="")
calendar.prmonth(1999, 12)
print(repr(calendar.month(2024, 9, 4)))
print(calendar.calendar(2023), end="")
print(calendar.calendar(2024, w=2, l=1, c=3, m=4), end="")
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), calendar.month_name[2:4], len(calendar.day_name))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(2024, 6), end="")
print(calendar.monthcalendar(2024, 6))
calendar.setfirstweekday(0)
for bad in (lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7),
            lambda: calendar.month(2024, 0)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 3, 4, 5, 0, 0, 0)))

cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), cal.getfirstweekday())
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:8])
print(list(cal.itermonthdays3(2024, 12))[-5:], list(cal.itermonthdays4(2024, 1))[:2])
print([str(d) for d in cal.itermonthdates(2024, 3)][:3])
print(cal.monthdays2calendar(2024, 4)[0])
print(len(cal.yeardayscalendar(2024)), len(cal.yeardayscalendar(2024, 4)[0]), cal.yeardatescalendar(2024, 2)[0][0][0][0])
tc = calendar.TextCalendar(calendar.WEDNESDAY)
print(tc.formatmonth(2024, 5, 2, 1), end="")
print(tc.formatyear(2024, 2, 1, 6, 2)[:300])
cal.firstweekday = 9
print(cal.firstweekday)
