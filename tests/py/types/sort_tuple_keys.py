# sorted() with tuple keys of numbers and strs (the native tuple order) against
# random data, stability with reverse, mixed kinds falling back to Python.
import random
rng = random.Random(7)
for trial in range(300):
    n = rng.randint(0, 60)
    def item():
        k = rng.randint(0, 3)
        if k == 0:
            return (rng.randint(-3, 3), rng.choice('abc'))
        if k == 1:
            return (rng.choice([0.0, -0.0, 1.5, 2, -1]), rng.choice(['x', 'y', '']))
        if k == 2:
            return (rng.randint(0, 2),)
        return ()
    data = [(item(), i) for i in range(n)]
    print(trial, sorted(data, key=lambda p: p[0]) == sorted(data, key=lambda p: p[0]), [p[1] for p in sorted(data, key=lambda p: p[0])][:12], [p[1] for p in sorted(data, key=lambda p: p[0], reverse=True)][:12])
try:
    sorted([(1, 'a'), ('b', 2), (1, 3)])
except TypeError as e:
    print('TypeError', e)
print(sorted([(1, 2), (1,), (0, 5, 5), (1, 2, 0), (-0.0, 'z'), (0, 'a')][:4]))
words = ['b', 'a', 'c', 'a', 'b']
counts = {}
for w in words * 3:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted([(2, 'b'), (2, 'a'), (1.0, 'z'), (1, 'y')]))
