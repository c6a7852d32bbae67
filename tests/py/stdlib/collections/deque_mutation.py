# deque: "mutated during iteration" for iterators, count/index/in/remove,
# and which operations count as mutations (as CPython's state counter).
from collections import deque


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def chk(label, op, init=(1, 2, 3), maxlen=None):
    d = deque(init, maxlen)
    it = iter(d)
    op(d)
    try:
        print(label, next(it, 'END'))
    except RuntimeError as e:
        print(label, 'RuntimeError', e)


chk('rotate1', lambda d: d.rotate(1))
chk('rotate0', lambda d: d.rotate(0))
chk('rotate1len1', lambda d: d.rotate(1), [1])
chk('setitem', lambda d: d.__setitem__(0, 9))
chk('append', lambda d: d.append(4))
chk('appendpop', lambda d: (d.append(4), d.pop()))
chk('reverse', lambda d: d.reverse())
chk('extend0', lambda d: d.extend([]))
chk('clear', lambda d: d.clear())
chk('clear_empty', lambda d: d.clear(), [])
chk('imul1', lambda d: d.__imul__(1))
chk('imul2', lambda d: d.__imul__(2))
chk('imul0', lambda d: d.__imul__(0))
chk('iadd0', lambda d: d.__iadd__([]))
chk('insert', lambda d: d.insert(0, 1))
chk('delitem', lambda d: d.__delitem__(0))
chk('remove', lambda d: d.remove(2))
chk('append_max0', lambda d: d.append(1), [], 0)
chk('extend_max0', lambda d: d.extend([1]), [], 0)
chk('count', lambda d: d.count(1))
chk('index', lambda d: d.index(1))
chk('copy', lambda d: d.copy())
chk('append_full', lambda d: d.append(9), [1, 2, 3], 3)
chk('init', lambda d: d.__init__([4, 5]))
chk('init_empty', lambda d: d.__init__([]), [])

d = deque([1, 2, 3])
it = iter(d)
list(it)
d.append(1)
t(lambda: next(it))
d = deque([1, 2, 3])
it = reversed(d)
print(next(it))
d.clear()
t(lambda: next(it))
t(lambda: next(it))


def grow():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)


t(grow)


class Meddler:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(1)
        return False


for name in ('count', 'index', 'remove'):
    d = deque([1, 2, 3])
    t(lambda: getattr(d, name)(Meddler(d)))
d = deque([1, 2, 3])
t(lambda: Meddler(d) in d)


class Boom:
    def __eq__(self, other):
        raise KeyError('boom')


t(lambda: deque([1, 2]).remove(Boom()))
t(lambda: deque([1, 2]).count(Boom()))
t(lambda: Boom() in deque([1]))
