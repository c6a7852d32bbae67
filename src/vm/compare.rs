//! Rich comparison (`<`, `==`, ...) with CPython's protocol: reflected
//! operands, subclass priority, NotImplemented, identity shortcut for `==`
//! in containers, and the `'<' not supported between instances of ...` error.
//! OWNER: numeric/ops helper.

use crate::bytecode::CompareOp;
use crate::error::PyResult;
use crate::object::Value;

use super::Vm;

impl Vm {
    /// `a <op> b` as a Python value.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        let _ = (a, b, op);
        todo!("compare")
    }
    /// `bool(a == b)` (identity implies equality, as in containers).
    pub fn eq_bool(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let _ = (a, b);
        todo!("eq_bool")
    }
}
