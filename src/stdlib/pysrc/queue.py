# queue for Pyrite: FIFO, LIFO and priority queues plus SimpleQueue, with
# CPython 3.11's API.  Pyrite runs a single thread, so nothing can fill or
# drain a queue while a call waits: a blocking call with a timeout waits
# that long and raises Empty/Full as CPython would; one without a timeout
# could never return, and raises RuntimeError instead of hanging forever.

import heapq as _heapq
import time as _time
import collections as _collections

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by a non-blocking get (or one that timed out) on an empty queue."""


class Full(Exception):
    """Raised by a non-blocking put (or one that timed out) on a full queue."""


def _wait_in_vain(what, block, timeout, error):
    # A call that would have to wait for another thread.
    if not block:
        raise error
    if timeout is None:
        raise RuntimeError("queue.%s() would block forever: Pyrite has a single thread, "
                           "so nothing else can %s the queue" % (what, 'fill' if error is Empty else 'drain'))
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    _time.sleep(timeout)
    raise error


class Queue:
    """A first-in first-out queue, bounded when maxsize > 0."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            raise RuntimeError("queue.join() would block forever: %d unfinished task(s) "
                               "and Pyrite has a single thread" % self.unfinished_tasks)

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return self.maxsize > 0 and self._qsize() >= self.maxsize

    def put(self, item, block=True, timeout=None):
        if self.full():
            if block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            _wait_in_vain('put', block, timeout, Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            _wait_in_vain('get', block, timeout, Empty)
        return self._get()

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    def _init(self, maxsize):
        self.queue = _collections.deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        queue = self.queue
        return queue.popleft()

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))


class PriorityQueue(Queue):
    """Entries come out lowest first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Entries come out last in, first out (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._items = _collections.deque()

    def put(self, item, block=True, timeout=None):
        self._items.append(item)

    def put_nowait(self, item):
        self._items.append(item)

    def get(self, block=True, timeout=None):
        if not self._items:
            _wait_in_vain('get', block, timeout, Empty)
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))
