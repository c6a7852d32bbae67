# One-character strs from iterating and indexing text: ASCII ones come from
# a per-thread table; values, identity and counts behave as in CPython.
import sys

s = "Hello, World! \t\n\x00\x7f" + "".join(chr(i) for i in range(128))
h = 5381
for ch in s:
    h = ((h * 33) ^ ord(ch)) & 0xFFFFFFFF
print(h, len(s))
print([c for c in "abc"], list("a\x00b"), "xyz"[1], "xyz"[-1], "q"[0])
w = "abc"
print(w[0] == "a", [c for c in "cba"][2] == w[0], chr(97) == w[0])
counts = {}
for ch in "mississippi" * 3 + "é€😀é":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print([ord(c) for c in "é€😀aZ"], "é€😀aZ"[2], "naïve"[2:4])


class S(str):
    pass


t = S("abc")
print([type(c).__name__ for c in t], type(t[0]).__name__, t[0] == "a")
before = sys.getrefcount("z")
chars = ["xyz"[2] for _ in range(1000)]
print(all(c == "z" for c in chars), len(chars), sys.getrefcount("z") >= before)
del chars
print(max("hello"), min("hello"), sorted("banana"), set("aab") == {"a", "b"})
print("".join(reversed("stressed")), "x".join("abc"), "abc".count("b"), "aXbXc".split("X"))
