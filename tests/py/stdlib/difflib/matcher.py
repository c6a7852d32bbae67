import difflib
import random

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 6), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(tag, i1, i2, j1, j2)
print(s.find_longest_match(0, 29, 0, 38), s.find_longest_match())
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, "a", "").get_opcodes())

rng = random.Random(7)
for trial in range(6):
    a = [rng.choice("abcde") for _ in range(rng.randint(0, 300))]
    b = [rng.choice("abcdef") for _ in range(rng.randint(0, 300))]
    m = difflib.SequenceMatcher(None, a, b)
    print(trial, len(a), len(b), round(m.ratio(), 9), len(m.get_opcodes()), m.get_matching_blocks()[:4],
          sorted(m.bpopular), list(m.get_grouped_opcodes(1))[:1])
m = difflib.SequenceMatcher(None, "x" * 300 + "y", "y" + "x" * 300, autojunk=False)
print(m.get_matching_blocks(), round(m.ratio(), 6))
print(difflib.SequenceMatcher(None, "x" * 300 + "y", "y" + "x" * 300).get_matching_blocks())

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "where", "whale", "shell", "wheels"], n=4))
print(difflib.get_close_matches("accept", ["except", "accent", "acceptance", "cept"], cutoff=0.5))
print(difflib.get_close_matches("zzz", ["aaa"]), difflib.get_close_matches("ab", ["ba", "ab", "ab"], n=2))
for kw in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches("a", ["a"], **kw)
    except ValueError as e:
        print(type(e).__name__, e)

a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
b = ["zero\n", "one\n", "two\n", "THREE\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "ten\n", "eleven\n"]
print("".join(difflib.unified_diff(a, b, fromfile="old.txt", tofile="new.txt")), end="")
print("".join(difflib.unified_diff(a, b, "a", "b", "2024-01-01", "2024-01-02", n=1)), end="")
print("".join(difflib.context_diff(a, b, fromfile="old.txt", tofile="new.txt")), end="")
print("".join(difflib.context_diff(a, b, n=0)), end="")
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(list(difflib.unified_diff(a, a)), list(difflib.unified_diff([], ["new\n"])), list(difflib.context_diff(["old\n"], [])))
try:
    list(difflib.unified_diff([b"x"], [b"y"]))
except TypeError as e:
    print(type(e).__name__, e)
