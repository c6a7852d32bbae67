# runpy for Pyrite: run_module and run_path, written from the documented
# behaviour of CPython 3.11's runpy.  Finding a module's code (parent
# packages imported first, a package runs its __main__ submodule) is shared
# with the -m command-line option: _runpy.module_details.

import sys
from _runpy import module_details as _module_details

__all__ = ["run_module", "run_path"]


def _run_code(code, run_globals, init_globals, mod_name, fname, pkg_name):
    """Runs `code` in `run_globals` (updated with `init_globals` and the
    module attributes first); returns `run_globals`."""
    if init_globals is not None:
        run_globals.update(init_globals)
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=None,
                       __doc__=None, __loader__=None, __package__=pkg_name,
                       __spec__=None)
    exec(code, run_globals)
    return run_globals


class _Swapped:
    """While active: sys.modules[name] is a fresh module and sys.argv[0] is
    `argv0`; both are restored afterwards."""

    def __init__(self, name, argv0):
        self.name = name
        self.argv0 = argv0
        self.module = type(sys)(name)

    def __enter__(self):
        self.saved_module = sys.modules.get(self.name, _Swapped)
        sys.modules[self.name] = self.module
        self.saved_argv0 = sys.argv[0]
        sys.argv[0] = self.argv0
        return self

    def __exit__(self, *exc):
        if self.saved_module is _Swapped:
            sys.modules.pop(self.name, None)
        else:
            sys.modules[self.name] = self.saved_module
        sys.argv[0] = self.saved_argv0


def _run_module_code(code, init_globals, mod_name, fname, pkg_name):
    """Runs `code` in a temporary module installed as sys.modules[mod_name]
    with sys.argv[0] set to `fname`; returns a copy of its globals."""
    with _Swapped(mod_name, fname) as swapped:
        mod_globals = swapped.module.__dict__
        _run_code(code, mod_globals, init_globals, mod_name, fname, pkg_name)
    return mod_globals.copy()


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs module `mod_name`'s code (a package's __main__ submodule) in a
    fresh namespace named `run_name` (default: the module's name) and
    returns that namespace."""
    mod_name, code, fname, pkg_name = _module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, fname, pkg_name)
    return _run_code(code, {}, init_globals, run_name, fname, pkg_name)


def _code_from_file(fname):
    with open(fname, "rb") as f:
        source = f.read()
    return compile(source, fname, "exec")


def run_path(path_name, init_globals=None, run_name=None):
    """Runs the script at `path_name` (a file, or a directory holding a
    __main__.py, which is then first on sys.path while it runs) in a fresh
    namespace named `run_name` (default "<run_path>"); returns a copy of it."""
    import os
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    path_name = os.fspath(path_name)
    if not os.path.isdir(path_name):
        with open(path_name, "rb") as f:
            if f.read(4) == b"PK\x03\x04":
                raise NotImplementedError("runpy.run_path: zip archives are not supported by Pyrite")
        code = _code_from_file(path_name)
        return _run_module_code(code, init_globals, run_name, path_name, pkg_name)
    main_file = os.path.join(path_name, "__main__.py")
    if not os.path.isfile(main_file):
        raise ImportError(f"can't find '__main__' module in {path_name!r}")
    sys.path.insert(0, path_name)
    try:
        code = _code_from_file(main_file)
        return _run_module_code(code, init_globals, run_name, main_file, pkg_name)
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
