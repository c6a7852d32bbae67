# Part of Pyrite's `asyncio` (see asyncio.py): Lock, Event, Condition,
# Semaphore, BoundedSemaphore and the queues. Tasks waiting on them are
# woken in FIFO order through futures.

import heapq as _heapq
from collections import deque as _deque

from _asyncio_core import CancelledError, QueueEmpty, QueueFull, get_running_loop


# ----- synchronization primitives -----

class _LoopBound:
    _loop = None

    def _bound_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if self._loop is not loop:
            raise RuntimeError('%r is bound to a different event loop' % (self,))
        return loop


class Lock(_LoopBound):
    """A mutual-exclusion lock for tasks (FIFO wake-up)."""

    def __init__(self):
        self._sleepers = _deque()
        self._held = False

    def __repr__(self):
        state = 'locked' if self._held else 'unlocked'
        if self._sleepers:
            state += ', waiters:%d' % len(self._sleepers)
        return '<%s [%s]>' % (type(self).__name__, state)

    def locked(self):
        return self._held

    async def acquire(self):
        if not self._held and all(w.cancelled() for w in self._sleepers):
            self._held = True
            return True
        fut = self._bound_loop().create_future()
        self._sleepers.append(fut)
        try:
            try:
                await fut
            finally:
                self._sleepers.remove(fut)
        except CancelledError:
            if not self._held:
                self._wake_first()
            raise
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._wake_first()

    def _wake_first(self):
        for w in self._sleepers:
            if not w.done():
                w.set_result(True)
            return

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, et, exc, tb):
        self.release()


class Event(_LoopBound):
    """A flag tasks can wait for."""

    def __init__(self):
        self._sleepers = _deque()
        self._value = False

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        if self._sleepers:
            state += ', waiters:%d' % len(self._sleepers)
        return '<%s [%s]>' % (type(self).__name__, state)

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        for w in self._sleepers:
            if not w.done():
                w.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._bound_loop().create_future()
        self._sleepers.append(fut)
        try:
            await fut
            return True
        finally:
            self._sleepers.remove(fut)


class Condition(_LoopBound):
    """Tasks waiting until notified, around a Lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self._sleepers = _deque()

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        if self._sleepers:
            state += ', waiters:%d' % len(self._sleepers)
        return '<%s [%s]>' % (type(self).__name__, state)

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, et, exc, tb):
        self.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._bound_loop().create_future()
            self._sleepers.append(fut)
            try:
                await fut
                return True
            finally:
                self._sleepers.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for w in self._sleepers:
            if woken >= n:
                break
            if not w.done():
                woken += 1
                w.set_result(False)

    def notify_all(self):
        self.notify(len(self._sleepers))


class Semaphore(_LoopBound):
    """A counter of available slots; acquire() waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._sleepers = _deque()

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked, value:%d' % self._value
        if self._sleepers:
            state += ', waiters:%d' % len(self._sleepers)
        return '<%s [%s]>' % (type(self).__name__, state)

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._sleepers)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = self._bound_loop().create_future()
        self._sleepers.append(fut)
        try:
            try:
                await fut
            finally:
                self._sleepers.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                # Woken and cancelled at once: give the slot back.
                self._value += 1
                self._wake_next()
            raise
        if self._value > 0:
            self._wake_next()
        return True

    def release(self):
        self._value += 1
        self._wake_next()

    def _wake_next(self):
        for w in self._sleepers:
            if not w.done():
                self._value -= 1
                w.set_result(True)
                return True
        return False

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, et, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# ----- queues -----

class Queue(_LoopBound):
    """A FIFO queue for tasks: get() waits while empty, put() while full
    (maxsize <= 0: unbounded); join() waits until every item was marked
    task_done()."""

    def __init__(self, maxsize=0):
        self._limit = maxsize
        self._get_waiters = _deque()
        self._put_waiters = _deque()
        self._open_items = 0
        self._all_done = Event()
        self._all_done.set()
        self._setup(maxsize)

    def _setup(self, maxsize):
        self._items = _deque()

    def _take(self):
        return self._items.popleft()

    def _store(self, item):
        self._items.append(item)

    def __repr__(self):
        return '<%s maxsize=%r>' % (type(self).__name__, self._limit)

    @property
    def maxsize(self):
        return self._limit

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._limit <= self.qsize()

    def _wake(self, waiters):
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
                return

    async def put(self, item):
        while self.full():
            slot = self._bound_loop().create_future()
            self._put_waiters.append(slot)
            try:
                await slot
            except BaseException:
                slot.cancel()
                try:
                    self._put_waiters.remove(slot)
                except ValueError:
                    pass
                if not self.full() and not slot.cancelled():
                    self._wake(self._put_waiters)
                raise
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._store(item)
        self._open_items += 1
        self._all_done.clear()
        self._wake(self._get_waiters)

    async def get(self):
        while self.empty():
            slot = self._bound_loop().create_future()
            self._get_waiters.append(slot)
            try:
                await slot
            except BaseException:
                slot.cancel()
                try:
                    self._get_waiters.remove(slot)
                except ValueError:
                    pass
                if not self.empty() and not slot.cancelled():
                    self._wake(self._get_waiters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._take()
        self._wake(self._put_waiters)
        return item

    def task_done(self):
        if self._open_items <= 0:
            raise ValueError('task_done() called too many times')
        self._open_items -= 1
        if self._open_items == 0:
            self._all_done.set()

    async def join(self):
        if self._open_items > 0:
            await self._all_done.wait()


class PriorityQueue(Queue):
    """A Queue returning the smallest item first."""

    def _setup(self, maxsize):
        self._items = []

    def _store(self, item):
        _heapq.heappush(self._items, item)

    def _take(self):
        return _heapq.heappop(self._items)


class LifoQueue(Queue):
    """A Queue returning the most recently added item first."""

    def _setup(self, maxsize):
        self._items = []

    def _store(self, item):
        self._items.append(item)

    def _take(self):
        return self._items.pop()


for _c in (Lock, Event, Condition, Semaphore, BoundedSemaphore):
    _c.__module__ = 'asyncio.locks'
for _c in (Queue, PriorityQueue, LifoQueue):
    _c.__module__ = 'asyncio.queues'
del _c
