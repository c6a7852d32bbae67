//! Arithmetic: the int fast paths (inline ints, big ints), floats, complex,
//! and the generic binary-operator protocol (`__add__`, reflected
//! `__radd__` with subclass priority, in-place `__iadd__`, NotImplemented,
//! `unsupported operand type(s) for +: 'int' and 'str'`), unary operators.
//! OWNER: numeric/ops helper.

use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::object::Value;

use super::Vm;

impl Vm {
    /// Fast path for two inline ints; `None` to take the generic path
    /// (overflow into big ints, division by zero, float results, ...).
    #[inline(always)]
    pub fn small_int_binop(&self, op: BinaryOp, a: i64, b: i64) -> Option<Value> {
        let _ = (op, a, b);
        None
    }
    /// `a <op> b` (or `a <op>= b` if `inplace`).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinaryOp, inplace: bool) -> PyResult<Value> {
        let _ = (a, b, op, inplace);
        todo!("binary_op")
    }
    /// A unary operator by dunder name (`__neg__`, `__pos__`, `__invert__`).
    pub fn unary_op(&mut self, a: &Value, dunder: &str) -> PyResult<Value> {
        let _ = (a, dunder);
        todo!("unary_op")
    }
}
