//! Stdlib modules that are Python source written for Pyrite
//! (`pysrc/<name>.py`), compiled into a fresh module on first import (and
//! the Python halves of native modules such as `collections` and `re`
//! are loaded by those). One table: the name a script imports, its source.

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Module names served by this file, with their embedded sources.
const SOURCES: &[(&str, &str)] = &[
    ("heapq", include_str!("pysrc/heapq.py")),
    ("asyncio", include_str!("pysrc/asyncio.py")),
    ("_asyncio_core", include_str!("pysrc/_asyncio_core.py")),
    ("_asyncio_loop", include_str!("pysrc/_asyncio_loop.py")),
    ("_asyncio_combinators", include_str!("pysrc/_asyncio_combinators.py")),
    ("_asyncio_sync", include_str!("pysrc/_asyncio_sync.py")),
    ("fractions", include_str!("pysrc/fractions.py")),
    ("statistics", include_str!("pysrc/statistics.py")),
    ("pprint", include_str!("pysrc/pprint.py")),
    ("decimal", include_str!("pysrc/decimal.py")),
    ("argparse", include_str!("pysrc/argparse.py")),
    ("_decimal_math", include_str!("pysrc/_decimal_math.py")),
    ("string", include_str!("pysrc/string.py")),
    ("textwrap", include_str!("pysrc/textwrap.py")),
    ("struct", include_str!("pysrc/struct.py")),
    ("_uniontype", include_str!("pysrc/_uniontype.py")),
    ("abc", include_str!("pysrc/abc.py")),
    ("contextlib", include_str!("pysrc/contextlib.py")),
    ("enum", include_str!("pysrc/enum.py")),
    ("dataclasses", include_str!("pysrc/dataclasses.py")),
    ("typing", include_str!("pysrc/typing.py")),
    ("_typing_records", include_str!("pysrc/_typing_records.py")),
    ("warnings", include_str!("pysrc/warnings.py")),
    ("traceback", include_str!("pysrc/traceback.py")),
    ("os", include_str!("pysrc/os.py")),
    ("posixpath", include_str!("pysrc/posixpath.py")),
    ("io", include_str!("pysrc/io.py")),
    ("datetime", include_str!("pysrc/datetime.py")),
    ("tempfile", include_str!("pysrc/tempfile.py")),
    ("shutil", include_str!("pysrc/shutil.py")),
    ("pathlib", include_str!("pysrc/pathlib.py")),
    ("csv", include_str!("pysrc/csv.py")),
    ("fnmatch", include_str!("pysrc/fnmatch.py")),
    ("weakref", include_str!("pysrc/weakref.py")),
    ("_weakrefset", include_str!("pysrc/_weakrefset.py")),
    ("stat", include_str!("pysrc/stat.py")),
    ("glob", include_str!("pysrc/glob.py")),
    ("random", include_str!("pysrc/random.py")),
    ("functools", include_str!("pysrc/functools.py")),
    ("keyword", include_str!("pysrc/keyword.py")),
    ("copy", include_str!("pysrc/copy.py")),
    ("copyreg", include_str!("pysrc/copyreg.py")),
    ("types", include_str!("pysrc/types.py")),
    ("_collections_abc", include_str!("pysrc/collections_abc.py")),
    ("logging", include_str!("pysrc/logging.py")),
    ("pickle", include_str!("pysrc/pickle.py")),
    ("_codecs", include_str!("pysrc/_codecs.py")),
    ("errno", include_str!("pysrc/errno.py")),
    ("numbers", include_str!("pysrc/numbers.py")),
    ("atexit", include_str!("pysrc/atexit.py")),
    ("shlex", include_str!("pysrc/shlex.py")),
    ("getopt", include_str!("pysrc/getopt.py")),
    ("queue", include_str!("pysrc/queue.py")),
    ("graphlib", include_str!("pysrc/graphlib.py")),
    ("reprlib", include_str!("pysrc/reprlib.py")),
    ("secrets", include_str!("pysrc/secrets.py")),
    ("uuid", include_str!("pysrc/uuid.py")),
    ("timeit", include_str!("pysrc/timeit.py")),
    ("runpy", include_str!("pysrc/runpy.py")),
    ("unittest", include_str!("pysrc/unittest.py")),
    ("unittest.case", include_str!("pysrc/unittest_case.py")),
    ("importlib", include_str!("pysrc/importlib.py")),
    ("importlib.util", include_str!("pysrc/importlib_util.py")),
    ("linecache", include_str!("pysrc/linecache.py")),
    ("contextvars", include_str!("pysrc/contextvars.py")),
    ("calendar", include_str!("pysrc/calendar.py")),
    ("html", include_str!("pysrc/html.py")),
    ("html.entities", include_str!("pysrc/html_entities.py")),
    ("platform", include_str!("pysrc/platform.py")),
    ("codecs", include_str!("pysrc/codecs.py")),
    ("difflib", include_str!("pysrc/difflib.py")),
    ("inspect", include_str!("pysrc/inspect.py")),
    ("collections.abc", "from _collections_abc import *\nfrom _collections_abc import __all__\n"),
];

/// Whether `name` is one of the embedded Python-source modules (shown as
/// `(frozen)` in module reprs, as CPython shows its frozen modules).
pub fn is_source_module(name: &str) -> bool {
    SOURCES.iter().any(|(n, _)| *n == name)
}

/// The source of embedded module `name`, if it is one.
pub fn source(name: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(n, _)| *n == name).map(|(_, src)| *src)
}

/// Creates module `name` if it is one of ours.
pub fn find(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    let (_, src) = SOURCES.iter().find(|(n, _)| *n == name)?;
    Some(super::pymod::module_from_source(vm, name, src))
}
