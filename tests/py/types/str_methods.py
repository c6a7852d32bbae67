# str methods, searching, splitting, case, alignment, errors.
s = "  Hello, World! Hello!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" !")), repr("xxhixx".strip("x")))
print(s.count("Hello"), s.find("Hello"), s.rfind("Hello"), s.find("zz"), s.index("W"), s.rindex("l"))
print(s.split(), s.split(","), "a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".rsplit(None, 1))
print("l1\nl2\r\nl3\n".splitlines(), "l1\nl2\n".splitlines(True), "".split(), "".split(","), " ".split(" "))
print("abc".partition("b"), "abc".partition("x"), "a.b.c".rpartition("."), "-".join(["x", "y", "z"]))
print("hello world".title(), "HeLLo".swapcase(), "hello".capitalize(), "ß".upper(), "İ".lower() == "i̇", "ǅ".lower())
print("straße".casefold(), "abc".upper().isupper(), "Abc".istitle(), "123".isdigit(), "½".isnumeric(), "½".isdigit())
print("abc".isalpha(), "ab1".isalnum(), " \t\n".isspace(), "".isspace(), "x_1".isidentifier(), "1x".isidentifier())
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("", "-"), "abc".replace("", ""))
print("abc".center(9, "*"), "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|", "42".zfill(5), "-42".zfill(6), "+7".zfill(4))
print("a\tb\tc".expandtabs(4), "prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"))
print("hello".startswith(("he", "x")), "hello".endswith("lo", 0, 5), "hello".startswith("l", 2), "abc" < "abd", "B" < "a")
print("abc" * 3, 3 * "-", "x" * 0, "x" * -2, "a" + "b", "ab" in "cabd", "" in "x")
print(ord("A"), ord("é"), ord("€"), ord("😀"), chr(97), chr(0x1F600), chr(233), len("😀é"), "😀é"[0], "naïve"[2:])
t = "The quick brown fox"
print(t[::-1], t[4:9], t[-3:], t[::3], t[100:], t[-100:3], sorted(t.lower().split(), key=len))
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print("%s|%r|%5s|%-5s|%.2s" % ("s", "r", "pad", "left", "trunc"), "%d%%" % 50, "%(a)s-%(b)03d" % {"a": "k", "b": 7})
print("%x %X %o %#x %e %c %c" % (255, 255, 8, 255, 1500.0, 65, "z"), "%5.1f|%-7d|%+d" % (2.25, 3, 4))
print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{x}-{y[0]}-{z.real}".format(x=1, y=[2], z=3))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"), "{!r:>6}".format("q"), "{0:{1}}".format(5, 4))
print("hello world".encode(), "é".encode("utf-8"), "é".encode("latin-1"), b"caf\xc3\xa9".decode())
print(str(b"x"), str(12), str([1, "a"]), repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\x00\n\t\\"), ascii("é😀"))
errs = [lambda: "abc".index("z"), lambda: "a" + 1, lambda: "abc"[5], lambda: "x".join([1]),
        lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "{0} {2}".format(1, 2), lambda: "abc".center(9, "ab"),
        lambda: "é".encode("ascii"), lambda: b"\xff".decode(), lambda: int("x" * 3), lambda: "a".zfill(),
        lambda: setattr("s", "x", 1), lambda: "abc".__setitem__(0, "z"), lambda: ord("ab"), lambda: "s" - "t"]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
words = "the cat the dog the end cat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])), max(words, key=words.count))
print(" ".join(w[::-1] for w in words), "".join(sorted(set("mississippi"))), "mississippi".count("ss"))
