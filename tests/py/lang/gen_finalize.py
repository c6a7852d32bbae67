# Generators freed while suspended are closed (CPython's finalizer): finally
# blocks and __exit__ run, yield-from delegates are closed, not-started and
# finished generators run nothing; also at interpreter exit.
log = []
def guarded(n):
    i = 0
    try:
        while i < n:
            yield i
            i += 1
    finally:
        log.append("finally %d" % n)
print(any(x == 2 for x in guarded(10)), log)
print(all(x < 1 for x in guarded(7)), log)
# yield from a non-generator with close()
class It:
    def __iter__(self): return self
    def __next__(self): return 5
    def close(self): log.append("It.close")
def deleg():
    yield from It()
g = deleg(); next(g); del g
print(log)
# nested: yield from a guarded generator
def outer():
    yield from guarded(3)
g = outer(); next(g); del g
print(log)
# with statement
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): log.append(("exit", a[0].__name__ if a[0] else None)); return False
def withgen():
    with CM():
        yield 1
        yield 2
g = withgen(); next(g); del g
print(log)
# not started: nothing runs
g = guarded(4); del g
print(log)
# finished: nothing
g = guarded(1); list(g); del g
print(log)
# a generator left suspended at exit
def at_exit():
    try:
        yield 1
    finally:
        print("at_exit finally")
keep = at_exit(); next(keep)
# finally blocks run when a consumer stops early (any/all short-circuit) and the generator dies
log.clear()
print(any(x == 2 for x in guarded(10)), log)
print(all(x < 1 for x in guarded(7)), log)
g = guarded(5)
print(next(g), log)
del g
print(log)
print(min(guarded(3)), log)


# a generator whose frame holds a suspended generator in a try
def holder():
    inner = guarded(4)
    next(inner)
    yield 1
h = holder(); next(h); del h
print(log)
# gi_frame and gi_suspended of a suspended generator
g = guarded(2); next(g)
print(g.gi_suspended, g.gi_frame is not None, g.gi_running)
g.close()
print(g.gi_suspended, g.gi_frame, log)
print("end")
