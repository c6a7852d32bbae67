# deque: argument and type errors with CPython's messages.
from collections import deque


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: deque(foo=1))
t(lambda: deque([], 1, 2))
t(lambda: deque([], 'a'))
t(lambda: deque([], 2**70))
t(lambda: deque([], -1))
t(lambda: deque(5))
t(lambda: deque(None))
t(lambda: deque([1]) * 'a')
t(lambda: deque([1]) * 2.0)
t(lambda: deque([1])[1:2])
t(lambda: deque([1])[1.0])
t(lambda: deque([1])[True])
t(lambda: deque([1, 2])[-3])
t(lambda: deque([1]).index(1, 'a'))
t(lambda: deque([1]).index(3))
t(lambda: deque(['a']).index('b'))
t(lambda: deque(range(10)).index(5, 6))
t(lambda: deque(range(10)).index(5, 2, 5))
t(lambda: deque(range(10)).index(5, 2**80))
t(lambda: deque([1]).remove(3))
t(lambda: deque([1]).rotate('a'))
t(lambda: deque([1]).rotate(2**70))
t(lambda: deque([1]).insert('a', 1))
t(lambda: deque([1]).append())
t(lambda: deque([1]).append(1, 2))
t(lambda: deque([1]).pop(1))
t(lambda: deque([1]).count())
t(lambda: deque([1]).index())
t(lambda: deque([1]).rotate(1, 2))
t(lambda: deque.append(1, 2))
t(lambda: deque([1]) + [2])
t(lambda: deque([1]) < deque(['a']))
t(lambda: hash(deque()))
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1], maxlen=1).insert(0, 2))


def s():
    d = deque([1])
    d[1] = 2


t(s)


def s():
    d = deque([1])
    del d[5]


t(s)


def s():
    d = deque([1])
    d += 5


t(s)


def s():
    d = deque([1])
    d *= 'a'


t(s)
