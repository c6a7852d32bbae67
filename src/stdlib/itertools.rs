//! The `itertools` module. Its iterator types are written in Python
//! (`pysrc/itertools.py`, embedded at build time) and compiled into the
//! module's namespace when it is first imported (through `pymod.rs`).

use crate::error::PyResult;
use crate::object::*;
use crate::vm::Vm;

const SOURCE: &str = include_str!("pysrc/itertools.py");


/// Creates the `itertools` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::pymod::module_from_source(vm, "itertools", SOURCE)
}
