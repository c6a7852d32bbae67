# Part of Pyrite's `asyncio` (see asyncio.py): Handle, TimerHandle and the
# event loop (ready callbacks FIFO, one batch per iteration; timers on a
# heap by deadline). Its frames show in tracebacks, as base_events.py's do
# in CPython; those of _asyncio_core (C in CPython) do not.

import sys as _sys
import time as _time
import heapq as _heapq
import weakref as _weakref
from collections import deque as _deque

from _asyncio_core import Future, Task, ensure_future, isfuture, _running


# ----- callbacks -----

from _asyncio_core import _describe_callback


class Handle:
    """A callback scheduled with call_soon (cancel() to drop it)."""

    __slots__ = ('_fn', '_fn_args', '_cancelled', '_loop', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._fn = callback
        self._fn_args = args
        self._cancelled = False
        self._loop = loop

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        return '<%s%s %s()>' % (type(self).__name__, state, _describe_callback(self._fn))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._fn = None
            self._fn_args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _run(self):
        try:
            self._fn(*self._fn_args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback %s()' % _describe_callback(self._fn),
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled to run at a given loop time."""

    __slots__ = ('_due', '_scheduled')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._due = when
        self._scheduled = False

    def when(self):
        return self._due

    def __lt__(self, other):
        return self._due < other._due

    def __le__(self, other):
        return self._due <= other._due

    def __gt__(self, other):
        return self._due > other._due

    def __ge__(self, other):
        return self._due >= other._due

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_cancelled()
        super().cancel()


# ----- the event loop -----

class AbstractEventLoop:
    """Base class of event loops."""


class BaseEventLoop(AbstractEventLoop):
    """An event loop without I/O: ready callbacks and timers."""

    def __init__(self):
        self._soon = _deque()
        self._timers = []
        self._timer_seq = 0
        self._cancelled_timers = 0
        self._stop_flag = False
        self._closed = False
        self._thread_running = False
        self._err_handler = None
        self._debug = False
        # The async generators first iterated while this loop ran (weakly).
        self._asyncgens = _weakref.WeakSet()
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self.is_running(), self._closed, self._debug)

    # -- state --
    def time(self):
        return _time.monotonic()

    def is_running(self):
        return self._thread_running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def close(self):
        if self._thread_running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._soon.clear()
        self._timers.clear()

    def stop(self):
        self._stop_flag = True

    # -- scheduling --
    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self, context)
        self._soon.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        h = TimerHandle(when, callback, args, self, context)
        self._timer_seq += 1
        _heapq.heappush(self._timers, (when, self._timer_seq, h))
        h._scheduled = True
        return h

    def _timer_cancelled(self):
        self._cancelled_timers += 1

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError('run_in_executor is not supported by Pyrite (no threads)')

    def set_default_executor(self, executor):
        raise NotImplementedError('executors are not supported by Pyrite (no threads)')

    # -- async generators (sys.set_asyncgen_hooks while running) --
    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Closes every async generator still open that this loop saw."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        from _asyncio_combinators import gather
        results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        pass

    # -- errors --
    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, got %r' % (handler,))
        self._err_handler = handler

    def get_exception_handler(self):
        return self._err_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append('%s: %r' % (key, context[key]))
        exc = context.get('exception')
        text = '\n'.join(lines) + '\n'
        if exc is not None:
            import traceback
            text += ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        _sys.stderr.write(text)

    def call_exception_handler(self, context):
        if self._err_handler is None:
            self.default_exception_handler(context)
            return
        try:
            self._err_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self.default_exception_handler({
                'message': 'Unhandled error in exception handler',
                'exception': exc,
                'context': context,
            })

    # -- running --
    def _run_once(self):
        timers = self._timers
        # Forget cancelled timers at the front of the heap.
        while timers and timers[0][2]._cancelled:
            _heapq.heappop(timers)[2]._scheduled = False
            self._cancelled_timers -= 1
        if self._soon or self._stop_flag:
            wait = 0
        elif timers:
            wait = timers[0][0] - self.time()
        else:
            wait = None
        if wait is None:
            # Nothing can ever wake this loop up (no I/O here): CPython
            # would block forever in select(); so do we, interruptibly.
            while True:
                _time.sleep(3600)
        if wait > 0:
            # Whole milliseconds, rounded up, as epoll waits: timers due
            # within the same millisecond then run in the same iteration.
            _time.sleep(-(-wait * 1000 // 1) / 1000)
        deadline = self.time() + 1e-9
        while timers:
            when, _, h = timers[0]
            if h._cancelled:
                _heapq.heappop(timers)
                h._scheduled = False
                self._cancelled_timers -= 1
                continue
            if when >= deadline:
                break
            _heapq.heappop(timers)
            h._scheduled = False
            self._soon.append(h)
        ready = self._soon
        for _ in range(len(ready)):
            h = ready.popleft()
            if not h._cancelled:
                h._run()

    def run_forever(self):
        self._check_closed()
        if self._thread_running:
            raise RuntimeError('This event loop is already running')
        if _running[0] is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._thread_running = True
        _running[0] = self
        old_hooks = _sys.get_asyncgen_hooks()
        _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stop_flag:
                    break
        finally:
            self._stop_flag = False
            self._thread_running = False
            _running[0] = None
            _sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        if self._thread_running:
            raise RuntimeError('This event loop is already running')
        made_here = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop_of)
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                # Mark the error as seen: it propagates from here.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop_of)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop new_event_loop() makes (named as CPython's default loop)."""


def _stop_loop_of(fut):
    fut.get_loop().stop()
