//! Modules built into the binary: native (Rust) ones (`sys`, `math`, `time`,
//! `_random`) and ones written in Python and compiled on first import
//! (`random`, `collections`, `heapq`, `bisect`, `itertools`, `operator`,
//! `functools`: see `pymod.rs`).
//! `find` creates a module on demand; the import system caches it in
//! `sys.modules`.

pub mod bisect;
pub mod collections;
pub mod collections_chainmap;
pub mod collections_counter;
pub mod collections_deque;
pub mod collections_namedtuple;
pub mod functools;
pub mod heapq;
pub mod itertools;
pub mod math;
pub mod math_special;
pub mod operator;
pub mod random;
pub mod random_sha;
pub mod structseq;
pub mod pymod;
pub mod sys;
pub mod time;

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Names of the native modules.
pub const NATIVE_MODULES: &[&str] = &["_random", "bisect", "builtins", "collections", "functools", "heapq", "itertools", "math", "operator", "random", "sys", "time"];

/// The native module `name`, freshly created, or `None` if there is none.
pub fn find(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    Some(match name {
        "sys" => sys::make(vm),
        "math" => math::make(vm),
        "time" => time::make(vm),
        "random" => random::make(vm),
        "_random" => random::make_core(vm),
        "heapq" => heapq::make(vm),
        "bisect" => bisect::make(vm),
        "collections" => collections::make(vm),
        "itertools" => itertools::make(vm),
        "operator" => operator::make(vm),
        "functools" => functools::make(vm),
        _ => return None,
    })
}
