# str.split on ASCII text: one-character pieces are the shared singletons
# (as CPython's latin-1 cache), every piece has the right text and length.
s = "a b  c\td\ne " * 3
parts = s.split()
print(parts, len(parts), all(p is q for p, q in zip(parts, "abcde" * 3)))
print("x,y,,z,".split(","), "x,y,,z".split(",", 1), "1 2 3".split(" ")[2] is chr(51))
print([len(p) for p in "ab c def g".split()], "".split(), " ".split(), "".split(","))
d = {}
for w in "a b a c b a".split():
    d[w] = d.get(w, 0) + 1
print(d, "é a é".split(), "é a é".split()[1] == chr(97))
