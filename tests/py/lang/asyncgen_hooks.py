# sys.set_asyncgen_hooks / get_asyncgen_hooks and async generator finalization
import gc
import re
import sys


class Scrubbed:
    # "Exception ignored in" reports go to sys.stderr: shown on stdout with
    # addresses and directories hidden.
    def write(self, s):
        s = re.sub(r'File ".*/', 'File "', s)
        sys.stdout.write(re.sub(r"0x[0-9a-f]+", "ADDR", s))
        return len(s)

    def flush(self):
        pass


sys.stderr = Scrubbed()

print(sys.get_asyncgen_hooks())
h = sys.get_asyncgen_hooks()
print(type(h).__name__, h.firstiter, h.finalizer, len(h), tuple(h))

log = []
def first(agen):
    log.append(('first', agen.__name__))
def fin(agen):
    log.append(('fin', agen.__name__))
    fin.pending.append(agen)
fin.pending = []

for bad in [dict(firstiter=1), dict(finalizer='x'), dict(firstiter=None, finalizer=3)]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print('TypeError:', e)
print(sys.get_asyncgen_hooks())

sys.set_asyncgen_hooks(firstiter=first)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(finalizer=fin)          # firstiter unchanged
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer is fin)
sys.set_asyncgen_hooks(first, fin)             # positional
try:
    sys.set_asyncgen_hooks(first, fin, 3)
except TypeError as e:
    print('TypeError:', type(e).__name__)


def drive(aw, value=None):
    """Run an awaitable that never really awaits: its result."""
    try:
        aw.send(value)
    except StopIteration as e:
        return e.value
    raise AssertionError('awaited something')


async def ticker(name):
    try:
        yield name + '1'
        yield name + '2'
    finally:
        log.append(('finally', name))


g = ticker('a')
print(log)                      # nothing before first iteration
aw = g.__anext__()              # hooks are initialised when the awaitable is made
print(log)
print(drive(aw))
del aw
del g                           # suspended in try: the finalizer gets it
gc.collect()
print(log)
agen = fin.pending.pop()
print(type(agen).__name__, agen.__name__)
# the finalizer's job: close it (the finally block runs now)
drive(agen.aclose())
print(log)
del agen
log.clear()

# a generator created under the hooks but never iterated: no hooks, no finalizer
g = ticker('b')
del g
gc.collect()
print(log)

# closed generators are not finalized
g = ticker('c')
print(drive(g.asend(None)))
drive(g.aclose())
del g
gc.collect()
print(log)
log.clear()

# finished generators are not finalized
async def one():
    yield 1
g = one()
print(drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print('StopAsyncIteration')
del g
gc.collect()
print(log)
log.clear()

# the hooks an async generator saw at its first iteration are its own
g = ticker('d')
drive(g.athrow(ValueError) if False else g.__anext__())
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
del g
gc.collect()
print(log)
drive(fin.pending.pop().aclose())
print(log)
log.clear()

# a failing firstiter: the error comes out of the method call
def bad_first(agen):
    raise KeyError('nope')
sys.set_asyncgen_hooks(firstiter=bad_first)
g = ticker('e')
try:
    g.__anext__()
except KeyError as e:
    print('KeyError', e)
sys.set_asyncgen_hooks(firstiter=None)
print(drive(g.__anext__()))     # hooks were marked done: no second call
drive(g.aclose())

# a failing finalizer is reported, not raised
def bad_fin(agen):
    raise ValueError('finalizer failed')
sys.set_asyncgen_hooks(finalizer=bad_fin)
g = ticker('f')
drive(g.__anext__())
del g
gc.collect()
print('after bad finalizer', log)
sys.set_asyncgen_hooks(finalizer=None)
log.clear()

# no finalizer: a suspended async generator is closed when freed
g = ticker('g')
drive(g.__anext__())
del g
gc.collect()
print(log)
log.clear()

# no finalizer, and the finally block awaits: "ignored GeneratorExit"
class Yielding:
    def __await__(self):
        yield 'tick'

async def awaits_in_finally():
    try:
        yield 1
    finally:
        log.append('cleanup start')
        await Yielding()
        log.append('cleanup end')

g = awaits_in_finally()
drive(g.__anext__())
del g
gc.collect()
print(log)
print(sys.get_asyncgen_hooks())
