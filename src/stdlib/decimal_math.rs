//! The private `_decimal_math` module: correctly rounded exp, ln, log10
//! and non-integer powers for `decimal`, Python source written for Pyrite
//! (`pysrc/_decimal_math.py`), compiled on first use.

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

const SOURCE: &str = include_str!("pysrc/_decimal_math.py");

/// Creates the `_decimal_math` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::pymod::module_from_source(vm, "_decimal_math", SOURCE)
}
