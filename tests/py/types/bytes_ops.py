# bytes and bytearray: construction, methods, mutation, repr, errors.
b = b"Hello\x00\xffworld"
print(b, len(b), b[0], b[-1], b[1:4], list(b[:3]), b"ab" + b"cd", b"-" * 3, b"ll" in b, 108 in b)
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytes(range(5)), bytes.fromhex("de ad be ef"), b"\x01\xab".hex())
print(b.upper(), b.split(b"\x00"), b"a,b".split(b","), b"  x ".strip(), b"abc".replace(b"b", b"BB"), b"xyz".find(b"z"))
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"%d-%s" % (5, b"x"), b"abc".decode("ascii"), b"A".isupper())
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
ba[1:3] = b"XYZ"
del ba[-1]
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.hex("-"))
ba.insert(0, 33)
ba.reverse()
print(ba, ba * 2, ba.count(b"X"), bytearray(2), bytearray("ü", "utf-8"), ba.startswith(b"d"))
print(repr(b"'"), repr(b'"'), repr(b"\t\n\r\x7f\x80"), str(bytearray(b"q")), b"%x" % 255)
print(sorted(b"hello"), max(b"az"), b"".join([b"a", bytearray(b"b")]), bytearray(b"x") + b"y", type(bytearray(b"x") + b"y").__name__)
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(3, "little"), b"abc"[::-1], b"abcdef"[::2], memoryview(b"mv")[0])
for f in (lambda: b"a" + "b", lambda: bytes([256]), lambda: ba.__setitem__(0, 300), lambda: b"x"[5],
          lambda: bytearray(b"").pop(), lambda: bytes("x"), lambda: b"\xff".decode("utf-8"), lambda: bytes.fromhex("zz"),
          lambda: b"a".join(["s"]), lambda: hash(bytearray(b"x"))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"abc".center(7, b"*"), b"a b".title(), b"1".zfill(3))
