import re
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("fullmatch", lambda: (re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.compile(r"a|ab").fullmatch("ab")))
t("escape", lambda: (re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l m-n#o&p~q\n\t"), re.escape(b"a.b"), re.escape("é_1")))
t("atomic", lambda: (re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)a", "aaa")))
t("possessive", lambda: (re.match(r"a++b", "aab"), re.match(r"a*+a", "aaa"), re.match(r"\d?+\d", "1"), re.match(r"(ab){1,2}+ab", "ababab")))
t("verbose", lambda: re.match(r"""(?x)
    (?P<year>\d{4})  # year
    -  (?P<month>\d\d) # month
    \ x [#]
""", "2024-05 x#").groupdict())
t("verbose flag", lambda: re.findall(r"a b # c", "ab a b", re.X))
t("cond", lambda: [re.match(r"(<)?(\w+)(?(1)>|$)", s) and re.match(r"(<)?(\w+)(?(1)>|$)", s).group(0) for s in ["<user>", "user", "<user", "user>"]])
t("cond named", lambda: re.findall(r"(?P<q>')?\w+(?(q)')", "'a' b 'c d'"))
t("cond no", lambda: re.match(r"(a)?(?(1)b)c", "c").group(0))
t("scanner", lambda: re.Scanner([(r"\d+", lambda s, tok: int(tok)), (r"[a-z]+", lambda s, tok: tok.upper()), (r"\s+", None)]).scan("12 abc 7 !"))
t("unicode", lambda: (re.findall(r"\w+", "héllo wörld 日本 ١٢"), re.findall(r"\d", "1٢३"), re.findall(r"\d", "1٢३", re.A), re.findall(r"\s", "a\u00a0b\u2003c"), re.findall(r"(?i)ǅ", "ǄǅǆDŽ")))
t("case", lambda: (re.findall(r"(?i)straße", "STRASSE strasse Straße"), re.match(r"(?i)[k]", "\u212a"), re.match(r"(?i)ſ", "S")))
t("word bound", lambda: re.findall(r"\bé\w*", "élan éte café"))
t("sub template", lambda: (re.sub(r"(\w+) (\w+)", r"\2 \1 \g<0> \g<1>", "hello world"), re.sub(r"(?P<a>x)", r"[\g<a>]", "axb"), re.subn("a", "b", "aaa", count=2)))
t("sub fn", lambda: re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22c"))
t("sub bad", lambda: re.sub("a", r"\9", "a"))
t("split", lambda: (re.split(r"(,)\s*", "a, b,c"), re.split(r"\b", "a b"), re.split("x*", "axbc"), re.split(r"\W+", "Words, words, words.", maxsplit=1)))
t("finditer", lambda: [(m.start(), m.end(), m.span(1)) for m in re.finditer(r"(a)|b", "abab")])
t("match obj", lambda: (lambda m: (m.group(0, 1), m.groups(), m.groups("z"), m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos, m[1], m.expand(r"<\1>")))(re.search(r"(?P<first>a)(b)?", "xab")))
t("errors", lambda: re.compile(r"(abc"))
t("errors2", lambda: re.compile(r"a{2,1}"))
t("errors3", lambda: re.compile(r"[b-a]"))
t("errors4", lambda: re.compile(r"(?P<1>a)"))
t("errors5", lambda: re.compile(r"*a"))
t("errors6", lambda: re.compile(r"(?<=a+)b"))
t("error attrs", lambda: (lambda e: (e.msg, e.pos, e.lineno, e.colno))(re.error("x") if False else next(iter([None])) or __import__("sys").exc_info()) if False else 0)
try:
    re.compile("ab(\ncd")
except re.error as e:
    print("err", e.msg, e.pos, e.lineno, e.colno, str(e))
t("flags", lambda: (re.I | re.M, re.compile("a", re.I | re.S).flags, repr(re.compile("a(b)", re.I))))
t("purge", lambda: re.purge())
t("lookbehind", lambda: re.findall(r"(?<=\$)\d+(?!\d)", "$12 $345 x6"))
t("backref", lambda: (re.findall(r"(\w)\1", "aabbcd"), re.match(r"(?P<c>.)(?P=c)", "xx").group()))
t("lazy", lambda: (re.findall(r"<.*?>", "<a><b>"), re.match(r"a{2,}?", "aaaa").group(), re.match(r"a??b", "ab").group()))
t("bytes", lambda: (re.findall(rb"\w+", b"ab cd\xe9"), re.sub(rb"a", b"b", b"aa")))
t("bytes mix", lambda: re.match("a", b"a"))
t("template?", lambda: hasattr(re, "template"))
t("NOFLAG", lambda: (re.NOFLAG, re.RegexFlag.IGNORECASE, str(re.I), repr(re.I | re.X)))
