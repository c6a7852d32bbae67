import pprint
from collections import defaultdict, deque
d = defaultdict(list)
for i in range(12):
    d['key%d' % i].append(list(range(i)))
pprint.pprint(d, width=50)
pprint.pprint(defaultdict(int), width=50)
pprint.pprint(deque(range(40)), width=40)
pprint.pprint(deque(range(40), maxlen=50), width=40)
pprint.pprint([deque('abc'), deque()], width=10)
print(pprint.pformat({'d': defaultdict(int, a=1)}))
