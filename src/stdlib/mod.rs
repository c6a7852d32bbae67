//! Modules built into the binary: native (Rust) ones (`sys`, `math`, `time`,
//! `_random`, `hashlib`, `hmac`, `binascii`, `base64`, `zlib`, and `json` with a thin
//! Python layer) and ones written in Python and compiled on first import
//! (`collections`, `itertools`, `operator`, `heapq`, `bisect`: see
//! `pymod.rs`).
//! `find` creates a module on demand; the import system caches it in
//! `sys.modules`.

pub mod base64;
pub mod binascii;
pub mod bisect;
pub mod collections;
pub mod collections_deque;
pub mod hashlib;
pub mod heapq;
pub mod hmac;
pub mod itertools;
pub mod json;
pub mod math;
pub mod math_special;
pub mod operator;
pub mod random;
pub mod random_sha;
pub mod structseq;
pub mod pymod;
pub mod sys;
pub mod time;
pub mod zlib;

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Names of the native modules.
pub const NATIVE_MODULES: &[&str] = &["_random", "base64", "binascii", "bisect", "builtins", "collections", "hashlib", "heapq", "hmac", "itertools", "json", "math", "operator", "sys", "time", "zlib"];

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
        "json" => json::make(vm),
        "hashlib" => hashlib::make(vm),
        "binascii" => binascii::make(vm),
        "base64" => base64::make(vm),
        "zlib" => zlib::make(vm),
        "hmac" => hmac::make(vm),
        _ => return None,
    })
}
