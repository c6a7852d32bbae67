import functools, heapq, random, struct, copy, copyreg
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("struct", lambda: [struct.calcsize(c) for c in "xcbB?hHiIlLqQnNefdsp"] + [struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("<bq"), struct.calcsize("bP")])
t("pack", lambda: (struct.pack("<hHiIqQ", -1, 2, -3, 4, -5, 6), struct.pack(">e?3sp", 1.5, True, b"ab", b"xy"), struct.pack("@bih", 1, 2, 3)))
t("unpack", lambda: (struct.unpack("<e", b"\x00\x3c"), struct.unpack("!4s2xH", b"abcd\x00\x00\x01\x02"), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00"))))
t("pack err", lambda: struct.pack("b", 200))
t("pack err2", lambda: struct.pack("i", "x"))
t("pack err3", lambda: struct.pack("ii", 1))
t("unpack err", lambda: struct.unpack("i", b"ab"))
t("fmt err", lambda: struct.calcsize("z"))
t("Struct", lambda: (struct.Struct("<2h").size, struct.Struct("<2h").format, struct.Struct(">I").unpack_from(b"\x00\x00\x00\x01\x02", 1)))
