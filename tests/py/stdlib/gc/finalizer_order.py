import gc, weakref
class WithDel:
    def __init__(self): self.me = self
    def __del__(self): print("__del__ ran")
w = WithDel(); wr = weakref.ref(w, lambda _: print("callback ran")); del w
print("collect:", gc.collect() >= 1)
print("dead:", wr() is None)
print("collect2:", gc.collect() >= 0)
# A finalizer that resurrects its object: it survives, __del__ never runs twice.
saved = []
class Phoenix:
    def __init__(self): self.me = self
    def __del__(self):
        print("Phoenix.__del__")
        saved.append(self)
p = Phoenix(); del p
gc.collect()
print("resurrected:", len(saved), type(saved[0]).__name__)
saved.clear(); gc.collect()
print("gone without a second __del__")
# gc.callbacks see start and stop
seen = []
def cb(phase, info): seen.append((phase, info["generation"]))
gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
print(seen)
print(gc.get_count()[0] >= 0, len(gc.get_stats()), sorted(gc.get_stats()[0]))
try: gc.collect(3)
except ValueError as e: print(e)
