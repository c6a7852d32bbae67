import heapq

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t(heapq.heappush, 1, 2)
t(heapq.heappush, [])
t(heapq.heappush, [], 1, x=1)
t(heapq.heappop)
t(heapq.heappop, [])
t(heapq.heappop, ())
t(heapq.heapify, {})
t(heapq.heapify, [], 1)
t(heapq.heapreplace, [], 1)
t(heapq.heappushpop, [], 1)
t(heapq.heappushpop, [1], 'a')
t(heapq.heappush, [1], 'a')
t(heapq._heappop_max, [])
t(heapq._heapreplace_max, [], 1)
t(heapq._heapify_max)
print(heapq.heappush, heapq.heappop, heapq.__all__)

class L(list):
    pass
h = L()
for x in [3, 1, 2]:
    heapq.heappush(h, x)
print(type(h).__name__, h, heapq.heappop(h))

# nsmallest / nlargest / merge are glue over the native heap.
data = [(2, 'b'), (1, 'x'), (2, 'a'), (1, 'y'), (3, 'c')]
print(heapq.nsmallest(3, data, key=lambda p: p[0]), heapq.nlargest(3, data, key=lambda p: p[0]))
print(list(heapq.merge([1, 3, 5], [2, 4], [0, 6], key=lambda x: -x if x > 4 else x)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
