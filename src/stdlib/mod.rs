//! Modules built into the binary: native (Rust) ones (`sys`, `math`, `time`,
//! `_random`) and ones written in Python and compiled on first import
//! (`collections`, `itertools`, `operator`, `heapq`, `bisect`: see
//! `pymod.rs`).
//! `find` creates a module on demand; the import system caches it in
//! `sys.modules`.

pub mod bisect;
pub mod collections;
pub mod collections_deque;
pub mod heapq;
pub mod itertools;
pub mod math;
pub mod math_special;
pub mod operator;
pub mod random;
pub mod random_sha;
pub mod structseq;
pub mod pymod;
pub mod posix;
pub mod ossrc;
pub mod sys;
pub mod time;

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Names of the native modules.
pub const NATIVE_MODULES: &[&str] = &["_random", "bisect", "builtins", "collections", "heapq", "itertools", "math", "operator", "posix", "sys", "time"];

/// The native module `name`, freshly created, or `None` if there is none.
pub fn find(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    Some(match name {
        "sys" => sys::make(vm),
        "math" => math::make(vm),
        "time" => time::make(vm),
        "_random" => random::make_core(vm),
        "collections" => collections::make(vm),
        "heapq" => heapq::make(vm),
        "bisect" => bisect::make(vm),
        "itertools" => itertools::make(vm),
        "operator" => operator::make(vm),
        "posix" => posix::make(vm),
        _ if ossrc::source(name).is_some() => ossrc::make(vm, name),
        _ => return None,
    })
}
