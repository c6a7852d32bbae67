//! The `functools` module, written in Python (`pysrc/functools.py`, embedded at build
//! time) and compiled into the module's namespace on first import.

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

const SOURCE: &str = include_str!("pysrc/functools.py");

/// Creates the `functools` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::pymod::module_from_source(vm, "functools", SOURCE)
}
