//! Stdlib modules that are nothing but Python source written for Pyrite
//! (`pysrc/<name>.py`), compiled into a fresh module on first import:
//! `random`, `functools`, `copy`, `keyword`, `types`, `_collections_abc`
//! (and `collections.abc`, which re-exports it).

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Module names served by this file, with their embedded sources.
const SOURCES: &[(&str, &str)] = &[
    ("random", include_str!("pysrc/random.py")),
    ("functools", include_str!("pysrc/functools.py")),
    ("keyword", include_str!("pysrc/keyword.py")),
    ("copy", include_str!("pysrc/copy.py")),
    ("types", include_str!("pysrc/types.py")),
    ("_collections_abc", include_str!("pysrc/collections_abc.py")),
    ("collections.abc", "from _collections_abc import *\nfrom _collections_abc import __all__\n"),
];

/// Creates module `name` if it is one of ours.
pub fn find(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    let (_, src) = SOURCES.iter().find(|(n, _)| *n == name)?;
    Some(super::pymod::module_from_source(vm, name, src))
}
