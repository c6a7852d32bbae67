# An inventory report: generate records, write them as JSON with several
# option combinations, read them back, then fingerprint and pack the output
# (hashlib + base64 + zlib), like a small export/import tool would.
import base64
import binascii
import hashlib
import json
import zlib

CATEGORIES = ['tools', 'garden', 'kitchen', 'toys', 'b\u00fccher', '\u6587\u5177']

def make_records(n):
    records = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2**31
        price = (seed % 100000) / 100
        records.append({
            'id': i,
            'sku': 'SKU-%05d' % (seed % 99991),
            'name': 'Item #%d "%s"' % (i, CATEGORIES[i % len(CATEGORIES)]),
            'category': CATEGORIES[seed % len(CATEGORIES)],
            'price': price,
            'weight_kg': round(seed % 7919 / 13.0, 3),
            'in_stock': seed % 3 != 0,
            'tags': sorted({'t%d' % (seed % k) for k in (3, 5, 7)}),
            'dims': (seed % 50, seed % 30, seed % 20),
            'supplier': None if i % 11 == 0 else {'code': seed % 997, 'country': ['DE', 'FR', 'JP'][i % 3]},
            'big': 10**20 + i,
        })
    return records

records = make_records(400)

class ReportEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

variants = [
    ('compact', dict(separators=(',', ':'))),
    ('pretty', dict(indent=2, sort_keys=True)),
    ('ascii-off', dict(ensure_ascii=False)),
    ('tabs', dict(indent='\t', sort_keys=True, ensure_ascii=False)),
    ('custom', dict(cls=ReportEncoder, indent=1)),
]

outputs = {}
for name, opts in variants:
    text = json.dumps({'count': len(records), 'records': records}, **opts)
    outputs[name] = text
    back = json.loads(text)
    ok = back['count'] == len(records) and len(back['records']) == len(records)
    same = all(b['id'] == r['id'] and b['price'] == r['price'] and b['dims'] == list(r['dims'])
               and b['name'] == r['name'] and b['big'] == r['big'] for b, r in zip(back['records'], records))
    digest = hashlib.sha256(text.encode('utf-8')).hexdigest()
    print('%-9s %7d chars  roundtrip=%s fields=%s sha256=%s' % (name, len(text), ok, same, digest))

# per-record fingerprints as a JSON-lines export
lines = [json.dumps(r, sort_keys=True, separators=(',', ':')) for r in records]
export = '\n'.join(lines) + '\n'
md5 = hashlib.md5(export.encode()).hexdigest()
sha1 = hashlib.sha1(export.encode()).hexdigest()
print('jsonl', len(lines), md5, sha1)
print('first', lines[0])
print('last ', lines[-1])

# reading the JSON lines back with hooks
total = 0.0
by_cat = {}
for line in export.splitlines():
    rec = json.loads(line, parse_float=lambda s: round(float(s), 2))
    total += rec['price']
    by_cat[rec['category']] = by_cat.get(rec['category'], 0) + 1
print('total price %.2f' % total)
print(json.dumps(by_cat, sort_keys=True, ensure_ascii=False))

# compress and armour the pretty output, then reverse every step
raw = outputs['pretty'].encode('utf-8')
packed = zlib.compress(raw, 9)
armoured = base64.b64encode(packed)
print('packed', len(raw), len(packed), len(armoured), zlib.crc32(packed), binascii.crc32(raw))
print(armoured[:60])
print(hashlib.sha512(armoured).hexdigest()[:64])
restored = json.loads(zlib.decompress(base64.b64decode(armoured)).decode('utf-8'))
print('restored', restored == json.loads(outputs['pretty']))
print('urlsafe', base64.urlsafe_b64encode(hashlib.sha256(raw).digest()).decode())
print('b32', base64.b32encode(hashlib.md5(raw).digest()).decode())
print('hex', binascii.hexlify(hashlib.sha1(raw).digest(), ':', 4).decode())
