# time.strftime shares datetime's strftime: every C-locale directive, with the
# struct_time's own weekday and day of the year.
import time

t = (2024, 3, 5, 7, 8, 9, 1, 65, 0)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %h %p %I %j %w %u", "%U %W %C %V %G %y %e",
            "%c|%x|%X|%D|%F|%R|%T", "%f %% %q %-d %-m", "%n%t"]:
    print(repr(time.strftime(fmt, t)))
t2 = (1999, 12, 31, 23, 59, 59, 4, 365, -1)
print(repr(time.strftime("%z|%U|%W|%j|%a", t2)))
print(time.asctime(t), time.asctime(t2))
print(time.strftime("%Y %j %U", (5, 1, 1, 0, 0, 0, 0, 1, 0)))
