# Native deque: ends, maxlen, extend/extendleft, rotate, index/insert/remove/count,
# reverse, copy, subscripts, comparisons, arithmetic, repr, subclassing.
from collections import deque
import copy


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
print(deque('abc', maxlen=None), deque(maxlen=2, iterable='abc'), deque(range(5), 3).maxlen, deque().maxlen)
b = deque([1, 2, 3], 3)
b.append(4); print(b); b.appendleft(0); print(b)
b.extend([7, 8]); print(b); b.extendleft([5, 6]); print(b)
z = deque(maxlen=0); z.append(1); z.appendleft(2); z.extend([3]); print(z, len(z))
d = deque([1, 2, 3]); d.extend(d); print(d)
d = deque([1, 2, 3]); d.extendleft(d); print(d)
d = deque([1, 2, 3]); d.extend(x * 10 for x in range(3)); print(d)
d = deque(range(10)); d.rotate(3); print(d); d.rotate(-4); print(d); d.rotate(23); print(d); d.rotate(); print(d)
d = deque(range(5)); d.insert(-1, 'x'); d.insert(-100, 'y'); d.insert(100, 'z'); print(d)
d = deque(range(5), 6); d.insert(2, 'x'); print(d)
d = deque(range(6)); del d[2]; del d[-1]; print(d)
d = deque(range(6)); d[-1] = 'e'; d[0] = 's'; print(d, d[-2])
print(deque([1, 2, 1, 1]).count(1), 1 in deque([1]), 2 in deque([1]), deque([1.0]).count(1))
print(deque(range(10)).index(5, 2, 8), deque(range(10)).index(5, -6), deque(range(10)).index(5, -2**80))
d = deque([1, 2, 3, 2]); d.remove(2); print(d)
d = deque([1, 2, 3]); d.reverse(); print(d, list(reversed(d)))
d = deque([1, 2, 3]); d.clear(); print(d, bool(d), bool(deque([0])))
nested = deque([[1], 2], 4)
for c in (nested.copy(), copy.copy(nested), nested.__copy__(), copy.deepcopy(nested)):
    print(c, c[0] is nested[0], c.maxlen)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1]) <= deque([1]),
      deque([2]) > deque([1, 5]), deque([1]) >= deque([1, 0]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
m = deque([1], maxlen=3)
print(m * 5, 2 * m, m * 0, m * -1, deque([1, 2]) + deque([3]), deque([1], maxlen=1) + deque([2]))
d = deque([1, 2], maxlen=3); d *= 2; print(d)
d = deque([1, 2]); d *= 3; print(d)
d = deque([1, 2], maxlen=3); d += [3, 4, 5, 6]; print(d)
d = deque([1, 2]); e = d; d += d; print(d, e is d)
d = deque([]); d.append(d); print(d, repr(d))
d = deque([1], maxlen=5); d.append(d); print(d)
it = iter(deque([1, 2, 3])); next(it); print(it.__length_hint__(), list(it), type(it).__name__)
print(type(reversed(deque())).__name__, type(iter(deque())).__module__)
print(deque.__name__, deque.__module__, deque.__hash__, deque.__doc__.splitlines()[0])
print(deque([1, 2, 3]).__reduce__()[:3], deque([1, 2], 3).__reduce__()[:3])
from collections.abc import MutableSequence, Hashable, Sequence
print(isinstance(deque(), MutableSequence), isinstance(deque(), Hashable), issubclass(deque, Sequence))
match deque([1, 2]):
    case [a, b]:
        print('matched', a, b)


class Q(deque):
    def peek(self):
        return self[0]


q = Q([1, 2], 5)
print(q, q.peek(), type(q.copy()).__name__, q.copy(), type(q + q).__name__, type(q * 2).__name__, q.maxlen)
q.extra = 3; print(q.extra, q.__dict__, isinstance(q, deque))


class Stack(deque):
    def __init__(self, items=()):
        super().__init__(items)
        self.pushes = 0

    def push(self, x):
        self.pushes += 1
        self.append(x)


s = Stack('ab'); s.push('c'); print(s, s.pushes, s.pop(), len(s))


class R(deque):
    def __init__(self, x):
        super().__init__(x, maxlen=2)


t(lambda: R([1, 2, 3]).copy())
d = deque('abc'); d.__init__('xy', 1); print(d)
# BFS-style use
graph = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [5], 5: []}
seen, order, work = {0}, [], deque([0])
while work:
    node = work.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            work.append(nxt)
print(order)
