//! The `itertools` module. Its iterator types are written in Python
//! (`pysrc/itertools.py`, embedded at build time) and compiled into the
//! module's namespace when it is first imported; `make_from_source` is the
//! shared loader for the embedded-source modules (`operator`, `functools`).

use crate::error::PyResult;
use crate::object::*;
use crate::vm::Vm;

const SOURCE: &str = include_str!("pysrc/itertools.py");

/// Creates module `name` and runs the embedded Python `src` in its namespace.
pub fn make_from_source(vm: &mut Vm, name: &str, src: &str) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, name);
    let d = match m.downcast::<ModuleData>() {
        Some(md) => md.dict.clone(),
        None => return Err(crate::object::exception::type_error("module expected")),
    };
    if let Some(dd) = d.downcast::<DictData>() {
        dd.set_str(vm.name("__builtins__"), vm.builtins.clone());
    }
    let filename = format!("<frozen {name}>");
    let code = crate::builtins::pending::compile_source(vm, src, &filename, crate::builtins::pending::CompileMode::Exec)?;
    crate::builtins::pending::run_code(vm, code, d, None)?;
    Ok(m)
}

/// Creates the `itertools` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    make_from_source(vm, "itertools", SOURCE)
}
