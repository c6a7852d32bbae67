# time module basics, printing only deterministic facts.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.02)
t1, p1, m1 = time.time(), time.perf_counter(), time.monotonic()
print(t0 > 1_600_000_000, t1 >= t0, p1 - p0 >= 0.015, m1 >= m0, type(t0).__name__, type(time.time_ns()).__name__)
print(time.perf_counter_ns() > 0, isinstance(time.monotonic_ns(), int), callable(time.sleep))
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_yday, g[0], len(tuple(g)) >= 9)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
