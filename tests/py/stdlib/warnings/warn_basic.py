import sys
import warnings

# CPython names the main script by its absolute path: compare base names.
HERE = __file__[: len(__file__) - len(__file__.split("/")[-1])]


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def text(self):
        return "".join(self.parts).replace(HERE, "")


err = Capture()
real_stderr = sys.stderr
sys.stderr = err


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


def user_warning():
    warnings.warn("careful")


user_warning()
user_warning()  # not shown again: same location
for _ in range(3):
    warnings.warn("loop warning")  # shown once ("default" action)
old_api()  # DeprecationWarning attributed to __main__: shown
warnings.warn(RuntimeWarning("instance given"))
warnings.warn("explicit", UserWarning, stacklevel=1)
warnings.warn("too deep", stacklevel=50)
sys.stderr = real_stderr
print(err.text(), end="")
print("---")

try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError", e)

# catch_warnings(record=True)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", FutureWarning)
    old_api()
    warnings.warn("first")
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
print([w.lineno for w in log], [w.filename.replace(HERE, "") for w in log])
print(type(log[0]).__name__, type(log[0].message).__name__, log[0].line, log[0].file)
print(str(log[1]).replace(HERE, ""))

# filters: error, ignore, module, once
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn(ResourceWarning("resource"))
    except ResourceWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    warnings.filterwarnings("always", message="keep")
    warnings.warn("keep me")
    warnings.warn("Keep me too")  # message patterns ignore case
    warnings.warn("drop me")
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.warn("future", FutureWarning)
    warnings.warn("user")
    warnings.filterwarnings("error", module="__main__", category=SyntaxWarning)
    try:
        warnings.warn("syntax", SyntaxWarning)
    except SyntaxWarning as e:
        print("module filter", e)
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
        warnings.warn("once only")
    warnings.warn("other")
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("per module")
print(len(log))

# filters are restored after catch_warnings
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    warnings.filterwarnings("ignore", "abc")
print(warnings.filters == before, len(warnings.filters) >= 1)

# formatwarning / showwarning
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  x = 1  ")))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 3)))
out = Capture()
warnings.showwarning("shown", UserWarning, "g.py", 7, file=out, line="code()")
print(repr(out.text()))

# a replaced showwarning is called
seen = []
orig = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: seen.append((str(message), category.__name__, lineno))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("hooked")
warnings.showwarning = orig
print(seen)

# warn_explicit
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit!", UserWarning, "somefile.py", 42)
print([(str(w.message), w.filename, w.lineno) for w in log])

# catch_warnings errors and repr
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
with warnings.catch_warnings(action="error"):
    try:
        warnings.warn("via action")
    except UserWarning as e:
        print("action", e)
