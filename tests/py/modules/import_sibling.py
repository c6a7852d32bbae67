# Importing a sibling module: executes once, is cached in sys.modules, shares state.
import sys
print("main __name__:", __name__)
import _util
import _util as again
from _util import bump, describe, PI_ISH
print(_util is again, "_util" in sys.modules, sys.modules["_util"] is _util)
print(bump(), bump(), _util.bump(), describe(), _util.counter)
print(round(PI_ISH, 5), _util.__name__, type(_util).__name__, hasattr(_util, "bump"))
_util.counter = 100
print(describe(), bump())
print(sorted(n for n in dir(_util) if not n.startswith("__")))
