# f-strings: conversions, format specs, nested specs, '=' debugging, __format__.
name, n, pi, big = "Ada", 42, 3.14159265, 12345678.9
print(f"{name!r} {name!s} {name!a} {'café'!a}")
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}] [{n:+}] [{-n: }] [{n:_>8}]")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:c} {255:08b}")
print(f"{pi:.2f} {pi:10.3f}| {pi:e} {pi:.3E} {pi:g} {big:g} {big:,.2f} {big:_.1f} {0.000012345:g}")
print(f"{0.25:%} {0.25:.1%} {1e20:g} {1e-7:.3g} {123456789:,} {-1234567:_}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:{'*'}^{width}}]")
print(f"{n=} {pi=:.2f} {name=!s} {n * 2 = } {len(name)=}")
print(f"{{braces}} {'nested ' + f'{n:03d}'} {'{'}")
d = {"k": "v"}
print(f"{d['k']} {d!r} {[1, 2][-1]} {(lambda x: x + 1)(1)}")

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __repr__(self):
        return "Money()"
    def __str__(self):
        return "money"
m = Money(12345)
print(f"{m} {m:short} {m:>10.1f} {m!r} {m!s}")
print(format(m, "short"), format(3.5), format(10, "x"), "{:>6}".format("r"))
print(f"{True} {None} {True:d} {3.0} {1e16} {-0.0} {float('inf')} {float('nan')}")
print(f"{'multi'}{'ple'}" f" parts {1 + 1}" "!")
for spec in ["", ".0f", ".1f", "+.3e", "08.2f", "=+8.2f", ".3g", "#.3g", "n"]:
    print(repr(spec), f"{-2.5:{spec}}", f"{1234.5678:{spec}}")
for bad in ["{:d}".format, "{:s}".format]:
    try:
        print(bad(1.5))
    except ValueError as e:
        print("ValueError:", e)
try:
    f"{1:,d}" + f"{'x':d}"
except ValueError as e:
    print("ValueError:", e)
