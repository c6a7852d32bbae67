# The core of Pyrite's `asyncio` (see asyncio.py, which re-exports it):
# exceptions, the event loop, Handle/TimerHandle, Future, Task, sleep and
# the running-loop bookkeeping.

import sys as _sys
import time as _time
import heapq as _heapq
from collections import deque as _deque


# ----- exceptions -----

class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state of the Future."""


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() on a full queue."""


for _cls in (CancelledError, InvalidStateError):
    _cls.__module__ = 'asyncio.exceptions'
for _cls in (QueueEmpty, QueueFull):
    _cls.__module__ = 'asyncio.queues'
del _cls

TimeoutError = TimeoutError

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


# ----- coroutine helpers -----



async def _probe():
    pass


_p = _probe()
_CoroutineType = type(_p)
_p.close()
del _p, _probe


def iscoroutine(obj):
    """Whether obj is a coroutine object."""
    return isinstance(obj, _CoroutineType)


def iscoroutinefunction(func):
    """Whether func is an `async def` function."""
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def isfuture(obj):
    """Whether obj is a Future (or Future-like, as asyncio duck-types them)."""
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None


# ----- the running loop -----

_running = [None]
_current_loop = [None]


def _get_running_loop():
    return _running[0]


def get_running_loop():
    """The event loop running the current task; RuntimeError outside one."""
    loop = _running[0]
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """The running loop, else the current one (made on first use)."""
    loop = _running[0]
    if loop is not None:
        return loop
    if _current_loop[0] is None:
        import warnings
        warnings.warn('There is no current event loop', DeprecationWarning, stacklevel=2)
        _current_loop[0] = new_event_loop()
    return _current_loop[0]


def set_event_loop(loop):
    """Makes loop the current event loop (None forgets it)."""
    _current_loop[0] = loop


def new_event_loop():
    """A new, not yet running event loop."""
    return BaseEventLoop()


# ----- callbacks -----

def _describe_callback(cb):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None)
    return name if name is not None else repr(cb)


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

    def __repr__(self):
        return '<_UnixSelectorEventLoop running=%s closed=%s debug=%s>' % (
            self.is_running(), self._closed, self._debug)

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

    async def shutdown_asyncgens(self):
        pass

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
            _time.sleep(wait)
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
        try:
            while True:
                self._run_once()
                if self._stop_flag:
                    break
        finally:
            self._stop_flag = False
            self._thread_running = False
            _running[0] = None

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


def _stop_loop_of(fut):
    fut.get_loop().stop()


# ----- futures -----

_ST_PENDING = 'PENDING'
_ST_CANCELLED = 'CANCELLED'
_ST_FINISHED = 'FINISHED'


