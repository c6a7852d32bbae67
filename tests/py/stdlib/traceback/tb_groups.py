# traceback.format_exception / print_exception / TracebackException on exception groups.
import traceback, sys
import os as _os


class _RelativePaths:
    """stdout with this script's directory cut from paths (outputs do not depend on the checkout's location)."""
    def write(self, s):
        return sys.__stdout__.write(s.replace(_os.path.dirname(__file__) + _os.sep, ""))

    def flush(self):
        sys.__stdout__.flush()


sys.stdout = _RelativePaths()
def show(e):
    print("".join(traceback.format_exception(e)), end="")
e = ValueError("multi\nline")
e.add_note("n1\nn2")
show(ExceptionGroup("g", [e]))
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
except ExceptionGroup as g:
    try:
        raise RuntimeError("outer") from g
    except RuntimeError as r:
        show(ExceptionGroup("top", [r, OSError("z")]))
def f():
    raise ExceptionGroup("fg", [ValueError(1)])
try:
    f()
except ExceptionGroup as g:
    traceback.print_exception(g, file=sys.stdout)
    te = traceback.TracebackException.from_exception(g, max_group_width=1)
    print(len(te.exceptions), te.exceptions[0].exc_type.__name__)
    print("".join(te.format()), end="")
    print(traceback.format_exception_only(g))
show(ExceptionGroup("w", [ValueError(1), TypeError(2), OSError(3)]))
