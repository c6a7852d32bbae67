import pickle

values = [None, True, 0, -5, 2**70, -2**70, 1.25, float('inf'), 2 - 3j, "", "héllo\n\\",
          "\U0001f600", b"", b"\x00\xff", bytearray(b"ba"), (), (1, "a"), [1, [2, [3]]],
          {"k": [1, 2], 3: None}, set(), {1, 2}, frozenset({"a"}), range(2, 9, 3),
          slice(1, None, 2), len, int, 10**400]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    ok = []
    for v in values:
        back = pickle.loads(pickle.dumps(v, proto))
        same = back == v or (v != v and back != back)
        ok.append(same and type(back) is type(v))
    print(proto, all(ok), [repr(v) for v, good in zip(values, ok) if not good])

e = pickle.loads(pickle.dumps(ValueError("bad", 2)))
print(type(e).__name__, e.args)

# shared references and cycles survive
shared = [1, 2]
outer = [shared, shared, (shared,)]
for proto in (0, 2, 4):
    back = pickle.loads(pickle.dumps(outer, proto))
    print(proto, back, back[0] is back[1], back[2][0] is back[0])
loop = [1]
loop.append(loop)
d = {"name": "d"}
d["self"] = d
t = ([],)
t[0].append(t)
for proto in (0, 1, 2, 3, 4, 5):
    a = pickle.loads(pickle.dumps(loop, proto))
    b = pickle.loads(pickle.dumps(d, proto))
    c = pickle.loads(pickle.dumps(t, proto))
    print(proto, a[1] is a, b["self"] is b, c[0][0] is c, pickle.dumps(t, proto))

# pickles written by CPython load
print(pickle.loads(b'\x80\x04\x95\x1e\x00\x00\x00\x00\x00\x00\x00}\x94(\x8c\x01a\x94K\x01\x8c\x01b\x94]\x94(K\x02G@\x08\x00\x00\x00\x00\x00\x00eu.'))
print(pickle.loads(b'(dp0\nVa\np1\nI1\nsVb\np2\n(lp3\nI2\naF3.0\nas.'))
print(pickle.loads(b'\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.'))
print(pickle.loads(b'\x80\x02cexceptions\nOSError\nq\x00.'), pickle.loads(b'c__builtin__\nxrange\n(I0\nI3\nI1\ntR.'))
print(pickle.loads(b'S"ab"\n.'), pickle.loads(b"S'a\\nb\\x41'\n."), pickle.loads(b'U\x02ab.', encoding='bytes'))
print(pickle.loads(b'T\x03\x00\x00\x00abc.', encoding='latin1'), pickle.loads(b'Vx\\u00e9\\U0001f600\n.'))
print(pickle.loads(bytearray(pickle.dumps([1]))), pickle.loads(memoryview(pickle.dumps((2,)))))
print(pickle.loads(b'\x80\x02K\x01K\x02\x86q\x00h\x00\x86.'))
