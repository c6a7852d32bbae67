"""Utilities for `with` and `async with` statements: contextmanager,
asynccontextmanager, suppress, ExitStack, AsyncExitStack, closing,
aclosing, nullcontext, chdir, redirect_stdout/redirect_stderr and the
abstract base classes.  Written for Pyrite from the documented behaviour."""

import os
import sys
from abc import ABC, abstractmethod

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


def _copy_function_identity(wrapper, wrapped):
    # What functools.update_wrapper does, without importing functools.
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            val = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, val)
    extra = getattr(wrapped, "__dict__", None)
    if extra:
        wrapper.__dict__.update(extra)
    setattr(wrapper, "__wrapped__", wrapped)
    return wrapper


def _defines(cls, *names):
    # True when every name is found in the MRO and is not set to None.
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(ABC):
    """An ABC for classes with __enter__ (returning self by default) and
    __exit__."""

    __class_getitem__ = classmethod(type(list[int]))

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, et, ev, tb):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(ABC):
    """An ABC for classes with __aenter__ (returning self by default) and
    __aexit__."""

    __class_getitem__ = classmethod(type(list[int]))

    async def __aenter__(self):
        return self

    @abstractmethod
    async def __aexit__(self, et, ev, tb):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines(C, "__aenter__", "__aexit__")
        return NotImplemented


def _thrown_back(err, value, tb, stops):
    # `err` came out of a context manager's generator after `value` was
    # thrown into it: False (not swallowed) when it is `value` itself, or a
    # thrown-in StopIteration (one of `stops`) wrapped in a RuntimeError as
    # PEP 479 does; any other error is raised in its place.
    if err is value:
        err.__traceback__ = tb
        return False
    if isinstance(err, RuntimeError) and isinstance(value, stops) and err.__cause__ is value:
        value.__traceback__ = tb
        return False
    raise err


class ContextDecorator:
    """Base class letting a context manager be used as a function
    decorator: each call of the decorated function runs inside it."""

    def _recreate_cm(self):
        return self

    def __call__(self, function):
        def run_inside(*a, **kw):
            manager = self._recreate_cm()
            with manager:
                result = function(*a, **kw)
            return result
        return _copy_function_identity(run_inside, function)


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager returned by a @contextmanager function."""

    def __init__(self, factory, fargs, fkw):
        self._factory, self._fargs, self._fkw = factory, fargs, fkw
        self.gen = factory(*fargs, **fkw)
        self.__doc__ = getattr(factory, "__doc__", None) or type(self).__doc__

    def _recreate_cm(self):
        return type(self)(self._factory, self._fargs, self._fkw)

    def __enter__(self):
        # The arguments are only needed to rebuild the manager for a
        # decorated function; drop them once it is in use.
        self._factory = self._fargs = self._fkw = None
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, et, value, tb):
        gen = self.gen
        if et is None:
            try:
                next(gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = et()
        try:
            gen.throw(value)
        except StopIteration as stop:
            # The generator swallowed the exception (True) unless the
            # StopIteration is the very one we threw in.
            return stop is not value
        except BaseException as err:
            return _thrown_back(err, value, tb, StopIteration)
        raise RuntimeError("generator didn't stop after throw()")


class AsyncContextDecorator:
    """Base class letting an asynchronous context manager decorate a
    coroutine function: each call runs inside it."""

    def _recreate_cm(self):
        return self

    def __call__(self, function):
        async def run_inside(*a, **kw):
            async with self._recreate_cm():
                return await function(*a, **kw)
        return _copy_function_identity(run_inside, function)


class _AsyncGeneratorContextManager(AbstractAsyncContextManager, AsyncContextDecorator):
    """The asynchronous context manager returned by an
    @asynccontextmanager function (an async generator yielding once)."""

    def __init__(self, factory, fargs, fkw):
        self._factory, self._fargs, self._fkw = factory, fargs, fkw
        self.gen = factory(*fargs, **fkw)
        self.__doc__ = getattr(factory, "__doc__", None) or type(self).__doc__

    def _recreate_cm(self):
        return type(self)(self._factory, self._fargs, self._fkw)

    async def __aenter__(self):
        self._factory = self._fargs = self._fkw = None
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, et, value, tb):
        gen = self.gen
        if et is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = et()
        try:
            await gen.athrow(value)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as err:
            return _thrown_back(err, value, tb, (StopIteration, StopAsyncIteration))
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    """Decorator turning an async generator function that yields once into
    an asynchronous context manager factory."""
    def make_manager(*a, **kw):
        return _AsyncGeneratorContextManager(func, a, kw)
    return _copy_function_identity(make_manager, func)


def contextmanager(func):
    """Decorator turning a generator function that yields once into a
    context manager factory."""
    def make_manager(*a, **kw):
        return _GeneratorContextManager(func, a, kw)
    return _copy_function_identity(make_manager, func)


class closing(AbstractContextManager):
    """Calls `thing.close()` on exit; `with` binds `thing` itself."""

    def __init__(self, thing):
        self._thing = thing

    def __enter__(self):
        return self._thing

    def __exit__(self, *exc):
        self._thing.close()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; `with` / `async with` binds
    enter_result."""

    def __init__(self, enter_result=None):
        self._result = enter_result

    def __enter__(self):
        return self._result

    def __exit__(self, *exc):
        return None

    async def __aenter__(self):
        return self._result

    async def __aexit__(self, *exc):
        return None


class _StreamSwap(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._target)
        return self._target

    def __exit__(self, *exc):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_StreamSwap):
    """Points sys.stdout at another file-like object for the block."""
    _stream = "stdout"


