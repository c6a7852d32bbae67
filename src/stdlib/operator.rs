//! The `operator` module, written in Python (`pysrc/operator.py`, embedded at build
//! time) and compiled into the module's namespace on first import.

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

const SOURCE: &str = include_str!("pysrc/operator.py");

/// Creates the `operator` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::pymod::module_from_source(vm, "operator", SOURCE)
}
