# Compile-time SyntaxWarnings ("is" with a literal, an assert on a tuple)
# go through the warnings machinery: recorded, filtered, or turned into a
# SyntaxError by an "error" filter.
import warnings

SOURCE = """
x = 1
a = x is 1
b = x is not "s"
c = x is -1
d = x is ()
e = x is (1, 2)
f = 1 is x
g = x is 1 is x
h = x is None
i = x is True
j = x is ...
k = x is []
l = x is f"a"
m = 1 is None
if x is 2:
    pass
while x is not 3.5:
    break
assert (x, "always")
assert ()
"""

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile(SOURCE, "<src>", "exec")
for w in caught:
    print(w.category.__name__, w.filename, w.lineno, w.message)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    compile(SOURCE, "<src>", "exec")
print(len(caught))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("y = 0\nz = y is 'a'\n", "<err>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno, e.offset, e.end_offset, repr(e.text))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    exec("r = 5\nprint(r is 5)")
print([str(w.message) for w in caught])

# A literal called or subscripted in a way that always fails: a missing comma.
LITERALS = ["(1, 2)(3)", "[1, 2](3)", "'a'(1)", "f'{x}'(1)", "{1: 2}(3)", "{1}(2)",
            "(x for x in y)(1)", "[x for x in y](1)", "1(2)", "None(1)", "x(1)",
            "(lambda: 1)(2)", "...(1)", "1[2]", "None[0]", "{1}[0]", "{x for x in y}[0]",
            "(x for x in y)[0]", "(lambda: 1)[0]", "1.5[0]", "...[0]", "'ab'[1]", "x[0]",
            "[1, 2]['a']", "(1, 2)['a']", "'abc'['a']", "[1]['a':'b']", "[1][1.5]",
            "[x for x in y]['a']", "f'{x}'['a']", "b'ab'['a']", "[1][(1, 2)]", "[1][[1]]",
            "[1][{1: 2}]", "[1][True]", "x['a']", "{1: 2}['a']", "(1, 2)[x]", "[(1, 2) (3, 4)]"]
for src in LITERALS:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<lit>", "eval")
    print(src, "->", [str(w.message) for w in caught])
