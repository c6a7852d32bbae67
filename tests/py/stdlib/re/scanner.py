import re
def tok(s, t): return ("NUM", int(t), s.match.span())
sc = re.Scanner([(r"(\d)(\d*)", tok), (r"([a-z])\1*", lambda s, t: ("WORD", t, s.match.group(1) if False else t)), (r"\s+", None), (r"[+*]", "OP")], re.I)
print(sc.scan("12 aa b + 3*Zz ? q"))
print(re.Scanner([(r"x", None)]).scan(""), re.Scanner([(r"a*", "A")]).scan("bb"))
print(type(sc.scanner).__name__, sc.lexicon[3])
