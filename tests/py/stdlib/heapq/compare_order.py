# heapq compares only with <, in CPython's order: log every __lt__ call.
import heapq

log = []

class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return 'I%d' % self.v

def show(label, result=None):
    print(label, result, len(log), log[:12])
    log.clear()

data = [5, 3, 8, 1, 9, 2, 7, 3, 6, 0, 4, 8, 5, 5]
h = []
for x in data:
    heapq.heappush(h, Item(x))
show('push', h)
show('pop', [heapq.heappop(h) for _ in range(5)])
show('after pop', h)
show('replace', heapq.heapreplace(h, Item(4)))
show('pushpop small', heapq.heappushpop(h, Item(-1)))
show('pushpop big', heapq.heappushpop(h, Item(10)))
show('heap', h)
h2 = [Item(x) for x in data]
heapq.heapify(h2)
show('heapify', h2)
h3 = [Item(x) for x in data]
heapq._heapify_max(h3)
show('heapify_max', h3)
show('pop_max', heapq._heappop_max(h3))
show('replace_max', heapq._heapreplace_max(h3, Item(1)))
show('max heap', h3)

# Large lists use a different visiting order in heapify (> 2500 items).
big = [Item((i * 7919) % 3001) for i in range(3001)]
heapq.heapify(big)
print('big heapify', len(log), log[:5], log[-5:], [x.v for x in big[:10]])
log.clear()
print([heapq.heappop(big).v for _ in range(10)], len(log))
log.clear()

# An __lt__ that raises leaves the list as far as the algorithm got.
class Bad(Item):
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError('no compare with 3')
        return Item.__lt__(self, other)

h = [Bad(1), Bad(2), Bad(4), Bad(5)]
try:
    heapq.heappush(h, Bad(3))
except ValueError as e:
    print('ValueError', e, h)
log.clear()

# A comparison that changes the list size.
class Shrinker(Item):
    def __lt__(self, other):
        victim.clear()
        return True
victim = [Shrinker(1), Shrinker(2), Shrinker(3)]
try:
    heapq.heappop(victim)
except Exception as e:
    print(type(e).__name__, e)
victim = [Shrinker(1), Shrinker(2), Shrinker(3)]
try:
    heapq.heappush(victim, Shrinker(0))
except Exception as e:
    print(type(e).__name__, e)

# Results that are not bools go through truth testing.
class Weird:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return [1] if self.v < other.v else []
    def __repr__(self): return 'W%d' % self.v
h = []
for x in [3, 1, 2, 0]:
    heapq.heappush(h, Weird(x))
print(h, heapq.heappop(h))

# Tuples with ties compare second fields.
h = []
for p in [(1, 'b'), (1, 'a'), (0, 'z'), (1, 'a')]:
    heapq.heappush(h, p)
print(h, [heapq.heappop(h) for _ in range(4)])
