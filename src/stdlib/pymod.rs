//! Stdlib modules written (for Pyrite) in Python source embedded in the
//! binary: the source is compiled and run in a fresh module's namespace.

use crate::error::PyResult;
use crate::object::*;
use crate::vm::Vm;

/// Builds module `name` by running `src` in its namespace.
pub fn module_from_source(vm: &mut Vm, name: &str, src: &str) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, name);
    run_in_module(vm, &m, name, src)?;
    Ok(m)
}

/// Runs more source `src` in the namespace of module `m` (named `name`).
pub fn run_in_module(vm: &mut Vm, m: &Value, name: &str, src: &str) -> PyResult<()> {
    let d = match m.downcast::<ModuleData>() {
        Some(md) => md.dict.clone(),
        None => return Err(crate::object::exception::type_error("module expected")),
    };
    if let Some(dd) = d.downcast::<DictData>() {
        dd.set_str(vm.name("__builtins__"), vm.builtins.clone());
    }
    let file = format!("<frozen {}>", name);
    let code = crate::builtins::pending::compile_source(vm, src, &file, crate::builtins::pending::CompileMode::Exec)?;
    vm.run_code(code, d, None)?;
    Ok(())
}
