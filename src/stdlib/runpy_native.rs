//! `_runpy`: a private native module giving the Python `runpy` module the
//! code of a module to run as a script (`vm::run_module`, shared with the
//! `-m` command-line option).

use crate::error::PyResult;
use crate::object::*;
use crate::vm::run_module::{module_code, FindError};
use crate::vm::Vm;

/// `module_details(name)`: `(name, code, filename, package)` of module
/// `name` (`pkg.__main__` for a package); ImportError with runpy's message
/// when it cannot be run.
fn module_details(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("module_details").positional(1, 1)?;
    let name = vm.str_string(&p[0])?;
    match module_code(vm, &name) {
        Ok(found) => {
            let items = vec![vm.str(found.name), alloc(&t().code, CodeData(found.code), None), vm.str(found.filename), vm.str(found.package)];
            Ok(vm.tuple(items))
        }
        Err(FindError::Spec(msg)) => Err(crate::object::exception::import_error(msg)),
        Err(FindError::Raised(e)) => Err(e),
    }
}

/// Creates the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "_runpy");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let dd = d.downcast::<DictData>().expect("dict");
    let v = vm.builtin_fn("module_details", module_details);
    dd.set_str(vm.name("module_details"), v);
    Ok(m)
}
