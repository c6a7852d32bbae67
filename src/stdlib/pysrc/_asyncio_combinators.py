# Part of Pyrite's `asyncio` (see asyncio.py): the combinators gather,
# shield, wait_for, wait, as_completed, the 3.11 timeouts and TaskGroup.
# Imported by asyncio at the end of its own definitions.

from _asyncio_core import (
    ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, CancelledError, Future,
    current_task, ensure_future, get_event_loop, get_running_loop, iscoroutine,
    isfuture,
)


# ----- combinators -----

class _GatheringFuture(Future):
    def __init__(self, parts, *, loop):
        super().__init__(loop=loop)
        self._parts = parts
        self._cancel_asked = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._parts:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_asked = True
        return any_cancelled


def gather(*aws, return_exceptions=False):
    """A future of the results of all aws, in their order."""
    if not aws:
        combined = get_event_loop().create_future()
        combined.set_result([])
        return combined
    loop = None
    by_arg = {}
    parts = []
    for aw in aws:
        key = id(aw)
        if key in by_arg:
            fut = by_arg[key][1]
        else:
            fut = ensure_future(aw, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            by_arg[key] = (aw, fut)
        parts.append(fut)
    combined = _GatheringFuture(parts, loop=loop)
    state = {'finished': 0}
    total = len(set(map(id, parts)))

    def on_child_done(child):
        state['finished'] += 1
        if combined.done():
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            if child.cancelled():
                combined.set_exception(child._cancel_error())
                return
            err = child.exception()
            if err is not None:
                combined.set_exception(err)
                return
        if state['finished'] < total:
            return
        results = []
        for fut in parts:
            if fut.cancelled():
                results.append(fut._cancel_error() if fut._cancel_msg is None
                               else CancelledError(fut._cancel_msg))
            else:
                err = fut.exception()
                results.append(err if err is not None else fut.result())
        if combined._cancel_asked:
            combined.set_exception(CancelledError())
        else:
            combined.set_result(results)

    seen = set()
    for fut in parts:
        if id(fut) not in seen:
            seen.add(id(fut))
            fut.add_done_callback(on_child_done)
    return combined


def shield(aw):
    """Protects aw from cancellation of the task awaiting the result."""
    inner = ensure_future(aw)
    if inner.done():
        return inner
    loop = inner.get_loop()
    combined = loop.create_future()

    def inner_done(f):
        if combined.cancelled():
            if not f.cancelled():
                f.exception()
            return
        if f.cancelled():
            combined.cancel()
        elif f.exception() is not None:
            combined.set_exception(f.exception())
        else:
            combined.set_result(f.result())

    def outer_done(f):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    combined.add_done_callback(outer_done)
    return combined


def _release(gate, *args):
    if not gate.done():
        gate.set_result(None)


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    gate = loop.create_future()

    def done(f):
        _release(gate)

    fut.add_done_callback(done)
    try:
        fut.cancel()
        await gate
    finally:
        fut.remove_done_callback(done)


async def wait_for(fut, timeout):
    """Awaits fut, cancelling it and raising TimeoutError after timeout seconds."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    gate = loop.create_future()
    timer = loop.call_later(timeout, _release, gate)
    fut = ensure_future(fut, loop=loop)

    def on_done(f):
        _release(gate)

    fut.add_done_callback(on_done)
    try:
        try:
            await gate
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_done)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(on_done)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures/tasks fs: a (done, pending) pair of sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    gate = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release, gate)
    remaining = [len(fs)]

    def on_done(f):
        remaining[0] -= 1
        finished = (remaining[0] <= 0 or return_when == FIRST_COMPLETED
                    or (return_when == FIRST_EXCEPTION and not f.cancelled()
                        and f.exception() is not None))
        if finished:
            if timer is not None:
                timer.cancel()
            _release(gate)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await gate
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """Yields awaitables giving the results of fs in the order they finish."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not %s' % type(fs).__name__)
    loop = get_event_loop()
    unfinished = {ensure_future(f, loop=loop) for f in set(fs)}
    from _asyncio_sync import Queue
    finished = Queue()
    timer = None

    def on_timeout():
        for f in unfinished:
            f.remove_done_callback(on_done)
            finished.put_nowait(None)
        unfinished.clear()

    def on_done(f):
        if not unfinished:
            return
        unfinished.discard(f)
        finished.put_nowait(f)
        if not unfinished and timer is not None:
            timer.cancel()

    async def next_result():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in unfinished:
        f.add_done_callback(on_done)
    if unfinished and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(unfinished)):
        yield next_result()


# ----- timeouts (3.11) -----

