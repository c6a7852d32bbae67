//! The `argparse` module: Python source written for Pyrite
//! (`pysrc/argparse.py`), compiled into the module on first import.

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

const SOURCE: &str = include_str!("pysrc/argparse.py");

/// Creates the `argparse` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::pymod::module_from_source(vm, "argparse", SOURCE)
}
