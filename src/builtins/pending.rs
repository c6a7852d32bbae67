//! Bridges to VM/compiler APIs that other engineers are finishing in
//! parallel (`build_class`, `compiler::compile`, `Vm::run_code`). Until they
//! land these raise `NotImplementedError`; switch each body to the real call
//! once it exists.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::error::PyResult;
use crate::object::exception::not_implemented_error;
use crate::object::{Args, Value};
use crate::vm::Vm;

/// How source is compiled (`compile()`'s mode argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    /// A module (`exec`).
    Exec,
    /// One expression (`eval`).
    Eval,
    /// One interactive statement (`single`).
    Single,
}

/// `__build_class__(func, name, *bases, **kw)`.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = (vm, args);
    Err(not_implemented_error("__build_class__ is not available yet (vm::class::build_class)"))
}

/// Compiles `src` to a code object.
pub fn compile_source(vm: &mut Vm, src: &str, filename: &str, mode: CompileMode) -> PyResult<Rc<Code>> {
    let _ = (vm, src, filename, mode);
    Err(not_implemented_error("compiling source is not available yet (crate::compiler::compile)"))
}

/// Runs a module-level code object in `globals` (and `locals`).
pub fn run_code(vm: &mut Vm, code: Rc<Code>, globals: Value, locals: Option<Value>) -> PyResult<Value> {
    let _ = (vm, code, globals, locals);
    Err(not_implemented_error("running code is not available yet (Vm::run_code)"))
}
