//! Iteration: `iter()`, `next()` for every builtin iterator state
//! (`IterState`) and for objects with `__iter__`/`__next__`/`__getitem__`,
//! collecting an iterable into a Vec, and `SEND` for `yield from`.
//! OWNER: containers helper.

use crate::error::PyResult;
use crate::object::Value;

use super::Vm;

impl Vm {
    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let _ = v;
        todo!("iter")
    }
    /// `next(it)`: `None` when exhausted (StopIteration is not raised).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let _ = it;
        todo!("next")
    }
    /// All items of an iterable.
    pub fn collect(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        let _ = iterable;
        todo!("collect")
    }
    /// SEND: `Ok(Ok(yielded))` or `Ok(Err(return value))`.
    pub fn send(&mut self, recv: &Value, v: Value) -> PyResult<Result<Value, Value>> {
        let _ = (recv, v);
        todo!("send")
    }
}
