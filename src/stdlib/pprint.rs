//! The `pprint` module: Python source written for Pyrite
//! (`pysrc/pprint.py`), compiled into the module on first import.

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

const SOURCE: &str = include_str!("pysrc/pprint.py");

/// Creates the `pprint` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::pymod::module_from_source(vm, "pprint", SOURCE)
}
