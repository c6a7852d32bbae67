# Pyrite's `heapq` module, written for Pyrite. Heaps are lists with
# heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2]. The sift steps follow the
# classic bottom-up variant (move the smaller child up to a leaf, then sift
# the new item back toward the root), the order CPython's heaps have, so the
# same operations leave identical lists.

def _check_list(heap, fname):
    if not isinstance(heap, list):
        raise TypeError('%s() argument 1 must be list, not %s' % (fname, type(heap).__name__))

def _toward_root(heap, top, pos):
    item = heap[pos]
    while pos > top:
        up = (pos - 1) >> 1
        if item < heap[up]:
            heap[pos] = heap[up]
            pos = up
        else:
            break
    heap[pos] = item

def _toward_leaves(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _toward_root(heap, top, pos)

def heappush(heap, item):
    _check_list(heap, 'heappush')
    heap.append(item)
    _toward_root(heap, 0, len(heap) - 1)

def heappop(heap):
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    first = heap[0]
    heap[0] = last
    _toward_leaves(heap, 0)
    return first

def heapreplace(heap, item):
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    first = heap[0]
    heap[0] = item
    _toward_leaves(heap, 0)
    return first

def heappushpop(heap, item):
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _toward_leaves(heap, 0)
    return item

def heapify(x):
    _check_list(x, 'heapify')
    for i in range(len(x) // 2 - 1, -1, -1):
        _toward_leaves(x, i)

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
