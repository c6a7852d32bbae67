//! The `bisect` module: Python source written for Pyrite
//! (`pysrc/bisect.py`), compiled into the module on first import.

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Creates the `bisect` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::pymod::module_from_source(vm, "bisect", include_str!("pysrc/bisect.py"))
}
