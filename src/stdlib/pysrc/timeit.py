# timeit for Pyrite: time small snippets (Timer, timeit, repeat), written
# from the documented behaviour of CPython 3.11's timeit module.  The
# statement runs inside a generated function, as in CPython, so names it
# assigns are locals and setup's names are visible to it.

import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_BODY = '''
def inner(_it, _timer{extra_args}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
'''


def _indented(code, depth):
    return code.replace('\n', '\n' + ' ' * depth)


def _check_alone(code, what):
    # A statement string must compile on its own.
    compile(code, dummy_src_name, 'exec')


class Timer:
    """Times the execution of `stmt` after running `setup` once."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        scope = {} if globals is None else globals
        extra = ''
        if isinstance(setup, str):
            _check_alone(setup, 'setup')
            setup_code = _indented(setup, 4)
        elif callable(setup):
            namespace['_setup'] = setup
            extra += ', _setup=_setup'
            setup_code = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            _check_alone(setup + '\n' + stmt if isinstance(setup, str) else stmt, 'stmt')
            stmt_code = _indented(stmt, 8)
        elif callable(stmt):
            namespace['_stmt'] = stmt
            extra += ', _stmt=_stmt'
            stmt_code = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        source = _BODY.format(stmt=stmt_code, setup=setup_code, extra_args=extra)
        self.src = source
        code = compile(source, dummy_src_name, 'exec')
        exec(code, scope, namespace)
        self.inner = namespace['inner']

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        loops = itertools.repeat(None, number)
        return self.inner(loops, self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Finds a loop count (1, 2, 5, 10, 20, 50, ...) taking at least
        0.2 s; returns (number, time_taken)."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
