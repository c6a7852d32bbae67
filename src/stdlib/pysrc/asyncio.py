# Pyrite's `asyncio`, written for Pyrite from the documented behaviour of
# CPython 3.11's asyncio: a single-threaded event loop without I/O (ready
# callbacks run FIFO, one batch per loop iteration; timers wait on a heap
# ordered by their monotonic deadline and sleep the process until the
# first is due), Future, Task, the combinators (gather, wait, wait_for,
# as_completed, shield, timeout, TaskGroup) and the synchronization
# primitives (Lock, Event, Semaphore, Condition, Queue). There are no
# sockets, subprocesses, threads or executors: those raise
# NotImplementedError.


__all__ = [
    'AbstractEventLoop', 'BaseEventLoop', 'BoundedSemaphore', 'CancelledError',
    'Condition', 'Event', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'Future', 'Handle', 'InvalidStateError', 'LifoQueue', 'Lock',
    'PriorityQueue', 'Queue', 'QueueEmpty', 'QueueFull', 'Runner', 'Semaphore',
    'Task', 'TaskGroup', 'TimeoutError', 'Timeout', 'TimerHandle', 'all_tasks',
    'as_completed', 'create_task', 'current_task', 'ensure_future',
    'gather', 'get_event_loop', 'get_running_loop', 'iscoroutine',
    'iscoroutinefunction', 'isfuture', 'new_event_loop', 'run', 'set_event_loop',
    'shield', 'sleep', 'timeout', 'timeout_at', 'wait', 'wait_for',
]

from _asyncio_core import (
    ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
    CancelledError, Future, InvalidStateError, QueueEmpty,
    QueueFull, Task, TimeoutError, all_tasks, create_task,
    current_task, ensure_future, get_event_loop, get_running_loop, iscoroutine,
    iscoroutinefunction, isfuture, new_event_loop, set_event_loop, sleep,
    _all_tasks, _running,
)
from _asyncio_loop import AbstractEventLoop, BaseEventLoop, Handle, TimerHandle
from _asyncio_combinators import (
    gather, shield, wait_for, wait, as_completed, Timeout, timeout, timeout_at, TaskGroup,
)
from _asyncio_sync import (
    Lock, Event, Condition, Semaphore, BoundedSemaphore, Queue, PriorityQueue, LifoQueue,
)


# ----- running a program -----

def _cancel_leftovers(loop):
    left = [t for t in _all_tasks if t._loop is loop and not t.done()]
    if not left:
        return
    for t in left:
        t.cancel()
    loop.run_until_complete(gather(*left, return_exceptions=True))
    for t in left:
        if t.cancelled():
            continue
        if t.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': t.exception(),
                'task': t,
            })


class Runner:
    """Runs coroutines in one event loop (asyncio.run's machinery)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._factory = loop_factory
        self._loop = None
        self._phase = 'created'

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, et, exc, tb):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def _lazy_init(self):
        if self._phase == 'closed':
            raise RuntimeError('Runner is closed')
        if self._phase == 'initialized':
            return
        self._loop = new_event_loop() if self._factory is None else self._factory()
        if self._factory is None:
            set_event_loop(self._loop)
        if self._debug is not None:
            self._loop.set_debug(bool(self._debug))
        self._phase = 'initialized'

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got %r' % (coro,))
        if _running[0] is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        loop = self._loop
        return loop.run_until_complete(loop.create_task(coro))

    def close(self):
        if self._phase != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_leftovers(loop)
            finalize = loop.shutdown_asyncgens()
            loop.run_until_complete(finalize)
        finally:
            if self._factory is None:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._phase = 'closed'


def run(main, *, debug=None):
    """Runs the coroutine main in a new event loop and returns its result."""
    if _running[0] is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    runner = Runner(debug=debug)
    try:
        return runner.run(main)
    finally:
        runner.close()


async def to_thread(func, *args, **kwargs):
    raise NotImplementedError('asyncio.to_thread is not supported by Pyrite (no threads)')
