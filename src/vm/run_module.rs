//! Finding the code of a module to run as a script: the `-m` command-line
//! option and `runpy.run_module` (through the private `_runpy` module), as
//! CPython's runpy does it: the parent packages are imported first, a
//! package runs its `__main__` submodule, a native module has no code to
//! run, and a module that cannot be found gives runpy's short messages
//! ("No module named x", "Error while finding module specification for
//! ...") rather than a traceback.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::error::PyErr;
use crate::object::str::as_str;
use crate::object::t;

use super::import::{import_full, locate, Located};
use super::Vm;

/// The code of module `name`, ready to run as a script.
pub struct ModuleCode {
    /// The module's full name (`pkg.__main__` for package `pkg`).
    pub name: String,
    /// Its compiled code.
    pub code: Rc<Code>,
    /// Its file (`<frozen NAME>` for the modules built into Pyrite).
    pub filename: String,
    /// The package it belongs to (`__package__`): '' for a top-level module.
    pub package: String,
}

/// Why a module could not be run.
pub enum FindError {
    /// runpy's own error (`ImportError` from `run_module`; `-m` prints
    /// `EXECUTABLE: MESSAGE` and exits with status 1).
    Spec(String),
    /// An exception raised on the way (the parent package's code, a
    /// syntax error in the module): reported with its traceback.
    Raised(PyErr),
}

/// Finds the code to run for `name`.
pub fn module_code(vm: &mut Vm, name: &str) -> Result<ModuleCode, FindError> {
    if name.starts_with('.') {
        return Err(FindError::Spec("Relative module names not supported".into()));
    }
    let (package, parent) = match name.rsplit_once('.') {
        Some((pkg, _)) => match import_full(vm, pkg) {
            Ok(m) => (pkg.to_string(), Some(m)),
            Err(e) => return Err(spec_error_from(vm, name, e)),
        },
        None => (String::new(), None),
    };
    if let Some(src) = crate::stdlib::pysrc_modules::source(name) {
        let filename = format!("<frozen {name}>");
        let code = crate::builtins::pending::compile_source(vm, src, &filename, crate::builtins::pending::CompileMode::Exec).map_err(FindError::Raised)?;
        return Ok(ModuleCode { name: name.to_string(), code, filename, package });
    }
    if crate::stdlib::NATIVE_MODULES.contains(&name) {
        return Err(FindError::Spec(format!("No code object available for {name}")));
    }
    let found = locate(vm, name, &package, parent.as_ref()).map_err(|e| spec_error_from(vm, name, e))?;
    match found {
        Located::Module(file) => {
            let code = super::pycache::load_or_compile(vm, &file).map_err(FindError::Raised)?;
            Ok(ModuleCode { name: name.to_string(), code, filename: file, package })
        }
        Located::Package { .. } if name == "__main__" || name.ends_with(".__main__") => {
            Err(FindError::Spec("Cannot use package as __main__ module".into()))
        }
        Located::Package { .. } => match module_code(vm, &format!("{name}.__main__")) {
            Err(FindError::Spec(msg)) if super::import::get_str_in(&vm.modules, name).is_some() => {
                Err(FindError::Spec(format!("{msg}; '{name}' is a package and cannot be directly executed")))
            }
            other => other,
        },
        Located::Missing => Err(FindError::Spec(format!("No module named {name}"))),
    }
}

/// An ImportError raised while importing the parent packages of `name`
/// becomes runpy's "Error while finding module specification" message;
/// any other exception propagates.
fn spec_error_from(vm: &mut Vm, name: &str, err: PyErr) -> FindError {
    let exc = vm.normalize(err);
    let ty = vm.type_of(&exc);
    if !vm.is_subtype(&ty, &t().named("ImportError")) {
        return FindError::Raised(PyErr::from_object(exc));
    }
    let type_name = vm.getattr_opt(&ty, "__name__").ok().flatten().and_then(|n| as_str(&n).map(str::to_string)).unwrap_or_default();
    let text = vm.str_string(&exc).unwrap_or_default();
    FindError::Spec(format!("Error while finding module specification for '{name}' ({type_name}: {text})"))
}

/// Where module `name` would come from if imported now (its parent
/// packages are imported to find out, as `importlib.util.find_spec` does).
pub enum Origin {
    /// A native module built into Pyrite.
    BuiltIn,
    /// A module written in Python embedded in Pyrite.
    Frozen(&'static str),
    /// A package: its `__init__.py` and directory.
    Package { init: String, dir: String },
    /// A module's `.py` file.
    File(String),
}

/// Finds `name` (absolute) without running it: `None` if there is no such
/// module. Errors are those of importing the parent packages.
pub fn find_origin(vm: &mut Vm, name: &str) -> crate::error::PyResult<Option<Origin>> {
    let (package, parent) = match name.rsplit_once('.') {
        Some((pkg, _)) => (pkg, Some(import_full(vm, pkg)?)),
        None => ("", None),
    };
    if let Some(src) = crate::stdlib::pysrc_modules::source(name) {
        return Ok(Some(Origin::Frozen(src)));
    }
    if crate::stdlib::NATIVE_MODULES.contains(&name) {
        return Ok(Some(Origin::BuiltIn));
    }
    Ok(match locate(vm, name, package, parent.as_ref())? {
        Located::Package { init, dir } => Some(Origin::Package { init, dir }),
        Located::Module(file) => Some(Origin::File(file)),
        Located::Missing => None,
    })
}
