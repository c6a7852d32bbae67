# Ordinary values: every cmath function over a grid of complex numbers,
# including tiny, huge and near-branch-cut arguments.
import cmath

parts = [-1e300, -7.5, -1.0, -0.5, -1e-10, 0.0, 3e-310, 0.25, 0.9, 1.0, 1.1, 2.0, 710.0, 1e200]
funcs = ["exp", "log", "log10", "sqrt", "acos", "asin", "atan", "cos", "sin", "tan",
         "acosh", "asinh", "atanh", "cosh", "sinh", "tanh"]

def show(name, z):
    try:
        r = getattr(cmath, name)(z)
        return repr(r)
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)

for name in funcs:
    print("==", name)
    for re in parts:
        line = []
        for im in parts:
            line.append(show(name, complex(re, im)))
        print(re, " ".join(line))

print("== phase/polar/rect")
for re in parts:
    for im in parts[::3]:
        z = complex(re, im)
        try:
            p = cmath.polar(z)
        except OverflowError as e:
            p = "OverflowError " + str(e)
        try:
            ph = cmath.phase(z)
        except OverflowError as e:
            ph = "OverflowError " + str(e)
        print(repr(z), ph, p)
for r in [0.0, -0.0, 1.0, -2.5, 1e300]:
    for phi in [0.0, -0.0, 0.5, -1.0, 3.0, 100.0]:
        print(r, phi, cmath.rect(r, phi))

print("== log with base")
for z in [2, 10, 1+1j, -3j, 0.5]:
    for b in [2, 10, 1j, 0.5, 3-4j]:
        print(z, b, cmath.log(z, b))
