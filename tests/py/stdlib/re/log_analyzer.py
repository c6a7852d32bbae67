# An application-like script: parse synthetic web-server log lines with
# regular expressions and summarise them with dict counting.
import re

IPS = ['10.0.0.1', '192.168.1.20', '172.16.5.4', '10.0.0.7', '8.8.8.8']
PATHS = ['/', '/index.html', '/api/users/42', '/api/users/7/orders', '/static/app.js',
         '/login?next=/admin', '/api/items?page=3&size=20']
METHODS = ['GET', 'POST', 'PUT', 'DELETE']
STATUS = [200, 200, 200, 301, 404, 500, 201]
AGENTS = ['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.4.0', 'python-requests/2.31']

lines = []
for i in range(600):
    ip = IPS[(i * 7) % len(IPS)]
    path = PATHS[(i * 3 + i // 5) % len(PATHS)]
    method = METHODS[(i // 3) % len(METHODS)]
    status = STATUS[(i * 11) % len(STATUS)]
    size = (i * 137) % 5000 if status != 301 else 0
    day = 1 + i % 28
    hh, mm, ss = (i // 60) % 24, i % 60, (i * 7) % 60
    agent = AGENTS[i % len(AGENTS)]
    lines.append(f'{ip} - - [{day:02d}/Oct/2023:{hh:02d}:{mm:02d}:{ss:02d} +0000] '
                 f'"{method} {path} HTTP/1.1" {status} {size} "-" "{agent}"')
lines.append('garbage line that does not match')
lines.append('')

LOG = re.compile(r'''
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s-\s-\s
    \[(?P<day>\d{2})/(?P<mon>[A-Z][a-z]{2})/(?P<year>\d{4}):(?P<time>\d{2}:\d{2}:\d{2})\s[+-]\d{4}\]\s
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\sHTTP/(?P<ver>[\d.]+)"\s
    (?P<status>\d{3})\s(?P<size>\d+|-)\s"[^"]*"\s"(?P<agent>[^"]*)"$
''', re.VERBOSE)

by_status = {}
by_ip = {}
bytes_by_method = {}
hours = {}
bad = 0
for line in lines:
    m = LOG.match(line)
    if not m:
        bad += 1
        continue
    d = m.groupdict()
    by_status[d['status']] = by_status.get(d['status'], 0) + 1
    by_ip[d['ip']] = by_ip.get(d['ip'], 0) + 1
    bytes_by_method[d['method']] = bytes_by_method.get(d['method'], 0) + int(d['size'])
    hour = d['time'][:2]
    hours[hour] = hours.get(hour, 0) + 1

print('unparsed:', bad)
print('status:', sorted(by_status.items()))
print('top ips:', sorted(by_ip.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print('bytes:', sorted(bytes_by_method.items()))
print('hours:', sorted(hours.items()))

# findall over the whole text, path normalisation with sub, splitting
text = '\n'.join(lines)
api = re.findall(r'"(?:GET|POST) (/api/[^ ?"]*)', text)
counts = {}
for p in api:
    norm = re.sub(r'/\d+(?=/|$)', '/{id}', p)
    counts[norm] = counts.get(norm, 0) + 1
print('api endpoints:', sorted(counts.items()))
errors = [m.group('ip', 'status') for m in map(LOG.match, lines) if m and m['status'].startswith('5')]
print('5xx:', len(errors), errors[:3])
query = {}
for q in re.findall(r'\?([^ "]+)', text):
    for pair in re.split('&', q):
        k, _, v = pair.partition('=')
        query[k] = query.get(k, 0) + 1
print('query keys:', sorted(query.items()))
agents = {}
for a in re.findall(r'"([A-Za-z-]+)/[\d.]+(?: \([^)]*\))?"$', text, re.M):
    agents[a] = agents.get(a, 0) + 1
print('agents:', sorted(agents.items()))
print('masked:', re.sub(r'(\d+)\.(\d+)\.\d+\.\d+', r'\1.\2.x.x', lines[0]))
n, k = re.subn(r'\b(\d{2})/Oct/2023', r'2023-10-\1', text)
print('dates rewritten:', k, n.count('2023-10-'))
