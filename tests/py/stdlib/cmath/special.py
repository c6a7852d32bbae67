# Special values: every combination of -inf, negative, -0.0, +0.0, positive,
# +inf and nan for the real and imaginary parts, for every function.
import cmath

inf = float("inf")
nan = float("nan")
vals = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan, 1.0, -1.0]
funcs = ["exp", "log", "log10", "sqrt", "acos", "asin", "atan", "cos", "sin", "tan",
         "acosh", "asinh", "atanh", "cosh", "sinh", "tanh", "phase", "polar",
         "isfinite", "isinf", "isnan"]

def show(f, *a):
    try:
        return repr(f(*a))
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)

for name in funcs:
    print("==", name)
    f = getattr(cmath, name)
    for re in vals:
        print(re, [show(f, complex(re, im)) for im in vals])

print("== rect")
for r in vals:
    print(r, [show(cmath.rect, r, phi) for phi in vals])

print("== log base special")
for z in [0, 0j, complex(-0.0, 0.0), inf, complex(nan, 1)]:
    for b in [0, 1, 2, inf, 1j]:
        print(repr(z), repr(b), show(cmath.log, z, b))
