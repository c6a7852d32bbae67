# Failing imports raise ImportError / ModuleNotFoundError; a module's top-level error propagates.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from _util import does_not_exist
except ImportError as e:
    print("ImportError raised for missing name:", type(e).__name__, e.name)
try:
    import shapes.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
import math, sys
print(math.__name__, sys.__name__, "math" in sys.modules)
