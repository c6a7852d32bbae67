# importlib.util for Pyrite: find_spec, resolve_name and the ModuleSpec it
# returns, written from the documented behaviour of CPython 3.11.  Specs
# carry no loader (Pyrite's import system is native).

import sys
import _runpy

__all__ = ["find_spec", "resolve_name", "ModuleSpec"]


class ModuleSpec:
    """What the import system knows about a module: its name, where it
    comes from (`origin`: a file, 'built-in' or 'frozen') and, for a
    package, where its submodules are."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{self.__class__.__name__}({', '.join(args)})"

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)


def _spec_from_origin(name, found):
    kind, origin, locations = found
    spec = ModuleSpec(name, None, origin=origin, is_package=locations is not None)
    if locations is not None:
        spec.submodule_search_locations = list(locations)
    spec.has_location = kind in ("source", "package")
    return spec


def resolve_name(name, package):
    """The absolute name of `name`, relative to `package` if it starts with dots."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} "
                          "(required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    rest = name[level:]
    return f"{bits[0]}.{rest}" if rest else bits[0]


def _module_spec(module, fullname):
    """The spec of an imported module: its __spec__, or one made from its
    attributes (Pyrite's modules do not all carry one)."""
    try:
        spec = module.__spec__
    except AttributeError:
        spec = None
    if spec is not None:
        return spec
    if fullname == "__main__":
        raise ValueError(f"{fullname}.__spec__ is None")
    path = getattr(module, "__path__", None)
    file = getattr(module, "__file__", None)
    if file is not None:
        kind = "package" if path is not None else "source"
        origin = file
    else:
        found = _runpy.find_origin(fullname)
        kind, origin = found[:2] if found else ("built-in", "built-in")
    return _spec_from_origin(fullname, (kind, origin, list(path) if path is not None else None))


def find_spec(name, package=None):
    """The spec of module `name` (relative to `package` if it starts with
    dots), or None if there is no such module. An imported module's spec
    comes from sys.modules; otherwise its parent packages are imported and
    the module is looked for without running it."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        return _module_spec(sys.modules[fullname], fullname)
    parent_name = fullname.rpartition(".")[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=["__path__"])
        try:
            parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} while trying to find {fullname!r}",
                name=fullname) from e
    found = _runpy.find_origin(fullname)
    return None if found is None else _spec_from_origin(fullname, found)
