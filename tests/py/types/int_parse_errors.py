# int(str) with base 10: the quick ASCII path and the general parser agree
# with CPython on values and on the exact ValueError messages.
class S(str):
    pass


class R(str):
    def __repr__(self):
        return "<R>"


cases = [
    "0", "7", "-0", "+0", "007", "42", " 42 ", "\t-17\n", "\x0b\x0c5\r",
    "1_000", "1_0_0", "_1", "1_", "1__0", "+_1", "-", "+", "", " ", "+-1",
    "1 2", "0x1f", "0b1", "1.5", "1e3", "x", "12x", "x12", "١٢٣", " ١٢٣ ",
    "١_٢", "1\u00a0", "\u20031\u2003", "\x1c12", "12\x1f", "\x1c",
    "9" * 18, "-" + "9" * 18, "9" * 19, "-" + "9" * 19, "1" * 40,
    "1_" * 18 + "1", "999999999999999999_9", "x" * 300, "é" * 300,
    "'\"", "\\", "\n", "ab\x00c", "٣x",
]
for s in cases:
    try:
        v = int(s)
        print("ok", repr(s[:30]), v, type(v).__name__)
    except ValueError as e:
        print("err", repr(s[:30]), len(str(e)), str(e)[:90])

# Subclasses: the value is the same, the repr in the message is the object's.
for s in [S("12"), S("x"), R("12"), R("nope"), S(" 3_4 ")]:
    try:
        print("sub ok", int(s))
    except ValueError as e:
        print("sub err", e)


class MyInt(int):
    pass


print(MyInt("12"), type(MyInt("12")).__name__, bool("0") and int("0"))
try:
    MyInt("zz")
except ValueError as e:
    print("MyInt", e)

# Explicit bases still go the general way.
for s, b in [("ff", 16), ("0x1f", 0), ("z", 36), ("12", 3), ("1_0", 0), ("x", 10), ("9", 8)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("base err", e)

# bytes and float strings.
for s in [b"12", b" 7 ", b"x", b"1_0"]:
    try:
        print(int(s))
    except ValueError as e:
        print("bytes err", e)
for s in ["1.5", " 2e3 ", "inf", "-nan", "x", "1_0.5", "", "1__0", "١.٥", "-١e٢", "\x1c1.5", "1.5\x1f", "\u20031.5\u2003", "1.5\xa0", "١.x"]:
    try:
        print(float(s))
    except ValueError as e:
        print("float err", e)

# The exception raised by the quick path behaves like any other.
def parse_all(words):
    total, bad = 0, []
    for w in words:
        try:
            total += int(w)
        except ValueError as e:
            bad.append((w, e.args, type(e).__name__, e.__traceback__.tb_lineno))
    return total, bad


print(parse_all(["1", "x", "22", "", "3_3"] * 3))
try:
    try:
        int("bad")
    except ValueError as e:
        raise KeyError("k") from e
except KeyError as k:
    print(repr(k), repr(k.__cause__), k.__cause__.__context__)
