//! `_runpy`: a private native module giving the Python `runpy` and
//! `importlib` modules what the import system knows: the code of a module
//! to run as a script (`vm::run_module`, shared with the `-m` command-line
//! option), where a module would be found, and a module's code for reload.

use crate::error::PyResult;
use crate::object::*;
use crate::vm::run_module::{find_origin, module_code, FindError, Origin};
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

/// `find_origin(name)`: None if module `name` (absolute) does not exist,
/// else `(kind, origin, search_locations)`: kind 'built-in', 'frozen',
/// 'package' or 'source'; origin the file for the last two ('built-in' /
/// 'frozen' for the others); search_locations the package's directory list
/// or None. The parent packages are imported.
fn find_origin_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("find_origin").positional(1, 1)?;
    let name = vm.str_string(&p[0])?;
    let Some(origin) = find_origin(vm, &name)? else { return Ok(vm.none()) };
    let (kind, origin, dirs) = match origin {
        Origin::BuiltIn => ("built-in", "built-in".to_string(), None),
        Origin::Frozen(_) => ("frozen", "frozen".to_string(), None),
        Origin::Package { init, dir } => ("package", init, Some(dir)),
        Origin::File(file) => ("source", file, None),
    };
    let dirs = match dirs {
        Some(d) => {
            let d = vm.str(d);
            vm.list(vec![d])
        }
        None => vm.none(),
    };
    let items = vec![vm.str(kind), vm.str(origin), dirs];
    Ok(vm.tuple(items))
}

/// `source_code(name)`: the code object of module `name`'s source (a
/// package's `__init__`), compiled now, or None for a native module;
/// ModuleNotFoundError if there is none.
fn source_code(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("source_code").positional(1, 1)?;
    let name = vm.str_string(&p[0])?;
    let code = match find_origin(vm, &name)? {
        None => return Err(crate::vm::import::not_found(vm, &name)),
        Some(Origin::BuiltIn) => return Ok(vm.none()),
        Some(Origin::Frozen(src)) => {
            let file = format!("<frozen {name}>");
            crate::builtins::pending::compile_source(vm, src, &file, crate::builtins::pending::CompileMode::Exec)?
        }
        Some(Origin::Package { init: file, .. } | Origin::File(file)) => crate::vm::pycache::load_or_compile(vm, &file)?,
    };
    Ok(alloc(&t().code, CodeData(code), None))
}

/// Creates the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "_runpy");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let dd = d.downcast::<DictData>().expect("dict");
    for (name, f) in [
        ("module_details", module_details as NativeFn),
        ("find_origin", find_origin_fn),
        ("source_code", source_code),
    ] {
        let v = vm.builtin_fn(name, f);
        dd.set_str(vm.name(name), v);
    }
    Ok(m)
}