class redirect_stderr(_StreamSwap):
    """Points sys.stderr at another file-like object for the block."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallows the listed exception types raised in the block."""

    def __init__(self, *exceptions):
        self._types = exceptions

    def __enter__(self):
        return None

    def __exit__(self, et, ev, tb):
        if et is None:
            return False
        return issubclass(et, self._types)


def _relink_context(new_exc, old_exc, outer):
    # Make the chain of `new_exc` end at `old_exc`, as it would have had the
    # callback raised while `old_exc` was being handled.  `outer` is the
    # exception being handled when __exit__ started: the chain is cut there.
    node = new_exc
    while True:
        ctx = node.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is outer:
            break
        node = ctx
    node.__context__ = old_exc


class _Unwinding:
    """The state of an exit stack unwinding: the exception the callbacks
    see (`incoming` at first; None once one swallowed it; the latest one a
    callback raised), chained as if each had been raised while the previous
    one was being handled."""

    def __init__(self, incoming):
        self.incoming = incoming
        self.outer = sys.exc_info()[1]
        self.current = incoming
        self.suppressed = False

    def args(self):
        current = self.current
        if current is None:
            return (None, None, None)
        return (type(current), current, current.__traceback__)

    def returned(self, result):
        if result:
            self.suppressed = True
            self.current = None

    def raised(self, exc):
        if self.current is not None:
            _relink_context(exc, self.current, self.outer)
        self.suppressed = False
        self.current = exc

    def finish(self):
        """The stack's __exit__ result, or the exception a callback raised
        (with the context the unwinding gave it)."""
        current = self.current
        if current is not None and current is not self.incoming:
            kept = current.__context__
            try:
                raise current
            except BaseException:
                current.__context__ = kept
                raise
        return self.incoming is not None and self.suppressed


class _ExitStackBase:
    """The callback stack shared by ExitStack and AsyncExitStack: entries
    are (is_sync, callback) pairs, unwound last first."""

    def __init__(self):
        self._pending = []

    def pop_all(self):
        """Moves all callbacks to a new stack of the same type and returns it."""
        fresh = type(self)()
        fresh._pending, self._pending = self._pending, []
        return fresh

    def push(self, exit):
        """Adds an __exit__-style callback (or a context manager's bound
        __exit__); returns `exit` so this can be a decorator."""
        self._push_exit(exit, "__exit__", True)
        return exit

    def _push_exit(self, exit, method, is_sync):
        exit_method = getattr(type(exit), method, None)
        if exit_method is None:
            self._pending.append((is_sync, exit))
        else:
            self._pending.append((is_sync, exit_method.__get__(exit, type(exit))))

    def _enter_methods(self, cm, enter_name, exit_name, protocol):
        kind = type(cm)
        try:
            enter = getattr(kind, enter_name)
            leave = getattr(kind, exit_name)
        except AttributeError:
            name = f"{kind.__module__}.{kind.__qualname__}"
            msg = f"'{name}' object does not support the {protocol} protocol"
            raise TypeError(msg) from None
        return enter, leave.__get__(cm, kind)

    def enter_context(self, cm):
        """Enters `cm`, schedules its __exit__ and returns what __enter__
        returned."""
        enter, leave = self._enter_methods(cm, "__enter__", "__exit__", "context manager")
        result = enter(cm)
        self._pending.append((True, leave))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Schedules `callback(*args, **kwds)` (exceptions are not passed
        to it); returns `callback`."""
        def call_it(et, ev, tb):
            callback(*args, **kwds)
        call_it.__wrapped__ = callback
        self._pending.append((True, call_it))
        return callback



class ExitStack(_ExitStackBase, AbstractContextManager):
    """Runs a dynamic stack of exit callbacks in reverse order on exit."""

    def close(self):
        """Unwinds the stack now."""
        self.__exit__(*(None,) * 3)

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        unwind = _Unwinding(ev)
        while len(self._pending) > 0:
            _, cb = self._pending.pop()
            try:
                unwind.returned(cb(*unwind.args()))
            except BaseException as raised:
                unwind.raised(raised)
        return unwind.finish()


class AsyncExitStack(_ExitStackBase, AbstractAsyncContextManager):
    """ExitStack for `async with`: also takes asynchronous context managers
    and callbacks, awaited when the stack unwinds."""

    async def enter_async_context(self, cm):
        """Enters the asynchronous context manager `cm` (awaiting its
        __aenter__), schedules its __aexit__ and returns the result."""
        enter, leave = self._enter_methods(cm, "__aenter__", "__aexit__", "asynchronous context manager")
        result = await enter(cm)
        self._pending.append((False, leave))
        return result

    def push_async_exit(self, exit):
        """Adds a coroutine function with __aexit__'s signature (or an
        asynchronous context manager's bound __aexit__); returns `exit`."""
        self._push_exit(exit, "__aexit__", False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Schedules `await callback(*args, **kwds)`; returns `callback`."""
        async def call_it(et, ev, tb):
            await callback(*args, **kwds)
        call_it.__wrapped__ = callback
        self._pending.append((False, call_it))
        return callback

    async def aclose(self):
        """Unwinds the stack now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, et, ev, tb):
        unwind = _Unwinding(ev)
        while len(self._pending) > 0:
            is_sync, cb = self._pending.pop()
            try:
                if is_sync:
                    unwind.returned(cb(*unwind.args()))
                else:
                    unwind.returned(await cb(*unwind.args()))
            except BaseException as raised:
                unwind.raised(raised)
        return unwind.finish()


class aclosing(AbstractAsyncContextManager):
    """`async with aclosing(thing)`: awaits thing.aclose() on the way out."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc):
        await self.thing.aclose()


class chdir(AbstractContextManager):
    """Changes the working directory to `path` for the `with` block and
    back on the way out (nestable, not reentrant across threads)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc):
        os.chdir(self._old_cwd.pop())
