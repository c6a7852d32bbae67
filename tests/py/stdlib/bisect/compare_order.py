# bisect uses only <: item < x on the left, x < item on the right.
import bisect

log = []

class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return 'V%d' % self.v

a = [V(x) for x in [1, 2, 4, 4, 4, 7, 9, 11]]
for fn in (bisect.bisect_left, bisect.bisect_right):
    for x in (0, 4, 8, 12):
        r = fn(a, V(x))
        print(fn.__name__, x, r, log)
        log.clear()
print(bisect.bisect_left(a, V(4), 2, 5), log)
log.clear()
print(bisect.bisect_right(a, V(4), hi=3), log)
log.clear()

# key= is applied to the probed items only (and to x once in insort).
keys = []
def key(item):
    keys.append(item)
    return item[1]
recs = [('a', 1), ('b', 3), ('c', 5), ('d', 7)]
print(bisect.bisect_left(recs, 5, key=key), keys)
keys.clear()
bisect.insort(recs, ('e', 4), key=key)
print(recs, keys)
keys.clear()
bisect.insort_left(recs, ('f', 5), key=key)
print(recs, keys)

b = []
for x in [V(3), V(1), V(2), V(2)]:
    bisect.insort(b, x)
print(b, len(log))
log.clear()

# A non-list sequence: items via __getitem__, insert via .insert.
class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print('getitem', i)
        return self.items[i]
    def insert(self, i, x):
        print('insert', i, x)
        self.items.insert(i, x)
s = Seq([10, 20, 30, 40])
print(bisect.bisect(s, 25))
bisect.insort_left(s, 20)
print(s.items)

class Bad:
    def __lt__(self, other):
        raise RuntimeError('no order')
try:
    bisect.bisect([1, 2, 3], Bad())
except RuntimeError as e:
    print('RuntimeError', e)
