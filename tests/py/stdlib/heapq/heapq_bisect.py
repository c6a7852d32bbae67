import heapq, bisect
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
data = [5, 3, 8, 1, 9, 2, 7, 3, 6, 0, 4, 8]
h = []
for x in data:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = list(data); heapq.heapify(h); print(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, -1), heapq.heappushpop(h, 11), h)
t(lambda: heapq.heappop([]))
t(lambda: heapq.heapreplace([], 1))
t(lambda: heapq.heappush((), 1))
words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'plum', 'lime']
print(heapq.nsmallest(3, words), heapq.nlargest(3, words), heapq.nsmallest(2, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(0, data), heapq.nlargest(20, data), heapq.nsmallest(1, []), heapq.nlargest(1, data))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])), list(heapq.merge()), list(heapq.merge([3, 2, 1], [4, 0], reverse=True)))
print(list(heapq.merge(['a', 'BB', 'ccc'], ['d', 'EE'], key=len)))
pairs = [(1, 'x'), (1, 'y')]
h = []
for p in [(2, 'b'), (1, 'a'), (1, 'c'), (0, 'z')]:
    heapq.heappush(h, p)
print(h, heapq.heappop(h))
a = [1, 2, 4, 4, 4, 7, 9]
print([bisect.bisect_left(a, x) for x in range(11)])
print([bisect.bisect_right(a, x) for x in range(11)], bisect.bisect(a, 4), bisect.bisect(a, 4, 1, 3))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
bisect.insort_left(b, 4); bisect.insort_right(b, 0)
print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
t(lambda: bisect.bisect_left(a, 1, -1))
t(lambda: bisect.insort(a, 1, lo=-2))
