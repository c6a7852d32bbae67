# Pyrite's `heapq` module: the heap operations are native (`_heapq`,
# src/stdlib/heapq.rs, CPython's sift order); nsmallest, nlargest and merge
# are written here over them.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapify_max, _heapreplace_max)

def nsmallest(n, iterable, key=None):
    # Same result as CPython's: the first n of a stable sort.
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]

def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]

def merge(*iterables, key=None, reverse=False):
    heads = []
    for order, source in enumerate(iterables):
        it = iter(source)
        for value in it:
            heads.append([value if key is None else key(value), order, value, it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            a = heads[i][0]
            b = heads[best][0]
            if (b < a) if reverse else (a < b):
                best = i
        head = heads[best]
        yield head[2]
        for value in head[3]:
            head[0] = value if key is None else key(value)
            head[2] = value
            break
        else:
            del heads[best]
