# Module-level hot loops (the on-stack-replacement case) whose types change midway.
total = 0
for i in range(5000):
    total += i
print(total)

acc = 0
for i in range(5000):
    if i == 2500:
        acc = float(acc)
    acc += i
print(acc, type(acc).__name__)

s = 0
for i in range(4000):
    if i == 3000:
        s = str(s)
        break
    s += i
print(repr(s))

v = 1
n = 0
while n < 4000:
    v = v * 2 if n < 70 else v - 1
    n += 1
print(v)

names = []
for i in range(3000):
    x = i if i < 2990 else ("s" + str(i))
    if not isinstance(x, int):
        names.append(x)
print(names)

keys = [1, 2, "three", 4.0, None]
counts = {}
for i in range(3000):
    k = keys[i * 7 % 5] if i > 1000 else keys[0]
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items(), key=lambda kv: str(kv[0])))
