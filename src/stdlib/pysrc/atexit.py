# atexit for Pyrite: callbacks registered here are run, last registered
# first, when the interpreter finishes the main module (normally, through
# sys.exit, or after an uncaught exception): the CLI calls _run_exitfuncs.

import sys

_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    _callbacks[:] = [entry for entry in _callbacks if not entry[0] == func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import traceback
            sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
            tb = exc.__traceback__
            traceback.print_exception(type(exc), exc, tb.tb_next if tb is not None else None,
                                      file=sys.stderr)
