# Exceptions raised from inside hot loops, after warm-up, at different depths.
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return None

for i in range(2000):
    safe_div(i, 3)
print([safe_div(9, b) for b in (3, 0, -2, 0.5)])

def find_first_negative(xs):
    for i, x in enumerate(xs):
        if x < 0:
            raise ValueError(f"negative at {i}: {x}")
    return "all non-negative"

data = list(range(3000))
print(find_first_negative(data))
data[2500] = -7
try:
    find_first_negative(data)
except ValueError as e:
    print("ValueError:", e)

def lookup_all(d, keys):
    found = missing = 0
    for k in keys:
        try:
            d[k]
            found += 1
        except KeyError:
            missing += 1
    return found, missing
print(lookup_all({i: i for i in range(100)}, range(3000)))

count = 0
for i in range(3000):
    try:
        if i % 1000 == 999:
            raise IndexError(i)
        count += 1
    except IndexError as e:
        print("IndexError at", e.args[0], "count", count)
    finally:
        count += 0
print(count)

def gen_until_error(n):
    for i in range(n):
        if i == 2100:
            raise StopIteration("never seen")  # becomes RuntimeError inside a generator
        yield i
try:
    print(sum(gen_until_error(3000)))
except RuntimeError as e:
    print("RuntimeError:", e)

def overflow_in_loop():
    x = 1.0
    for i in range(3000):
        x *= 1.5
    return x
try:
    print(overflow_in_loop())
except OverflowError as e:
    print("OverflowError:", e)
def pow_loop():
    x = 2.0
    for i in range(3000):
        x = x ** 2
    return x
try:
    print(pow_loop())
except OverflowError as e:
    print("OverflowError:", e)
