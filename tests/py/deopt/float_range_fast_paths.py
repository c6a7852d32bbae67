# Edges of the float BINARY_OP/COMPARE_OP fast paths and of FOR_ITER over range.
nan = float("nan")
inf = float("inf")
vals = [0.0, -0.0, 1.5, -2.25, nan, inf, -inf, 3, -7, 2**47 - 1, 2**47, 2**60, True]
for a in vals:
    for b in vals:
        row = []
        for op in ("+", "-", "*", "/"):
            try:
                row.append(repr(eval("a %s b" % op)))
            except ZeroDivisionError as e:
                row.append("ZeroDivisionError")
            except OverflowError as e:
                row.append("OverflowError")
        row.append(a < b)
        row.append(a == b)
        row.append(a != b)
        row.append(a >= b)
        print(repr(a), repr(b), " ".join(map(str, row)))
x = 0.0
for i in range(3000):
    x = x + 0.5 * i - i / 4.0
print(x)
print(1 / 3 + 1, 2 * 0.1, 7 - 0.5, 1e308 * 10, -1e308 * 10)
print(list(range(10, 0, -3)), list(range(0)), list(range(5, 5)), sum(range(-5, 5, 2)))
it = iter(range(3))
print(list(it), list(it), next(it, "done"))
r = range(2**47 - 2, 2**47 + 2)
print([v for v in r])
total = 0
for i in range(100000):
    total += i
print(total)
for i in range(3):
    pass
print(i)
