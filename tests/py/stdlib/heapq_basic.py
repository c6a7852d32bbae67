import heapq
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])
a = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]; heapq.heapify(a); print(a)
print(heapq.heapreplace(a, 11), a)
print(heapq.heappushpop(a, -1), heapq.heappushpop(a, 4), a)
print(heapq.nlargest(3, [1, 5, 2, 8, 3]), heapq.nsmallest(3, [1, 5, 2, 8, 3]))
print(heapq.nlargest(2, ['aa', 'b', 'cccc', 'dd'], key=len), heapq.nsmallest(2, ['aa', 'b', 'cccc', 'dd'], key=len))
print(heapq.nlargest(10, range(5)), heapq.nsmallest(1, [4, 2, 3]), heapq.nlargest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb'], key=len)))
t(lambda: heapq.heappop([]))
t(lambda: heapq.heapreplace([], 1))
t(lambda: heapq.heappush((), 1))
t(lambda: heapq.heapify({}))
print(heapq.heappushpop([], 3))
items = [(3, 'c'), (1, 'a'), (2, 'b')]; heapq.heapify(items); print(items, heapq.heappop(items))
