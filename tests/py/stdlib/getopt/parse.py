import getopt

cases = [
    (["-a", "-b", "val", "-cfoo", "file1", "-d"], "ab:c:d", []),
    (["--verbose", "--out=x.txt", "--level", "3", "rest"], "", ["verbose", "out=", "level="]),
    (["--verb", "-vab", "x"], "vab", ["verbose"]),
    (["-a", "--", "-b"], "ab", []),
    (["-", "-a"], "a", []),
    (["x", "-a"], "a", []),
    (["--out="], "", ["out="]),
]
for args, short, longs in cases:
    print(getopt.getopt(args, short, longs))
    print(getopt.gnu_getopt(args, short, longs))
print(getopt.getopt(["--alpha"], "", "alpha"))
print(getopt.gnu_getopt(["a", "-x", "b", "--", "-y"], "xy"))
print(getopt.gnu_getopt(["a", "-x"], "+x"))
bad = [(["-z"], "a", []), (["-b"], "b:", []), (["--nope"], "", ["yes"]),
       (["--out"], "", ["out="]), (["--flag=1"], "", ["flag"]),
       (["--ve"], "", ["verbose", "version"]), (["-:"], "a:", [])]
for args, short, longs in bad:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            fn(args, short, longs)
        except getopt.GetoptError as e:
            print(fn.__name__, type(e).__name__, e, repr(e.opt), e.msg, e.args)
print(getopt.error is getopt.GetoptError)
