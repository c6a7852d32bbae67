# Comprehension scoping and evaluation order.
x = "module x"
lst = [x for x in range(3)]
print(lst, x)

print([(i, j) for i in range(3) for j in range(i)])
print([i * j for i in range(1, 4) if i != 2 for j in range(3) if j])
print({k: v for k, v in zip("abc", range(3))})
print(sorted({c.upper() for c in "hello world" if c.isalpha()}))
print([[r * 3 + c for c in range(3)] for r in range(3)])

class Scope:
    n = 5
    items = [i for i in range(n)]  # range(n) runs in the class scope
    try:
        bad = [n * i for i in range(3)]
    except NameError as e:
        err = str(e)
print(Scope.items, Scope.err)

def order():
    log = []
    def it(name, seq):
        log.append("iter " + name)
        return iter(seq)
    res = [(a, b) for a in it("outer", [1, 2]) for b in it("inner", "xy")]
    return res, log
print(order())

# walrus in a comprehension binds in the enclosing scope
data = [3, 8, 1, 9, 4]
if any((big := v) > 7 for v in data):
    print("first big:", big)
totals = [running := 0] + [running := running + v for v in data]
print(totals, running)

def gen_expr_binding():
    seq = [1, 2, 3]
    g = (v * 2 for v in seq)
    seq = [100]
    return list(g)
print(gen_expr_binding())

nested = [[1, 2], [3], [], [4, 5, 6]]
print([v for sub in nested for v in sub])
print(sum(len(s) for s in nested), max((len(s), i) for i, s in enumerate(nested)))
print(list(map(lambda p: p[0] * p[1], [(v, i) for i, v in enumerate("abc")])))
print({i % 3 for i in range(10)}, dict.fromkeys("aab", 0))
