//! The `statistics` module: Python source written for Pyrite
//! (`pysrc/statistics.py`), compiled into the module on first import.

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

const SOURCE: &str = include_str!("pysrc/statistics.py");

/// Creates the `statistics` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::pymod::module_from_source(vm, "statistics", SOURCE)
}
