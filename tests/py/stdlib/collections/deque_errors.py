from collections import deque
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1])[5])
t(lambda: deque([1])[-2])
t(lambda: deque([1])['a'])
t(lambda: deque([1, 2]).index(5))
t(lambda: deque([1, 2]).remove(5))
t(lambda: deque([1], maxlen=-1))
t(lambda: deque([1], maxlen=1).insert(0, 2))
t(lambda: deque([1]) + [2])
t(lambda: hash(deque()))
d = deque([1, 2, 3])
def mut():
    for x in d:
        d.append(x)
t(mut)
def mut2():
    for x in d:
        d.pop()
t(mut2)
def f():
    del deque()[0]
t(f)
t(lambda: deque([1, 2, 3, 2]).index(2, 2))
t(lambda: deque([1, 2, 3, 2]).index(2, -2, -1))
t(lambda: deque([1, 2, 3]).index(1, 1))
