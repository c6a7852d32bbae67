# choice, choices, shuffle and sample follow CPython for a given seed.
import random

for s in range(6):
    r = random.Random(s)
    seq = list(range(20))
    r.shuffle(seq)
    print(s, seq)
    print('  choice', r.choice('abcdefg'), r.choice(range(1000)), r.choice([None]))
    print('  choices', r.choices('abc', k=6), r.choices(range(5), weights=[5, 1, 0, 1, 3], k=5))
    print('  cum', r.choices('xyz', cum_weights=[1, 1.5, 9], k=4), r.choices([1, 2]))
    print('  sample', r.sample(range(100), 5), r.sample('abcdef', 6), r.sample(range(10**6), 3))
    print('  counts', r.sample(['red', 'blue'], counts=[4, 2], k=5))
    print('  big', r.sample(range(10000), 30)[:6])

r = random.Random(99)
for call in [lambda: r.choice([]), lambda: r.sample({1, 2}, 1), lambda: r.sample([1, 2], 3),
             lambda: r.sample([1, 2], -1), lambda: r.sample([1, 2], 1, counts=[1]),
             lambda: r.sample([1, 2], 1, counts=[1.0, 2.0]), lambda: r.sample([1, 2], 1, counts=[0, 0]),
             lambda: r.choices([1, 2], [1, 2], cum_weights=[1, 2]), lambda: r.choices([1, 2], [1]),
             lambda: r.choices([1, 2], [0, 0]), lambda: r.choices([1, 2], [1, float('inf')]),
             lambda: r.choices([1, 2], 3), lambda: r.choices([], k=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(r.choices([], k=0), r.sample([], 0))
