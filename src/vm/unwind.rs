//! Exceptions at run time: materializing lazy `PyErr`s, matching `except`
//! clauses, `raise` argument checking, context chaining, tracebacks and
//! printing them CPython's way.

use crate::error::{PyErr, PyResult};
use crate::object::Value;

use super::frame::Frame;
use super::Vm;

impl Vm {
    /// The exception object of `err` (built now if lazy).
    pub fn normalize(&mut self, err: PyErr) -> Value {
        let _ = err;
        todo!()
    }
    /// Appends the frame's current line to the exception's traceback.
    pub fn add_traceback(&mut self, exc: &Value, f: &Frame) {
        let _ = (exc, f);
        todo!()
    }
    /// `raise X`: an instance from a class or instance; TypeError otherwise.
    pub fn make_exception(&mut self, v: &Value) -> PyResult<Value> {
        let _ = v;
        todo!()
    }
    /// `except T:` test (T a class or tuple of classes).
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let _ = (exc, ty);
        todo!()
    }
    /// `exc.__traceback__` (None if empty).
    pub fn traceback_of(&mut self, exc: &Value) -> Value {
        let _ = exc;
        todo!()
    }
    /// Prints "Exception ignored in: ..." for errors in `__del__`.
    pub fn print_unraisable(&mut self, err: PyErr, what: &str, obj: &Value) -> PyResult<()> {
        let _ = (err, what, obj);
        todo!()
    }
}
