//! Native (Rust) modules importable from Python: `sys`, `math`, `time`.
//! `find` creates a module on demand; the import system caches it in
//! `sys.modules`.

pub mod math;
pub mod math_special;
pub mod random;
pub mod random_sha;
pub mod structseq;
pub mod sys;
pub mod time;

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Names of the native modules.
pub const NATIVE_MODULES: &[&str] = &["builtins", "math", "sys", "time", "random", "_random"];

/// The native module `name`, freshly created, or `None` if there is none.
pub fn find(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    Some(match name {
        "sys" => sys::make(vm),
        "math" => math::make(vm),
        "time" => time::make(vm),
        "random" => random::make(vm),
        "_random" => random::make_core(vm),
        _ => return None,
    })
}
