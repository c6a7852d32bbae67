//! Bridges from the builtins to the compiler and VM entry points:
//! `__build_class__`, compiling source (compile errors become SyntaxError
//! objects with CPython's attributes) and running module-level code.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::error::{CompileError, PyErr, PyResult};
use crate::object::{t, Args, Value};
use crate::vm::Vm;

/// How source is compiled (`compile()`'s mode argument).
pub type CompileMode = crate::compiler::Mode;

/// `__build_class__(func, name, *bases, **kw)`.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::class::build_class(vm, args)
}

/// The SyntaxError (or subclass) instance for a compile error.
pub fn syntax_error(vm: &mut Vm, e: &CompileError) -> PyErr {
    let ty = t().named(e.kind.name());
    let text = match &e.text {
        Some(s) => vm.str(format!("{}\n", s)),
        None => vm.none(),
    };
    let details = vec![vm.str(e.filename.as_str()), vm.int(e.lineno as i64), vm.int(e.col as i64), text, vm.int(e.end_lineno as i64), vm.int(e.end_col as i64)];
    let details = vm.tuple(details);
    let msg = vm.str(e.msg.as_str());
    PyErr::from_object(crate::types::exception::new_exception(vm, &ty, vec![msg, details]))
}

/// Compiles `src` to a code object.
pub fn compile_source(vm: &mut Vm, src: &str, filename: &str, mode: CompileMode) -> PyResult<Rc<Code>> {
    let code = crate::compiler::compile(src, filename, mode).map_err(|e| syntax_error(vm, &e))?;
    emit_compile_warnings(vm)?;
    Ok(code)
}

/// Issues the `SyntaxWarning`s of the last compilation through
/// `warnings.warn_explicit` (so filters apply), as CPython does.
pub fn emit_compile_warnings(vm: &mut Vm) -> PyResult<()> {
    let pending = crate::compiler::take_warnings();
    if pending.is_empty() {
        return Ok(());
    }
    let warnings = crate::vm::import::import_full(vm, "warnings")?;
    let warn_explicit = vm.getattr(&warnings, &vm.name("warn_explicit"))?;
    let category = t().named("SyntaxWarning");
    for w in pending {
        let args = [vm.str(w.message.as_str()), category.clone(), vm.str(w.filename.as_str()), vm.int(w.lineno as i64)];
        if let Err(e) = vm.call(&warn_explicit, &args) {
            // A warning turned into an error is reported as a SyntaxError
            // at the offending code (CPython's compiler_warn).
            let exc = vm.normalize(e);
            if vm.is_instance(&exc, &category) {
                // CPython reads the line from the file (None for "<string>").
                let mut err = *w.as_error;
                err.text = std::fs::read_to_string(&err.filename).ok().and_then(|src| crate::syntax::line_text(&src, err.lineno));
                return Err(syntax_error(vm, &err));
            }
            return Err(PyErr::from_object(exc));
        }
    }
    Ok(())
}

/// Runs a module-level code object in `globals` (and `locals`).
pub fn run_code(vm: &mut Vm, code: Rc<Code>, globals: Value, locals: Option<Value>) -> PyResult<Value> {
    vm.run_code(code, globals, locals)
}
