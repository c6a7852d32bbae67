# importlib for Pyrite: import_module, reload and invalidate_caches, written
# from the documented behaviour of CPython 3.11's importlib.  Pyrite's import
# system is native (no finders or loaders to plug in); _runpy tells where a
# module comes from and gives its code for reload.

import sys
import _runpy

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    """The absolute name of `name` imported `level` packages up from `package`."""
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Imports module `name` (relative to `package` when it starts with
    dots) and returns it: the module itself, not its top-level package."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        level = len(name) - len(name.lstrip("."))
    if not isinstance(name, str):
        raise TypeError(f"module name must be str, not {type(name)}")
    if level:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Runs module `module`'s code again in its namespace (the names it does
    not bind keep their values) and returns the module in sys.modules."""
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    parent = name.rpartition(".")[0]
    if parent and parent not in sys.modules:
        raise ImportError(f"parent {parent!r} not in sys.modules", name=parent)
    code = _runpy.source_code(name)
    if code is not None:
        exec(code, module.__dict__)
    return sys.modules[name]


def invalidate_caches():
    """Pyrite's import system keeps no finder caches: nothing to do."""
