# OrderedDict: move_to_end both ways, popitem both ends, and everything that
# reads the order after keys moved to the front.
from collections import OrderedDict
import copy
import json

od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('c', last=False)
od.move_to_end('e', last=False)
print(list(od), od)
od.move_to_end('c', last=False)
od['f'] = 1
del od['a']
print(od.popitem(last=False), od.popitem(), list(reversed(od)), list(od.items()), list(od.values()))
od.move_to_end('b', last=False)
od.move_to_end('b')
print(od)
od.move_to_end('d', last=False)
print(od == OrderedDict([('d', 0), ('e', 0), ('b', 0)]), od.copy(), copy.copy(od), copy.deepcopy(od), vars(od))
od.move_to_end('b', last=False)
print(json.dumps(od), dict(od), {**od}, od | {'z': 1}, list(od.keys()))
od.move_to_end('d', last=False)
od.clear()
od['q'] = 1
print(od, od.__reduce__()[:3])
for bad in (lambda: od.move_to_end('nope', last=False), lambda: od.move_to_end('nope')):
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
big = OrderedDict((i, i) for i in range(2000))
for i in range(1000):
    big.move_to_end(i, last=False)
firsts = [big.popitem(last=False)[0] for _ in range(3)]
for i in range(1500, 2000):
    big.move_to_end(i)
print(firsts, len(big), list(big)[:3], list(big)[-3:], big.popitem(), big.popitem(last=False))
lru = OrderedDict()
for k in [1, 2, 3, 1, 4, 2, 5]:
    if k in lru:
        lru.move_to_end(k)
    lru[k] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
