"""A sales report: parse CSV rows with timestamps, group by week and
weekday, compute durations, write a CSV summary and print a table."""
import csv
import io
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone

RAW = '''order_id,placed,shipped,region,amount,note
1001,2024-02-26T09:15:00,2024-02-27T14:00:00,north,120.50,
1002,2024-02-27T23:59:59,2024-03-01T08:30:00,south,75.00,"gift, wrapped"
1003,2024-02-29T12:00:00,2024-03-04T10:00:00,north,310.25,"leap day ""special"""
1004,2024-03-01T00:00:01,2024-03-01T18:45:30,east,19.99,
1005,2024-03-03T17:20:00,2024-03-05T09:00:00,south,250.00,expedite
1006,2024-03-04T08:00:00,2024-03-11T08:00:00,east,99.95,"multi
line note"
1007,2024-03-10T21:10:10,2024-03-12T07:07:07,north,5.00,
'''


def parse(text):
    rows = []
    for rec in csv.DictReader(io.StringIO(text, newline='')):
        placed = datetime.fromisoformat(rec['placed'])
        shipped = datetime.fromisoformat(rec['shipped'])
        rows.append({
            'id': int(rec['order_id']),
            'placed': placed,
            'lead': shipped - placed,
            'region': rec['region'],
            'cents': round(float(rec['amount']) * 100),
            'note': rec['note'],
        })
    return rows


def week_key(d):
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def main():
    rows = parse(RAW)
    print(len(rows), 'orders')
    by_week = defaultdict(list)
    for r in rows:
        by_week[week_key(r['placed'].date())].append(r)
    for wk in sorted(by_week):
        items = by_week[wk]
        total = sum(r['cents'] for r in items)
        longest = max(items, key=lambda r: r['lead'])
        print(f"{wk}: {len(items)} orders, ${total / 100:,.2f}, longest lead {longest['lead']} (#{longest['id']})")
    by_day = defaultdict(int)
    for r in rows:
        by_day[r['placed'].strftime('%A')] += 1
    for day in sorted(by_day, key=lambda d: (-by_day[d], d)):
        print(f"  {day:<9} {by_day[day]}")
    avg = sum((r['lead'] for r in rows), timedelta()) / len(rows)
    print('average lead', avg, 'seconds', round(avg.total_seconds()))
    notes = [r['note'] for r in rows if r['note']]
    print('notes', notes)
    # Summary CSV, timestamps made aware (UTC+1) and formatted.
    tz = timezone(timedelta(hours=1), 'CET')
    out = io.StringIO()
    w = csv.writer(out, lineterminator='\n', quoting=csv.QUOTE_MINIMAL)
    w.writerow(['id', 'placed_utc', 'weekday', 'lead_hours', 'region', 'note'])
    for r in rows:
        aware = r['placed'].replace(tzinfo=tz)
        utc = aware.astimezone(timezone.utc)
        w.writerow([r['id'], utc.isoformat(), utc.strftime('%a %d %b'), round(r['lead'] / timedelta(hours=1), 2), r['region'], r['note']])
    print(out.getvalue(), end='')
    back = list(csv.reader(io.StringIO(out.getvalue())))
    print(back[3])
    print(back[-2])
    first, last = min(r['placed'] for r in rows), max(r['placed'] for r in rows)
    span = last.date() - first.date()
    print('span', span.days, 'days;', 'next monday', first.date() + timedelta(days=7 - first.weekday()))
    print(date(2024, 3, 1) - date(2024, 2, 1), date(2024, 2, 28).replace(day=29).isoformat())


main()
