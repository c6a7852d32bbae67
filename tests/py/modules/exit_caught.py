# SystemExit is an exception: it can be caught and inspected; sys.exit() / exit(None) mean 0.
import sys
for arg in (None, 0, 5, "text"):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code, isinstance(e, Exception))
print("exiting cleanly with None")
sys.exit(None)
