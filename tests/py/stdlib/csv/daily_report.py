# An application-like script: write sales events with timestamps to a CSV
# file in a temporary directory, read them back, group by day and report.
import csv
import io
import os
import tempfile
from datetime import datetime, timedelta, timezone, date

start = datetime(2024, 2, 27, 21, 15, tzinfo=timezone.utc)
events = []
for i in range(14):
    when = start + timedelta(hours=7 * i, minutes=13 * i)
    amount = round(10 + (i * 37 % 23) * 1.25, 2)
    item = ['apple', 'pear, green', 'fig "dried"'][i % 3]
    events.append((when, item, amount))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'sales.csv')
    with open(path, 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['timestamp', 'item', 'amount'])
        w.writeheader()
        for when, item, amount in events:
            w.writerow({'timestamp': when.isoformat(), 'item': item, 'amount': amount})
    with open(path, 'rb') as f:
        raw = f.read()
    print(raw.count(b'\r\n'), 'lines; first:', raw.split(b'\r\n')[1])

    totals = {}
    items = {}
    with open(path, newline='') as f:
        for row in csv.DictReader(f):
            ts = datetime.fromisoformat(row['timestamp'])
            local = ts.astimezone(timezone(timedelta(hours=-5), 'EST'))
            day = local.date()
            totals[day] = totals.get(day, 0) + float(row['amount'])
            items.setdefault(day, []).append(row['item'])

    out = io.StringIO()
    rw = csv.writer(out, lineterminator='\n')
    rw.writerow(['day', 'weekday', 'week', 'count', 'total', 'items'])
    for day in sorted(totals):
        rw.writerow([day.isoformat(), day.strftime('%a'), day.isocalendar().week, len(items[day]),
                     '%.2f' % totals[day], ';'.join(sorted(set(items[day])))])
    print(out.getvalue(), end='')
    span = max(totals) - min(totals)
    print('span:', span, '| days:', span.days + 1, '| leap day seen:', date(2024, 2, 29) in totals)
    back = list(csv.reader(io.StringIO(out.getvalue())))
    print(back[0], back[-1])
print('cleaned up:', not os.path.exists(tmp))