class Future:
    """The eventual result of an asynchronous operation."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._phase = _ST_PENDING
        self._outcome = None
        self._error = None
        self._done_cbs = []
        self._cancel_msg = None
        self._saved_cancel = None
        self._unretrieved = False

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_parts()))

    def _repr_parts(self):
        parts = [self._phase.lower()]
        if self._phase == _ST_FINISHED:
            if self._error is not None:
                parts.append('exception=%r' % (self._error,))
            else:
                parts.append('result=%r' % (self._outcome,))
        if self._done_cbs:
            names = [_describe_callback(cb) for cb in self._done_cbs]
            parts.append('cb=[%s]' % ', '.join(names))
        return parts

    def get_loop(self):
        return self._loop

    def done(self):
        return self._phase != _ST_PENDING

    def cancelled(self):
        return self._phase == _ST_CANCELLED

    def _cancel_error(self):
        if self._saved_cancel is not None:
            exc = self._saved_cancel
            self._saved_cancel = None
            return exc
        if self._cancel_msg is None:
            return CancelledError()
        return CancelledError(self._cancel_msg)

    def cancel(self, msg=None):
        if self._phase != _ST_PENDING:
            return False
        self._phase = _ST_CANCELLED
        self._cancel_msg = msg
        self._fire_callbacks()
        return True

    def result(self):
        if self._phase == _ST_CANCELLED:
            raise self._cancel_error()
        if self._phase != _ST_FINISHED:
            raise InvalidStateError('Result is not set.')
        self._unretrieved = False
        if self._error is not None:
            raise self._error.with_traceback(self._error.__traceback__)
        return self._outcome

    def exception(self):
        if self._phase == _ST_CANCELLED:
            raise self._cancel_error()
        if self._phase != _ST_FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._unretrieved = False
        return self._error

    def set_result(self, result):
        if self._phase != _ST_PENDING:
            raise InvalidStateError('%s: %r' % (self._phase, self))
        self._outcome = result
        self._phase = _ST_FINISHED
        self._fire_callbacks()

    def set_exception(self, exception):
        if self._phase != _ST_PENDING:
            raise InvalidStateError('%s: %r' % (self._phase, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._error = exception
        self._phase = _ST_FINISHED
        self._unretrieved = True
        self._fire_callbacks()

    def add_done_callback(self, fn, *, context=None):
        if self._phase != _ST_PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._done_cbs.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._done_cbs if cb != fn]
        removed = len(self._done_cbs) - len(kept)
        self._done_cbs = kept
        return removed

    def _fire_callbacks(self):
        callbacks, self._done_cbs = self._done_cbs, []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


# ----- tasks -----

_task_counter = [0]
_current_tasks = {}
_all_tasks = []


class Task(Future):
    """A coroutine driven by the event loop, itself a Future of its result."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._unretrieved = False
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        if name is None:
            _task_counter[0] += 1
            name = 'Task-%d' % _task_counter[0]
        self._name = str(name)
        self._coro = coro
        self._waiting_on = None
        self._cancel_pending = False
        self._cancel_requests = 0
        self._loop.call_soon(self._step)
        _all_tasks.append(self)

    def _repr_parts(self):
        parts = super()._repr_parts()
        parts.insert(1, 'name=%r' % (self._name,))
        parts.insert(2, 'coro=<%s()>' % (getattr(self._coro, '__qualname__', '?'),))
        if self._waiting_on is not None:
            parts.append('wait_for=%r' % (self._waiting_on,))
        return parts

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_context(self):
        return None

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests > 0:
            self._cancel_requests -= 1
        return self._cancel_requests

    def cancel(self, msg=None):
        if self.done():
            return False
        self._cancel_requests += 1
        waiting = self._waiting_on
        if waiting is not None and waiting.cancel(msg=msg):
            # The wake-up throws the CancelledError into the coroutine.
            return True
        self._cancel_pending = True
        self._cancel_msg = msg
        return True

    def _finish(self, state, value=None):
        # Future.set_result/set_exception, which Task itself refuses.
        if state == _ST_FINISHED:
            Future.set_result(self, value)
        else:
            Future.set_exception(self, value)

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError('_step(): already done: %r, %r' % (self, exc))
        if self._cancel_pending:
            if not isinstance(exc, CancelledError):
                exc = self._cancel_error()
            self._cancel_pending = False
        self._waiting_on = None
        loop = self._loop
        previous = _current_tasks.get(loop)
        _current_tasks[loop] = self
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as stop:
            if self._cancel_pending:
                self._cancel_pending = False
                Future.cancel(self, msg=self._cancel_msg)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._saved_cancel = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            Future.set_exception(self, error)
        else:
            self._after_yield(yielded)
        finally:
            if previous is None:
                _current_tasks.pop(loop, None)
            else:
                _current_tasks[loop] = previous
            if self.done():
                try:
                    _all_tasks.remove(self)
                except ValueError:
                    pass

    def _after_yield(self, yielded):
        loop = self._loop
        if yielded is None:
            # A bare yield (sleep(0)): run again in the next iteration.
            loop.call_soon(self._step)
            return
        if getattr(yielded, '_asyncio_future_blocking', None) is not None:
            if yielded.get_loop() is not loop:
                err = RuntimeError('Task %r got Future %r attached to a different loop' % (self, yielded))
                loop.call_soon(self._step, err)
            elif not yielded._asyncio_future_blocking:
                err = RuntimeError('yield was used instead of yield from in task %r with %r' % (self, yielded))
                loop.call_soon(self._step, err)
            elif yielded is self:
                err = RuntimeError('Task cannot await on itself: %r' % (self,))
                loop.call_soon(self._step, err)
            else:
                yielded._asyncio_future_blocking = False
                yielded.add_done_callback(self._wakeup)
                self._waiting_on = yielded
                if self._cancel_pending and yielded.cancel(msg=self._cancel_msg):
                    self._cancel_pending = False
            return
        err = RuntimeError('Task got bad yield: %r' % (yielded,))
        loop.call_soon(self._step, err)

    def _wakeup(self, fut):
        try:
            fut.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def current_task(loop=None):
    """The task running in loop (the running loop by default), or None."""
    if loop is None:
        loop = get_running_loop()
    task = _current_tasks.get(loop)
    return task


def all_tasks(loop=None):
    """The set of not yet finished tasks of loop (the running loop by default)."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


def create_task(coro, *, name=None, context=None):
    """Wraps coro in a Task scheduled on the running loop."""
    return get_running_loop().create_task(coro, name=name)


def ensure_future(obj, *, loop=None):
    """obj itself if it is a Future, else a Task running the awaitable."""
    if isfuture(obj):
        if loop is not None and loop is not obj.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return obj
    if not iscoroutine(obj):
        if hasattr(obj, '__await__'):
            obj = _await_it(obj)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(obj)


async def _await_it(awaitable):
    return await awaitable


class _Yield:
    # A bare yield to the loop (what sleep(0) awaits).
    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspends the current task for delay seconds (sleep(0) just yields once)."""
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        timer.cancel()
