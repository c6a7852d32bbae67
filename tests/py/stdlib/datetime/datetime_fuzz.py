from datetime import *
state = 4242
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
for i in range(200):
    o = 1 + rnd(3652059)
    d = date.fromordinal(o)
    dt = datetime(d.year, d.month, d.day, rnd(24), rnd(60), rnd(60), rnd(1000000) if rnd(2) else 0)
    td = timedelta(days=rnd(2000) - 1000, seconds=rnd(200000) - 100000, microseconds=rnd(3000000) - 1500000)
    line = [d.toordinal() == o, d.isocalendar(), d.weekday(), dt.strftime('%a %b %d %j %U %W %V %G %u %w %y %I%p'), dt.isoformat(), str(td), repr(td)]
    try:
        line.append(dt + td)
        line.append((dt + td) - dt == td)
    except OverflowError as e:
        line.append('Overflow ' + str(e))
    line.append(datetime.fromisoformat(dt.isoformat()) == dt)
    line.append(dt.year < 1000 or datetime.strptime(dt.strftime('%Y-%m-%d %H:%M:%S.%f'), '%Y-%m-%d %H:%M:%S.%f') == dt)
    line.append(dt.strftime('%C|%Y|%G|%e|%-j'))
    f = (rnd(100000) - 50000) / 7.0
    line.append(td * f if abs(f) < 1000 else td / f)
    line.append(td // timedelta(seconds=1 + rnd(100000)))
    line.append(timedelta(seconds=f, microseconds=f))
    print(*line)
