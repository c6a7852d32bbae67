# `for` loops over generators with no call in their body are compiled (an
# OSR entry at the FOR_ITER); the compiled loop resumes the generator the
# way the interpreter's FOR_ITER_GEN does. Errors out of the generator,
# StopIteration inside it, re-entrancy, break + close, gi_frame of the
# suspended generator, and iterators switching between generators and
# lists at one site.
import traceback


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def plain(n):
    s = 0
    for x in naturals(n):
        s = (s + x * x) % 1000003
    return s


print("plain", plain(20000))


def failing(n):
    for i in range(n):
        yield i
    raise ValueError("boom at %d" % n)


def consume_failing(n):
    s = 0
    try:
        for x in failing(n):
            s += x
    except ValueError:
        tb = traceback.format_exc().splitlines()
        print("caught", s, tb[-1], [l.strip() for l in tb if l.strip().startswith("File")].__len__())
    return s


consume_failing(5000)


def stopper(n):
    for i in range(n):
        yield i
    raise StopIteration("inner")


def consume_stopper(n):
    s = 0
    try:
        for x in stopper(n):
            s += x
    except RuntimeError as e:
        print("runtime", s, e, type(e.__cause__).__name__, e.__cause__)


consume_stopper(4000)


def reentrant(box, n):
    for i in range(n):
        if i == n - 1:
            try:
                box[0].__next__()
            except ValueError as e:
                yield ("reentry", str(e))
        yield i


def consume_reentrant(n):
    box = [None]
    g = reentrant(box, n)
    box[0] = g
    last = None
    s = 0
    for x in g:
        if type(x) is tuple:
            last = x
        else:
            s += x
    print(last, s)


consume_reentrant(3000)

log = []


def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("finally")


def consume_break(n):
    g = guarded(n * 2)
    s = 0
    for x in g:
        s += x
        if x == n:
            break
    print("broke at", s, g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals), g.gi_frame.f_locals["i"])
    g.close()
    print("closed", log, g.gi_frame)


consume_break(3000)


def switching(sources):
    out = 0
    for src in sources:
        for x in src:
            out += x
    return out


print("switching", switching([naturals(40) if k % 9 else list(range(40)) for k in range(300)]))


def sent_values():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def consume_yield_from(n):
    def inner():
        r = yield from naturals(n)
        yield ("ret", r)
    s = 0
    for x in inner():
        if type(x) is tuple:
            print("yield from", x)
        else:
            s += x
    return s


print("sum", consume_yield_from(6000))
g = sent_values()
next(g)
for k in range(2000):
    g.send(k)
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

