# The core of Pyrite's `asyncio` (see asyncio.py, which re-exports it):
# exceptions, Future, Task, sleep and the running-loop bookkeeping (the
# event loop itself is in _asyncio_loop).



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


def _gen():
    yield


_GeneratorType = type(_gen())
del _gen
_iscoroutine_typecache = {_CoroutineType, _GeneratorType}


def iscoroutine(obj):
    """Whether obj is a coroutine as asyncio sees one: a coroutine, a
    generator, or any collections.abc.Coroutine (asend/athrow awaitables)."""
    if type(obj) in _iscoroutine_typecache:
        return True
    import collections.abc
    if isinstance(obj, (_CoroutineType, _GeneratorType, collections.abc.Coroutine)):
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(type(obj))
        return True
    return False


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
        _current_loop[0] = new_event_loop()
    return _current_loop[0]


def set_event_loop(loop):
    """Makes loop the current event loop (None forgets it)."""
    _current_loop[0] = loop


def new_event_loop():
    """A new, not yet running event loop."""
    from _asyncio_loop import _UnixSelectorEventLoop
    return _UnixSelectorEventLoop()


def _describe_callback(cb):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None)
    return name if name is not None else repr(cb)


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
# Unfinished tasks, in creation order (a dict used as an ordered set).
_all_tasks = {}


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
        _all_tasks[self] = None

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
                _all_tasks.pop(self, None)

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
