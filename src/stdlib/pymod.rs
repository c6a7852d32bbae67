//! Stdlib modules written (for Pyrite) in Python source embedded in the
//! binary: the source is compiled and run in a fresh module's namespace.

use crate::error::PyResult;
use crate::object::*;
use crate::vm::Vm;

/// Builds module `name` by running `src` in its namespace.
pub fn module_from_source(vm: &mut Vm, name: &str, src: &str) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, name);
    // In sys.modules while its code runs, as an imported module is, so its
    // own submodules can import it (`unittest.case` from `unittest`).
    let key = vm.str(name);
    let modules = vm.modules.clone();
    let table = modules.downcast::<DictData>().expect("sys.modules is a dict");
    let previous = table.get_str(name);
    table.set_str(key, m.clone());
    if let Err(e) = run_in_module(vm, &m, name, src) {
        match previous {
            Some(p) => table.set_str(vm.str(name), p),
            None => {
                table.del_str(name);
            }
        }
        return Err(e);
    }
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