class Timeout:
    """The async context manager of timeout()/timeout_at()."""

    def __init__(self, when):
        self._due = when
        self._phase = 'created'
        self._timer = None
        self._task = None

    def __repr__(self):
        extra = ' when=%s' % (self._due,) if self._phase == 'entered' else ''
        return '<Timeout [%s]%s>' % (self._phase, extra)

    def when(self):
        return self._due

    def reschedule(self, when):
        if self._phase != 'entered':
            raise RuntimeError('Timeout has not been entered')
        self._due = when
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if when is not None:
            loop = get_running_loop()
            if when <= loop.time():
                self._timer = loop.call_soon(self._expire)
            else:
                self._timer = loop.call_at(when, self._expire)

    def expired(self):
        return self._phase in ('expiring', 'expired')

    def _expire(self):
        self._task.cancel()
        self._phase = 'expiring'
        self._timer = None

    async def __aenter__(self):
        self._phase = 'entered'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._due)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._phase == 'expiring':
            self._phase = 'expired'
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                raise TimeoutError from exc
        elif self._phase == 'entered':
            self._phase = 'exited'
        return None


def timeout(delay):
    """An async context manager cancelling its body after delay seconds
    (TimeoutError outside); None means no limit."""
    return Timeout(None if delay is None else get_running_loop().time() + delay)


def timeout_at(when):
    """Like timeout() with an absolute loop time."""
    return Timeout(when)


# ----- TaskGroup (3.11) -----

class TaskGroup:
    """An async context manager owning tasks: leaving it waits for all of
    them; the first failure cancels the others and the group raises an
    ExceptionGroup of the errors."""

    def __init__(self):
        self._inside = False
        self._leaving = False
        self._shutting = False
        self._loop = None
        self._owner = None
        self._owner_cancelled = False
        self._members = set()
        self._failures = []
        self._fatal = None
        self._drained = None

    def __repr__(self):
        parts = []
        if self._members:
            parts.append('tasks=%d' % len(self._members))
        if self._failures:
            parts.append('errors=%d' % len(self._failures))
        if self._shutting:
            parts.append('cancelling')
        elif self._inside:
            parts.append('entered')
        return '<TaskGroup%s>' % (''.join(' ' + p for p in parts),)

    async def __aenter__(self):
        if self._inside:
            raise RuntimeError('TaskGroup %r has already been entered' % (self,))
        self._loop = get_running_loop()
        self._owner = current_task()
        if self._owner is None:
            raise RuntimeError('TaskGroup %r cannot determine the parent task' % (self,))
        self._inside = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._leaving = True
        if exc is not None and self._fatal_kind(exc) and self._fatal is None:
            self._fatal = exc
        propagate_cancel = None
        if et is CancelledError:
            if self._owner_cancelled and not self._owner.uncancel():
                # Our own cancellation of the parent: swallowed below.
                pass
            else:
                propagate_cancel = exc
        if et is not None and not self._shutting:
            self._cancel_members()
        while self._members:
            if self._drained is None:
                self._drained = self._loop.create_future()
            try:
                await self._drained
            except CancelledError as cancel:
                if not self._shutting:
                    propagate_cancel = cancel
                    self._cancel_members()
            self._drained = None
        if self._fatal is not None:
            raise self._fatal
        if propagate_cancel is not None and not self._failures:
            raise propagate_cancel
        if et is not None and et is not CancelledError:
            self._failures.append(exc)
        if self._failures:
            errors = self._failures
            self._failures = None
            # Only Exceptions: an ExceptionGroup (what BaseExceptionGroup
            # itself picks in CPython).
            if all(isinstance(e, Exception) for e in errors):
                raise ExceptionGroup('unhandled errors in a TaskGroup', errors)
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors)
        return None

    def create_task(self, coro, *, name=None, context=None):
        if not self._inside:
            raise RuntimeError('TaskGroup %r has not been entered' % (self,))
        if self._leaving and not self._members:
            raise RuntimeError('TaskGroup %r is finished' % (self,))
        if self._shutting:
            raise RuntimeError('TaskGroup %r is shutting down' % (self,))
        task = self._loop.create_task(coro, name=name)
        if task.done():
            self._member_done(task)
        else:
            self._members.add(task)
            task.add_done_callback(self._member_done)
        return task

    def _fatal_kind(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _cancel_members(self):
        self._shutting = True
        for t in self._members:
            if not t.done():
                t.cancel()

    def _member_done(self, task):
        self._members.discard(task)
        if self._drained is not None and not self._members:
            if not self._drained.done():
                self._drained.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._failures.append(exc)
        if self._fatal_kind(exc) and self._fatal is None:
            self._fatal = exc
        if self._owner.done():
            return
        if not self._shutting and not self._owner_cancelled:
            self._cancel_members()
            self._owner_cancelled = True
            self._owner.cancel()


for _c in (Timeout, TaskGroup):
    _c.__module__ = 'asyncio'
del _c
