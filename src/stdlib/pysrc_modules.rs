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
    ("stat", include_str!("pysrc/stat.py")),
    ("glob", include_str!("pysrc/glob.py")),
    ("random", include_str!("pysrc/random.py")),
    ("functools", include_str!("pysrc/functools.py")),
    ("keyword", include_str!("pysrc/keyword.py")),
    ("copy", include_str!("pysrc/copy.py")),
    ("copyreg", include_str!("pysrc/copyreg.py")),
    ("types", include_str!("pysrc/types.py")),
    ("_collections_abc", include_str!("pysrc/collections_abc.py")),
    ("collections.abc", "from _collections_abc import *\nfrom _collections_abc import __all__\n"),
];

/// Creates module `name` if it is one of ours.
pub fn find(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    let (_, src) = SOURCES.iter().find(|(n, _)| *n == name)?;
    Some(super::pymod::module_from_source(vm, name, src))
}
