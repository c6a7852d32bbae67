import timeit

clock = [0.0]


def fake_timer():
    return clock[0]


def tick():
    clock[0] += 0.01


calls = []
t = timeit.Timer(lambda: calls.append(1))
print(t.timeit(number=7) >= 0, len(calls))
print(round(timeit.timeit(tick, timer=fake_timer, number=30), 6))
print([round(x, 6) for x in timeit.repeat(tick, timer=fake_timer, repeat=3, number=4)])
seen = []
print(timeit.Timer(tick, timer=fake_timer).autorange(lambda n, s: seen.append((n, round(s, 6)))))
print(seen)

print(timeit.timeit("x = sum(range(10))", number=100) > 0)
print(timeit.timeit("y.append(x)", setup="y = []; x = 5", number=3) >= 0)
data = {"n": 0}
timeit.timeit("data['n'] += 1", globals={"data": data}, number=11)
print(data)
total = []
timeit.timeit("total.append(len(items))", setup="items = [1, 2, 3]", number=2, globals={"total": total})
print(total)
res = timeit.repeat("pass", repeat=4, number=10)
print(len(res), all(isinstance(r, float) for r in res))
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number,
      timeit.default_repeat)
for bad in [dict(stmt=5), dict(setup=5)]:
    try:
        timeit.Timer(**bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["x = (", "return 5", "break"]:
    try:
        timeit.Timer(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    timeit.timeit("1 / 0", number=1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
