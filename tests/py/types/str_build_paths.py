# str building fast paths: concatenation, join, split, case mapping, f-strings
# and iteration, on ASCII, non-ASCII, empty text and str subclasses.


class S(str):
    def __add__(self, other):
        return "S.add(" + str.__add__(self, other) + ")"


class Plain(str):
    pass


def show(label, v):
    print(label, repr(v), type(v).__name__, len(v))


# concatenation
a, b = "ab", "cd"
show("ascii", a + b)
show("non-ascii", "héé" + "ü€")
show("mixed", "x" + "\U0001F600" + "y")
e = ""
s = "keep"
print((e + s) is s, (s + e) is s, (e + e) == "")
show("subclass left", S("ab") + "cd")
show("subclass right", "ab" + Plain("cd"))
show("plain subclass", Plain("ab") + Plain("cd"))
acc = ""
for w in ["α", "b", "", "γδ", "e"]:
    acc += w
    acc = acc + "|"
show("accumulated", acc)
for bad in (1, None, b"x", ["x"]):
    try:
        "a" + bad
    except TypeError as exc:
        print("TypeError", exc)
print(len("ü" * 3 + "a"), ("ü" + "a")[1], ("a" + "ü")[-1])

# join
show("join list", "-".join(["a", "bb", "ccc"]))
show("join tuple", "·".join(("a", "β", "c")))
show("join gen", ", ".join(w.upper() for w in ["x", "y"]))
show("join empty", "-".join([]))
show("join one", "-".join(["only"]))
show("join subclasses", "+".join([Plain("p"), S("s"), "é"]))
show("join empty sep", "".join(["é", "", "x"]))
for bad in (["a", 1], ("a", "b", None), [b"x"]):
    try:
        ",".join(bad)
    except TypeError as exc:
        print("TypeError", exc)
try:
    ",".join(5)
except TypeError as exc:
    print("TypeError", exc)

# split on ASCII and non-ASCII text
for text in ["  a b\tc\n d  ", "", "   ", "a\x1cb\x1dc\x1ed\x1fe", "x\x0by\x0cz\rw",
             "é b  ü", "one"]:
    print(repr(text), text.split(), text.split(None, 1), text.split(maxsplit=2), text.split(" "))
parts = "ab,cd,,ef".split(",")
print(parts, [len(p) for p in parts], "é,ü".split(","))
print("a b  c  ".split(None, 1), " a b  c  ".split(None, 2))

# case mapping
for text in ["hello World", "", "a", "Ω", "ßtraße", "ǆemal", "ΌΣΟΣ ΣΑΣ", "123abc", "ABC"]:
    print(repr(text), repr(text.upper()), repr(text.lower()), repr(text.capitalize()),
          len(text.upper()), len(text.capitalize()))
print(Plain("MiXeD").lower(), type(Plain("x").upper()).__name__)

# f-strings
w, n = "wörd", 7
show("fstring", f"{n:4d} {w:>8} {w.upper()[:3]} {n}")
show("fstring empty", f"{e}{e}")
show("fstring subclass", f"{Plain('p')}{S('s')!s}")

# iteration yields one-character strs
chars = [ch for ch in "aZ\x00~é€\U0001F600"]
print(chars, [ord(c) for c in chars], [len(c) for c in chars])
print(all(c is d for c, d in zip("abcabc", "abcabc")))
h = 5381
for ch in "The quick brown fox ü":
    h = ((h * 33) ^ ord(ch)) & 0xFFFFFFFF
print(h)

# str keys in dicts: subclasses with their own __eq__/__hash__
class K(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        print("K.__eq__", str(self), other)
        return str.__eq__(self, other)


d = {}
for word in "a b a c b a".split():
    d[word] = d.get(word, 0) + 1
key = "a" + "b"
d[key] = 1
print(d, ("a" + "b") in d, d.get("x" + "y", "absent"))
d[K("a")] = 99
print(d["a"], len(d))

# U+001C..U+001F are str whitespace (not int() whitespace)
print("é\x1cb".split(), "a\x1cb".rsplit(), "\x1c".isspace(), repr(" \x1cx\x1f".strip()),
      repr("\x1fé\x1f".rstrip()), "é\x1fb c".split(None, 1))
try:
    int(" 12\x1c")
except ValueError as exc:
    print("ValueError", exc)

# find on short and long text (the short scan and the searcher)
for hay in ["", "a", "abcZZ", "ZZ", "xZxZZ", "ééZZé", "€€", "a" * 63 + "ZZ", "a" * 70 + "ZZ" + "a", "a" * 100]:
    print(len(hay), hay.find("ZZ"), hay.find(""), hay.find("a"), hay.find("é"), hay.find("ZZ", 2),
          hay.find("€"), hay.rfind("ZZ"), hay.find("aZ"), hay.find(hay + "x"), hay.find(hay))
