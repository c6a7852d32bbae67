# Compiled generators enter at every resume point through one entry (a
# dispatch on the ip the frame resumes at): several yields in one body,
# generators made before their code got hot and resumed after, types of
# locals changing between resumptions (the guards at the resume point),
# send/throw/close of odd values after warm-up, yields inside try/finally
# and with, yield from, return values, tracebacks through generator frames.
import sys


def three(n):
    i = 0
    while i < n:
        a = yield i
        b = yield (i, a)
        c = yield [i, a, b]
        i += 1
    return ('end', i)


def drive(n):
    g = three(n)
    out = [next(g)]
    k = 0
    while True:
        try:
            out.append(g.send(k))
        except StopIteration as e:
            out.append(e.value)
            break
        k += 1
    return out


warm = [drive(5) for _ in range(30)]
print(warm[-1][:8], warm[-1][-1], len(warm[-1]))

# Made before the code is hot, resumed after it was compiled.
early = [three(4) for _ in range(5)]
firsts = [next(g) for g in early]
for _ in range(40):
    drive(3)
print(firsts, [g.send('x') for g in early], [g.send(2.5) for g in early])
print([g.send(None) for g in early])


def mixed(vals):
    acc = 0
    for v in vals:
        x = v
        got = yield x
        # x's type changes between resumptions
        acc = acc + (x if got is None else got)
    yield acc


for rep in range(20):
    vals = [1, 2, 3.5, 'no', 2 ** 70, 4] if rep % 2 else [1, 2, 3, 4, 5, 6]
    g = mixed(vals)
    seen = []
    try:
        for v in g:
            seen.append(v)
    except TypeError as e:
        seen.append('TypeError')
    if rep >= 18:
        print(rep, seen)


def guarded(log):
    try:
        while True:
            try:
                x = yield len(log)
                log.append(x)
            except ValueError as e:
                log.append('caught %s' % e)
            else:
                log.append('ok')
    finally:
        log.append('closed')


for rep in range(25):
    log = []
    g = guarded(log)
    next(g)
    for i in range(6):
        g.send(i)
    g.throw(ValueError('v%d' % rep))
    g.send(1.5)
    g.close()
    if rep >= 23:
        print(log)

log = []
g = guarded(log)
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('escaped', repr(e), log)
print(g.gi_frame, next(g, 'finished'))


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append('enter')
        return self

    def __exit__(self, *exc):
        self.log.append('exit %s' % (exc[0].__name__ if exc[0] else None))
        return False


def with_yield(log, n):
    with Ctx(log):
        for i in range(n):
            yield i * i


for rep in range(30):
    log = []
    r = list(with_yield(log, 3))
log2 = []
g = with_yield(log2, 5)
print(r, log, next(g), next(g))
g.close()
print(log2)


def inner(n):
    for i in range(n):
        got = yield i
        if got == 'stop':
            return 'stopped at %d' % i
    return 'ran out'


def outer(n):
    r = yield from inner(n)
    yield r
    r2 = yield from inner(2)
    return r2


for rep in range(30):
    res = list(outer(4))
print(res)
g = outer(10)
print(next(g), next(g), g.send('stop'), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)


def raiser(n):
    for i in range(n):
        yield 10 // (n - 1 - i)


for rep in range(30):
    try:
        list(raiser(4))
    except ZeroDivisionError:
        pass
try:
    list(raiser(3))
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('ZeroDivisionError', names)


def running():
    yield g_run.gi_running
    yield g_run.gi_running


for rep in range(30):
    g_run = running()
    states = list(g_run)
print(states, g_run.gi_running)


def reentrant():
    yield 1
    try:
        next(g_re)
    except ValueError as e:
        yield str(e)


for rep in range(30):
    g_re = reentrant()
    res = list(g_re)
print(res)


def count_frames():
    n = 0
    while True:
        yield n
        n += 1


g = count_frames()
for _ in range(100):
    v = next(g)
print(v, sys.getrefcount(g) > 0)
