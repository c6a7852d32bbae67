# pickle.dumps output is byte-identical to CPython's for builtin types.
import pickle
import hashlib

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, 2**31,
          -2**31, -2**31 - 1, 2**40, -2**40, 2**100, -2**100, 2**2100, 0.0, -0.0, 1.5,
          1e300, float('inf'), float('-inf'), 3.141592653589793, 1 + 2j, "", "ab",
          "é\n\\\x00\x1a\r\u1234\U0001f600", "x" * 300, b"", b"ab\xff", b"y" * 300,
          bytearray(b"xy"), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
          [], [1], [1, 2], {}, {1: 2}, {"a": [1, 2], "b": (3,)}, set(), {5}, frozenset(),
          frozenset({7}), ["s", "s"], len, range(3), range(1, 10, 2), slice(1, 2),
          slice(None), ValueError("x"), KeyError(1, 2), int, str, type(None), Ellipsis,
          NotImplemented, [[]] * 3, {"k": {"k": "k"}}]
for v in values:
    for proto in range(6):
        print(proto, repr(v)[:40], pickle.dumps(v, proto))
print(pickle.dumps([1, 2]) == pickle.dumps([1, 2], 4), pickle.DEFAULT_PROTOCOL,
      pickle.HIGHEST_PROTOCOL)
print(pickle.dumps("a", -1))

# batching (1000 items per APPENDS/SETITEMS/ADDITEMS), memo beyond 256
# entries, frames beyond 64 KiB, big strings and bytes outside frames
big = [list(range(2500)), {i: str(i) for i in range(1500)}, set(range(1200)),
       [str(i) for i in range(400)], list(range(70000)), ["a" * 70000, b"b" * 70000, "c"],
       frozenset(range(1001)), tuple(range(1001))]
for v in big:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        print(proto, len(data), hashlib.sha1(data).hexdigest())
