"""Time small snippets of Python code.

Command line: pyrite -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [statement ...]

  -n N, --number=N   how many times to execute the statement (default: the
                     smallest of 1, 2, 5, 10, 20, 50, ... taking >= 0.2 s)
  -r N, --repeat=N   how many times to repeat the timer (default 5)
  -s S, --setup=S    statement run once before timing (default 'pass';
                     may be given several times, one line each)
  -p, --process      measure process time (time.process_time), not wall time
  -u U, --unit=U     show times in U: nsec, usec, msec or sec
  -v, --verbose      print the raw timings; twice or more: more digits
  -h, --help         print this text and exit
  statement          the statement to time (default 'pass'; several
                     arguments are the lines of one statement)

The result is the best of the repeats divided by the number of executions.
The statement runs inside a generated function, so names it assigns are
locals and the setup's names are visible to it.
"""
# timeit for Pyrite (Timer, timeit, repeat and the command line), written
# from the documented behaviour of CPython 3.11's timeit module.

import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer", "main"]

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
        """Prints the traceback of the exception being handled, with the
        lines of the generated timing code (registered in linecache)."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"), dummy_src_name)
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


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def _format_time(dt, unit, precision):
    """`dt` seconds in `unit`, or in the largest unit not above it."""
    if unit is None:
        unit = "nsec"
        for name, scale in sorted(_UNITS.items(), key=lambda kv: -kv[1]):
            if dt >= scale:
                unit = name
                break
    return "%.*g %s" % (precision, dt / _UNITS[unit], unit)


def main(args=None, *, _wrap_timer=None):
    """The command line (see the module docstring); `args` defaults to
    sys.argv[1:]. Returns the exit status (None for success)."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:tcpvh",
                                   ["number=", "setup=", "repeat=", "time", "clock",
                                    "process", "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setup_lines = []
    repeat_count = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for opt, value in opts:
        if opt in ("-n", "--number"):
            number = int(value)
        elif opt in ("-s", "--setup"):
            setup_lines.append(value)
        elif opt in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
            unit = value
        elif opt in ("-r", "--repeat"):
            repeat_count = max(int(value), 1)
        elif opt in ("-p", "--process"):
            timer = time.process_time
        elif opt in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        elif opt in ("-h", "--help"):
            print(__doc__, end=" ")
            return 0
    setup = "\n".join(setup_lines) or "pass"
    # Local modules of the current directory can be imported by the setup.
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(n, taken):
                print("{} loop{} -> {:.{}g} secs".format(n, "s" if n != 1 else "", taken, precision))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeat_count, number)
    except:
        t.print_exc()
        return 1
    if verbose:
        print("raw times: %s" % ", ".join(_format_time(dt, unit, precision) for dt in raw))
        print()
    per_loop = [dt / number for dt in raw]
    best, worst = min(per_loop), max(per_loop)
    print("%d loop%s, best of %d: %s per loop"
          % (number, "s" if number != 1 else "", repeat_count, _format_time(best, unit, precision)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was "
                               "more than four times slower than the best time (%s)."
                               % (_format_time(worst, unit, precision), _format_time(best, unit, precision)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
