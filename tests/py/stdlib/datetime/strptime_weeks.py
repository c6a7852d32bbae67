# strptime with week numbers (%U, %W, ISO %G/%V) and weekdays (%a, %A, %w,
# %u): the date they imply, %j overriding %m/%d, and the ISO directive errors.
from datetime import datetime

def show(s, f):
    try:
        print(s, '|', f, '->', datetime.strptime(s, f))
    except ValueError as e:
        print(s, '|', f, '-> ValueError', e)

for year in (1999, 2000, 2003, 2004, 2009, 2010, 2015, 2020, 2021, 2023, 2024, 2026):
    for week in (0, 1, 26, 52, 53):
        for wd in ('Mon', 'Sun', 'Thu'):
            show(f'{year} {week} {wd}', '%Y %U %a')
            show(f'{year} {week} {wd}', '%Y %W %a')
    for week in (1, 2, 52, 53):
        for u in (1, 4, 7):
            show(f'{year} {week} {u}', '%G %V %u')
    show(f'{year} 10 0', '%Y %W %w')
    show(f'{year} 10 6', '%Y %U %w')
show('2024 10', '%Y %U')
show('Tue 2024', '%a %Y')
show('2024 05 01 100', '%Y %m %d %j')
show('2024 100 Mon 10', '%Y %j %a %U')
show('2024 10', '%G %V')
show('2024 2', '%G %u')
show('2024 10 2', '%Y %V %u')
show('10 2', '%V %u')
show('2024 10 2 33', '%G %V %u %j')
show('2024 Friday 52', '%Y %A %W')
