//! Native (Rust) modules importable from Python: `sys`, `math`, `time`.
//! `find` creates a module on demand; the import system caches it in
//! `sys.modules`.

pub mod functools;
pub mod itertools;
pub mod math;
pub mod math_special;
pub mod operator;
pub mod structseq;
pub mod sys;
pub mod time;

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Names of the native modules.
pub const NATIVE_MODULES: &[&str] = &["builtins", "functools", "itertools", "math", "operator", "sys", "time"];

/// The native module `name`, freshly created, or `None` if there is none.
pub fn find(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    Some(match name {
        "sys" => sys::make(vm),
        "math" => math::make(vm),
        "time" => time::make(vm),
        "itertools" => itertools::make(vm),
        "operator" => operator::make(vm),
        "functools" => functools::make(vm),
        _ => return None,
    })
}
