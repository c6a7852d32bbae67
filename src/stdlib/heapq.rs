//! The `heapq` module: Python source written for Pyrite
//! (`pysrc/heapq.py`), compiled into the module on first import.

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Creates the `heapq` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::pymod::module_from_source(vm, "heapq", include_str!("pysrc/heapq.py"))
}
