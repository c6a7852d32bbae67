//! Stdlib modules written for Pyrite in Python (`pysrc/<name>.py`; the
//! native helper `_callerinfo` serves `warnings` and `traceback`): `abc`, `contextlib`, `enum`, `dataclasses`,
//! `typing`, `warnings`, `traceback` and `_uniontype` (`types.UnionType`,
//! the value of `int | str`). Each is compiled into a fresh
//! module on first import (see `pymod.rs`).

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// The embedded modules: (name, source).
const MODULES: &[(&str, &str)] = &[
    ("_uniontype", include_str!("pysrc/_uniontype.py")),
    ("abc", include_str!("pysrc/abc.py")),
    ("contextlib", include_str!("pysrc/contextlib.py")),
    ("enum", include_str!("pysrc/enum.py")),
    ("dataclasses", include_str!("pysrc/dataclasses.py")),
    ("typing", include_str!("pysrc/typing.py")),
    ("_typing_records", include_str!("pysrc/_typing_records.py")),
    ("warnings", include_str!("pysrc/warnings.py")),
    ("traceback", include_str!("pysrc/traceback.py")),
];

/// Whether `name` is one of the modules this file provides.
pub fn has(name: &str) -> bool {
    MODULES.iter().any(|(n, _)| *n == name)
}

/// Creates module `name` if it is one of ours.
pub fn make(vm: &mut Vm, name: &str) -> PyResult<Value> {
    match MODULES.iter().find(|(n, _)| *n == name) {
        Some((n, src)) => super::pymod::module_from_source(vm, n, src),
        None => Err(crate::object::exception::module_not_found_error(format!("No module named '{name}'"))),
    }
}
