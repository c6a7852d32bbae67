# Hot loops over containers that are mutated while the loop runs.
def scan(xs):
    out = []
    for x in xs:
        out.append(x)
        if x == 5:
            xs.append(100)
        if x == 7:
            xs.pop(0)
    return out

for _ in range(300):
    scan(list(range(10)))
print(scan(list(range(10))))
print(scan([5]), scan([]), scan([7, 8, 9]))

def sum_index(xs):
    total = 0
    i = 0
    while i < len(xs):
        total += xs[i]
        if i == 1500:
            del xs[1600:]
            xs[0] = 10**20
        i += 1
    return total
print(sum_index(list(range(3000))))

def replace_elems(xs):
    for i in range(len(xs)):
        xs[i] = xs[i] * 2 if i < 2000 else str(xs[i])
    return xs[1998:2003]
print(replace_elems(list(range(2005))))

d = {i: i for i in range(5)}
def iter_dict(d):
    seen = []
    for k in d:
        seen.append(k)
    return seen
for _ in range(2000):
    iter_dict(d)
d[99] = 1
del d[0]
print(iter_dict(d))
try:
    for k in d:
        d[k + 1000] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
lst = list(range(2500))
total = 0
for v in lst:
    total += v
    if v == 2000:
        lst[2001:] = [1] * 3
print(total, len(lst))
