import sys
import traceback

# CPython names the main script by its absolute path: compare base names.
# Every line that raises here is a whole statement: no ^^^ markers (see tb_carets).
HERE = __file__[: len(__file__) - len(__file__.split("/")[-1])]


def clean(text):
    return text.replace(HERE, "")


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def text(self):
        return clean("".join(self.parts))


def inner(x):
    raise ValueError(f"bad value {x}")


def middle(x):
    inner(x)


def outer():
    middle(3)


try:
    outer()
except ValueError:
    text = traceback.format_exc()
print(clean(text), end="")
print("---")

try:
    outer()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), [clean(l) for l in lines][-1])
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__))) == clean(text))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    summary = traceback.extract_tb(e.__traceback__)
    print(type(summary).__name__, len(summary))
    for fs in summary:
        print(clean(fs.filename), fs.lineno, fs.name, repr(fs.line))
    print(clean(repr(summary[-1])), summary[-1][1:3], len(summary[-1]))
    print([clean(x) for x in traceback.format_tb(e.__traceback__, limit=2)])
    print([clean(x) for x in traceback.format_tb(e.__traceback__, limit=-1)])
    cap = Capture()
    traceback.print_exc(file=cap)
    print(cap.text() == clean(text))
    cap = Capture()
    traceback.print_exception(e, file=cap, limit=1)
    print(cap.text(), end="")
    cap = Capture()
    traceback.print_tb(e.__traceback__, file=cap)
    print(cap.text(), end="")
print("---")


# chained exceptions
def convert(s):
    try:
        int(s)
    except ValueError as e:
        raise RuntimeError("conversion failed") from e


try:
    convert("abc")
except RuntimeError:
    print(clean(traceback.format_exc()), end="")
print("---")

try:
    try:
        raise KeyError("missing")
    except KeyError:
        raise TypeError("while handling")
except TypeError:
    print(clean(traceback.format_exc()), end="")
    print("---")
    print(clean(traceback.format_exc(chain=False)), end="")
print("---")

try:
    try:
        raise OSError("first")
    except OSError:
        raise LookupError("hidden context") from None
except LookupError:
    print(clean(traceback.format_exc()), end="")
print("---")


# exceptions from other modules, empty messages, notes
class AppError(Exception):
    pass


try:
    raise AppError
except AppError as e:
    print(traceback.format_exception_only(e))
e = KeyError("k")
e.add_note("first note")
e.add_note("second note")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
print(traceback.format_exception(None))
print(repr(traceback.format_exc()))


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


print(traceback.format_exception_only(BadStr()))


# recursion: repeated lines are folded
def recurse(n):
    if n == 0:
        raise RecursionError("deep enough")
    recurse(n - 1)


try:
    recurse(8)
except RecursionError:
    print(clean(traceback.format_exc()), end="")
print("---")

# format_list / StackSummary.from_list
print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)]))
fs = traceback.FrameSummary("c.py", 5, "h", line="  y = 2  ")
print(fs.line, fs == ("c.py", 5, "h", "y = 2"), list(fs))


# extract_stack / format_stack
def where():
    return traceback.extract_stack()


def where_outer():
    return where()


stack = where_outer()
print([(clean(f.filename), f.lineno, f.name) for f in stack])
print([clean(x) for x in (lambda: traceback.format_stack(limit=2))()])
cap = Capture()
traceback.print_stack(file=cap, limit=1)
print(cap.text(), end="")

# walk_tb
try:
    outer()
except ValueError as e:
    print([n for _, n in traceback.walk_tb(e.__traceback__)])

# TracebackException
try:
    convert("xyz")
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack), te.stack[-1].name)
    print(type(te.__cause__).__name__, te.__cause__.exc_type.__name__, te.__context__ is not None)
    print(list(te.format_exception_only()))
    print(clean("".join(te.format())) == clean(traceback.format_exc()))
    print(clean("".join(te.format(chain=False))), end="")
    cap = Capture()
    te.print(file=cap)
    print(cap.text() == clean(traceback.format_exc()))
