//! The standard library built into the binary. Native (Rust) modules:
//! `sys`, `math`, `time`, `_random`, `_struct`, `re` (own engine), `json`,
//! `hashlib`, `hmac`, `binascii`, `base64`, `zlib`, `posix`, ... Modules
//! written in Python for Pyrite (`pysrc/*.py`) are compiled on first import:
//! see `pymod.rs` and the one table in `pysrc_modules.rs`. `find` creates a
//! module on demand; the import system caches it in `sys.modules`.

pub mod array;
pub mod base64;
pub mod binascii;
pub mod callerinfo;
pub mod resource;
pub mod runpy_native;
pub mod textcodecs;
pub mod unicodedata;
pub mod cmath;
pub mod coroutines;
pub mod cmath_tables;
pub mod collections;
pub mod csv;
pub mod collections_deque;
pub mod bisect;
pub mod functools;
pub mod functools_lru;
pub mod functools_partial;
pub mod collections_deque_more;
pub mod collections_native;
pub mod datetime;
pub mod hashlib;
pub mod heapq;
pub mod hmac;
pub mod io;
pub mod itertools;
pub mod json;
pub mod localtz;
pub mod math;
pub mod math_special;
pub mod native_fns;
pub mod operator;
pub mod operator_getters;
pub mod random;
pub mod random_dists;
pub mod random_fast;
pub mod random_ints;
pub mod random_sha;
pub mod struct_codec;
pub mod struct_format;
pub mod re;
pub mod structseq;
pub mod pymod;
pub mod pysrc_modules;
pub mod gc;
pub mod posix;
pub mod sys;
pub mod sys_frame;
pub mod time;
pub mod weakref_native;
pub mod zlib;

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Names of the native modules.
pub const NATIVE_MODULES: &[&str] = &["_bisect", "_callerinfo", "_collections", "_coroutines", "_csv", "_dtcore", "_functools", "_heapq", "_io", "_operator", "_random", "_re", "_runpy", "_struct", "_textcodecs", "_weakref", "gc", "array", "base64", "binascii", "bisect", "builtins", "cmath", "collections", "hashlib", "hmac", "itertools", "json", "math", "operator", "posix", "re", "resource", "sys", "time", "unicodedata", "zlib"];

/// The native module `name`, freshly created, or `None` if there is none.
pub fn find(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    Some(match name {
        "sys" => sys::make(vm),
        "math" => math::make(vm),
        "cmath" => cmath::make(vm),
        "time" => time::make(vm),
        "_coroutines" => coroutines::make(vm),
        "_random" => random::make_core(vm),
        "collections" => collections::make(vm),
        "_collections" => collections_native::make(vm),
        "_callerinfo" => callerinfo::make(vm),
        "_textcodecs" => textcodecs::make(vm),
        "_runpy" => runpy_native::make(vm),
        "resource" => resource::make(vm),
        "unicodedata" => unicodedata::make(vm),
        "_struct" => struct_codec::make(vm),
        "re" => re::make(vm),
        "_re" => re::native::make(vm),
        "json" => json::make(vm),
        "hashlib" => hashlib::make(vm),
        "binascii" => binascii::make(vm),
        "base64" => base64::make(vm),
        "zlib" => zlib::make(vm),
        "hmac" => hmac::make(vm),
        "itertools" => itertools::make(vm),
        "posix" => posix::make(vm),
        "_heapq" => heapq::make(vm),
        "bisect" | "_bisect" => bisect::make(vm, name),
        "operator" | "_operator" => operator::make(vm, name),
        "_functools" => functools::make(vm),
        "_dtcore" => datetime::make(vm),
        "_csv" => csv::make(vm),
        "array" => array::make(vm),
        "_io" => io::make(vm),
        "_weakref" => weakref_native::make(vm),
        "gc" => gc::make(vm),
        _ => return pysrc_modules::find(vm, name),
    })
}
