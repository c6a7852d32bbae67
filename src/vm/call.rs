//! Calling: dispatch on the callable's layout, Python-function frames with
//! CPython's argument binding and error messages, generators, MAKE_FUNCTION.

use crate::error::PyResult;
use crate::object::Value;

use super::frame::Frame;
use super::Vm;

impl Vm {
    /// `callable(*args)`.
    pub fn call(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(callable, args, &[])
    }
    /// `callable(*args)` where the last `kwnames.len()` args are keywords.
    pub fn call_kw(&mut self, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let _ = (callable, args, kwnames);
        todo!()
    }
    /// CALL / CALL_KW from the stack layout.
    pub fn call_from_stack(&mut self, f: &mut Frame, argc: usize, kwnames: Option<Value>) -> PyResult<Value> {
        let _ = (f, argc, kwnames);
        todo!()
    }
    /// CALL_FUNCTION_EX.
    pub fn call_ex(&mut self, callable: &Value, selfv: Option<Value>, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
        let _ = (callable, selfv, args, kwargs);
        todo!()
    }
    /// MAKE_FUNCTION.
    pub fn make_function(&mut self, f: &mut Frame, flags: u32) -> PyResult<Value> {
        let _ = (f, flags);
        todo!()
    }
    /// Resumes a generator with `v` (or throws): `Ok(Ok(yielded))`, `Ok(Err(returned))`.
    pub fn gen_send(&mut self, gen: &Value, v: Value) -> PyResult<Result<Value, Value>> {
        let _ = (gen, v);
        todo!()
    }
}
