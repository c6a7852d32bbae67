# A hot `for` loop over a generator whose body only calls builtins (sites
# the interpreter made CALL_BUILTIN) is compiled: send() to a coroutine,
# len(), a builtin rebound in the middle, and an error in the generator.


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total // count


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def drive(n):
    co = averager()
    next(co)
    last = 0
    for v in naturals(n):
        last = co.send(v)
    return last


print(drive(5000))


def sizes(n):
    out = 0
    for v in naturals(n):
        out += len(str(v))
        if v == n - 100:
            globals()["len"] = lambda s: 100
    del globals()["len"]
    return out


print(sizes(4000))


def failing(n):
    i = 0
    while True:
        yield i
        i += 1
        if i == n:
            raise KeyError("stop at %d" % i)


def consume(n):
    acc = 0
    try:
        for v in failing(n):
            acc += abs(v - 7)
    except KeyError as e:
        print("KeyError", e, acc)


consume(3000)
