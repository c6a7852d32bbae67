import bisect

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 3]
t(bisect.bisect, a, 1, -1)
t(bisect.bisect, a, 2, 0, -3)
t(bisect.bisect, a, 2, 0, -1)
t(bisect.bisect, a, 2, 1, 10)
t(bisect.bisect, a)
t(bisect.bisect_left)
t(bisect.bisect, 5, 1)
t(bisect.insort, (1, 2), 1)
t(bisect.bisect_left, a, 2, key=None, lo=1)
t(bisect.bisect_left, a, 2, 0, 2, None)
t(bisect.bisect_left, a, 2, hi=1.5)
t(bisect.bisect_left, a, 2, lo=None)
t(bisect.bisect_left, a, 2, x=2)
t(bisect.bisect_left, a, 2, foo=2)
t(bisect.insort, a, 1, lo=-2)
t(bisect.bisect_right, a, 'x')
t(bisect.bisect_right, a, 2, hi=None)
print(bisect.bisect, bisect.insort, bisect.bisect_right, bisect.insort_left)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
b = [0, 5]
print(bisect.insort(b, 3), b, bisect.insort_right(b, 5, 0, 1), b)
