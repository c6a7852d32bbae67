# The interpreter's printer of exception groups (sys.excepthook), and an
# uncaught group at the end (exit status 1, last stderr line checked).
import sys
import os as _os


class _RelativePaths:
    """stdout with this script's directory cut from paths (outputs do not depend on the checkout's location)."""
    def write(self, s):
        return sys.__stdout__.write(s.replace(_os.path.dirname(__file__) + _os.sep, ""))

    def flush(self):
        sys.__stdout__.flush()


sys.stderr = sys.stdout = _RelativePaths()


def show(e):
    sys.excepthook(type(e), e, e.__traceback__)
    print("-----")


def f():
    raise ValueError(1)


def g():
    try:
        f()
    except ValueError as e:
        eg = ExceptionGroup("inner", [e, TypeError(2)])
        eg.add_note("a note")
        raise eg


try:
    try:
        g()
    except* ValueError:
        raise KeyError("k")
except ExceptionGroup as e:
    show(e)

e = ValueError("multi\nline")
e.add_note("n1\nn2")
e.add_note("n3")
show(ExceptionGroup("g", [e]))
e3 = TypeError("y")
e3.__notes__ = [1, "a"]
show(ExceptionGroup("g", [e3]))
x = ValueError("leaf")
for i in range(12):
    x = ExceptionGroup(f"d{i}", [x])
show(x)
show(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ExceptionGroup("ctx", [ValueError("a"), ExceptionGroup("sub", [TypeError("b")])])
except ExceptionGroup as grp:
    try:
        raise RuntimeError("outer") from grp
    except RuntimeError as r:
        show(ExceptionGroup("top", [r, OSError("z")]))
plain = ValueError("plain")
plain.add_note("plain note")
show(plain)
sys.stderr = sys.__stderr__
# The last stderr line is the chained RuntimeError's (the group's box,
# printed first, ends with an indented rule the harness cannot compare).
raise RuntimeError("end") from ExceptionGroup("final", [ValueError(1), TypeError(2)])
