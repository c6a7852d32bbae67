# A log analyzer: parse lines with re, count with Counter, report.
import re
from collections import Counter, defaultdict

LINE = re.compile(
    r'^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<day>\d{2})/(?P<mon>\w{3})/(?P<year>\d{4}):'
    r'(?P<time>[\d:]+)\] "(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)$'
)

def make_log(n):
    ips = ["10.0.0.%d" % i for i in range(1, 8)] + ["192.168.1.%d" % i for i in range(20, 24)]
    paths = ["/", "/index.html", "/api/items", "/api/items/42", "/login", "/static/app.js", "/admin"]
    methods = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
    statuses = [200, 200, 200, 304, 404, 500, 302]
    lines = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        ip = ips[x % len(ips)]
        path = paths[(x >> 3) % len(paths)]
        method = methods[(x >> 7) % len(methods)]
        status = statuses[(x >> 11) % len(statuses)]
        size = "-" if status == 304 else str((x >> 5) % 50000)
        hh, mm, ss = (x >> 2) % 24, (x >> 9) % 60, (x >> 13) % 60
        user = "-" if x % 5 else "user%d" % (x % 7)
        lines.append('%s - %s [%02d/Nov/2026:%02d:%02d:%02d] "%s %s HTTP/1.1" %d %s'
                     % (ip, user, 1 + x % 28, hh, mm, ss, method, path, status, size))
        if i % 97 == 0:
            lines.append("garbage line %d with no structure" % i)
    return lines

lines = make_log(3000)
ok = 0
bad = 0
by_status = Counter()
by_path = Counter()
bytes_by_ip = defaultdict(int)
hours = Counter()
users = Counter()
for line in lines:
    m = LINE.match(line)
    if not m:
        bad += 1
        continue
    ok += 1
    by_status[m['status']] += 1
    by_path[(m.group('method'), m.group('path'))] += 1
    if m['size'] != '-':
        bytes_by_ip[m['ip']] += int(m['size'])
    hours[m['time'].split(':')[0]] += 1
    if m['user'] != '-':
        users[m['user']] += 1

print("parsed", ok, "rejected", bad)
print("status", sorted(by_status.items()))
print("top paths", by_path.most_common(5))
print("busiest hours", sorted(hours.most_common(3)))
print("bytes", sorted(bytes_by_ip.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print("users", sorted(users.items()), users.total())
errors = [l for l in lines if re.search(r'" (?:4|5)\d\d ', l)]
print("errors", len(errors), errors[0][:40])
print(re.sub(r'\d+\.\d+\.\d+\.(\d+)', r'x.x.x.\1', lines[0]))
print(re.findall(r'"(\w+) (/api/\S*)', "\n".join(lines[:200]))[:5])
print(Counter(re.split(r'[/.]', "/static/app.js/static/x.js")).most_common(2))
