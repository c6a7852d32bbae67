import uuid
import pickle
import copy

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low,
      u.node, u.time, u.clock_seq, u.variant, u.version, u.is_safe)
for text in ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678',
             'urn:uuid:12345678-1234-5678-1234-567812345678', 'uuid:12345678123456781234567812345678']:
    print(uuid.UUID(text) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
v = uuid.UUID(int=0, version=4)
print(v, v.version, v.variant)
for i, var in [(0, None), (0x8000 << 48, None), (0xc000 << 48, None), (0xe000 << 48, None)]:
    w = uuid.UUID(int=i)
    print(w.variant, w.version)

for name in ["python.org", "example.com", "", "ünïcode"]:
    print(uuid.uuid3(uuid.NAMESPACE_DNS, name), uuid.uuid5(uuid.NAMESPACE_DNS, name))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://docs.python.org/"), uuid.uuid3(uuid.NAMESPACE_OID, "1.2.3"),
      uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)

r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, uuid.uuid1() != t, 0 <= uuid.getnode() < 2 ** 48)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc)

a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, b > a, a == uuid.UUID(int=1), a != b, hash(a) == hash(1), int(b),
      sorted([b, a]), a == 1)
print(pickle.loads(pickle.dumps(u)) == u, copy.copy(u) == u, copy.deepcopy(u) == u,
      {u: 1}[uuid.UUID(str(u))])
try:
    u.x = 1
except TypeError as e:
    print(type(e).__name__, e)

bad = [dict(hex='1234'), dict(hex='zz345678123456781234567812345678'), dict(bytes=b'short'),
       dict(bytes_le=b'x' * 17), dict(fields=(1, 2, 3)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)),
       dict(fields=(0, 1 << 16, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)),
       dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=-1), dict(int=1 << 128),
       dict(int=0, version=6), dict(), dict(int=1, hex='00')]
for kw in bad:
    try:
        uuid.UUID(**kw)
        print("accepted", kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.RFC_4122)
