//! The `decimal` module: Python source written for Pyrite
//! (`pysrc/decimal.py`), compiled into the module on first import.

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

const SOURCE: &str = include_str!("pysrc/decimal.py");

/// Creates the `decimal` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::pymod::module_from_source(vm, "decimal", SOURCE)
}
