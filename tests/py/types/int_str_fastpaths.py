# Int arithmetic past the inline range but within i64 (machine-int fast
# path), its overflow into big ints, bool/subclass operands, and f-strings
# / format() of exact and subclassed ints and strs.

A = 1 << 47           # first int past the inline (48-bit) range
M = (1 << 63) - 1     # i64 max
values = [0, 1, -1, 7, -7, A - 1, A, -A, -A - 1, 3_000_000_000, -3_000_000_000,
          M, -M, -M - 1, M + 1, 1 << 64, -(1 << 64)]

def ops(a, b):
    out = [a + b, a - b, a * b, a & b, a | b, a ^ b]
    if b:
        out += [a // b, a % b, divmod(a, b)]
    else:
        for f in (lambda: a // b, lambda: a % b):
            try:
                f()
            except ZeroDivisionError as e:
                out.append(str(e))
    for sh in (b % 70, 0, 1, 17, 63, 64):
        out.append(a >> sh)
        if abs(a) < (1 << 80):
            out.append(a << sh)
    return out

total = 0
for a in values:
    for b in values:
        r = ops(a, b)
        for x in r:
            for y in (x if isinstance(x, tuple) else (x,)):
                total = (total * 1000003 + (y if isinstance(y, int) else len(y))) % ((1 << 61) - 1)
        if a in (A, -M - 1, M) and b in (-1, 7, A):
            print(a, b, r[:9])
print("mix", total)

# i64 edge cases that must go to big ints
print((-M - 1) // -1, (-M - 1) % -1, (-M - 1) * -1, M + 1, -M - 2, M * 2)
print(A << 16, A << 17, (A << 16) >> 60, -A >> 100, A >> 200, 5 << 58, 5 << 59)
for bad in (lambda: A << -1, lambda: A >> -1, lambda: 1 >> -5):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

# an LCG like dict_str's: products leave the inline range
seed = 12345
acc = 0
for _ in range(2000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    acc += seed >> 16
print("lcg", seed, acc)

# bools and subclasses keep their semantics
print(True + A, A * True, A & True, type(A & True).__name__, True & True, type(True ^ False).__name__)

class MyInt(int):
    def __add__(self, other):
        return "MyInt.add"
    def __rmul__(self, other):
        return "MyInt.rmul"

big = MyInt(A + 5)
print(big + 1, A * big, big - 1, type(big - 1).__name__, big * 2, type(big * 2).__name__)

class Plain(int):
    pass

p = Plain(A)
print(p + p, type(p + p).__name__, p * 3, -p, p // 3, type(p // 3).__name__)

# mixed int/float with big operands
print(A + 0.5, A * 1.5, (M + 1) / 2, A / 3)

# format() / f-strings of exact and subclassed ints and strs
n, s = 42, "word"
print(f"{n}|{n:4d}|{n:>6}|{n:<5}|{n:^7}|{n:06}|{n:+}|{n:x}|{n:,}|{-n:5d}|{A:_}|")
print(f"{s}|{s:>8}|{s:<8}|{s:^9}|{s:*^9}|{s:.2}|{s:10.3}|{'':3}|")
print(format(n), format(n, ""), format(s, ""), format(A), format(-M - 1, "d"))

class S(str):
    def __format__(self, spec):
        return "S.format(" + spec + ")"
    def __str__(self):
        return "S.str"

class I(int):
    def __format__(self, spec):
        return "I.format(" + spec + ")"

class J(int):
    def __str__(self):
        return "J.str"
    def __repr__(self):
        return "J.repr"

print(f"{S('x')}|{S('x'):>4}|{I(3)}|{I(3):5d}|{J(4)}|{J(4):3}|{J(4)!r}|{J(4)!s}")
print(format(True), f"{True:>6}", f"{False:d}", f"{True!r}")
for spec in ("4q", ",_", "=5s"):
    for v in (n, s):
        try:
            print(format(v, spec))
        except ValueError as e:
            print("ValueError", e)
