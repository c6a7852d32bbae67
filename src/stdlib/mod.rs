//! The standard library built into the binary. Native (Rust) modules:
//! `sys`, `math`, `time`, `_random`, `_struct`, `re` (own engine), `json`,
//! `hashlib`, `hmac`, `binascii`, `base64`, `zlib`, `posix`, ... Modules
//! written in Python for Pyrite (`pysrc/*.py`) are compiled on first import:
//! see `pymod.rs` and the tables in `pysrc_modules.rs`, `pylib.rs` and
//! `ossrc.rs`. `find` creates a module on demand; the import system caches
//! it in `sys.modules`.

pub mod argparse;
pub mod base64;
pub mod binascii;
pub mod bisect;
pub mod callerinfo;
pub mod cmath;
pub mod cmath_tables;
pub mod collections;
pub mod collections_deque;
pub mod decimal;
pub mod decimal_math;
pub mod fractions;
pub mod hashlib;
pub mod heapq;
pub mod hmac;
pub mod itertools;
pub mod json;
pub mod math;
pub mod math_special;
pub mod operator;
pub mod pprint;
pub mod random;
pub mod random_sha;
pub mod statistics;
pub mod struct_codec;
pub mod struct_format;
pub mod re;
pub mod structseq;
pub mod pylib;
pub mod pymod;
pub mod pysrc_modules;
pub mod posix;
pub mod ossrc;
pub mod sys;
pub mod sys_frame;
pub mod time;
pub mod zlib;

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// Names of the native modules.
pub const NATIVE_MODULES: &[&str] = &["_decimal_math", "_random", "_re", "_struct", "argparse", "base64", "binascii", "bisect", "builtins", "cmath", "collections", "decimal", "fractions", "hashlib", "heapq", "hmac", "itertools", "json", "math", "operator", "posix", "pprint", "re", "statistics", "sys", "time", "zlib"];

/// The native module `name`, freshly created, or `None` if there is none.
pub fn find(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    Some(match name {
        "sys" => sys::make(vm),
        "math" => math::make(vm),
        "cmath" => cmath::make(vm),
        "time" => time::make(vm),
        "_random" => random::make_core(vm),
        "collections" => collections::make(vm),
        "heapq" => heapq::make(vm),
        "bisect" => bisect::make(vm),
        "itertools" => itertools::make(vm),
        "operator" => operator::make(vm),
        "fractions" => fractions::make(vm),
        "statistics" => statistics::make(vm),
        "pprint" => pprint::make(vm),
        "decimal" => decimal::make(vm),
        "argparse" => argparse::make(vm),
        "_decimal_math" => decimal_math::make(vm),
        "_callerinfo" => callerinfo::make(vm),
        "_struct" => struct_codec::make(vm),
        "array" => pymod::module_from_source(vm, "array", include_str!("pysrc/array.py")),
        "string" => pymod::module_from_source(vm, "string", include_str!("pysrc/string.py")),
        "textwrap" => pymod::module_from_source(vm, "textwrap", include_str!("pysrc/textwrap.py")),
        "struct" => pymod::module_from_source(vm, "struct", include_str!("pysrc/struct.py")),
        "re" => re::make(vm),
        "_re" => re::native::make(vm),
        "json" => json::make(vm),
        "hashlib" => hashlib::make(vm),
        "binascii" => binascii::make(vm),
        "base64" => base64::make(vm),
        "zlib" => zlib::make(vm),
        "hmac" => hmac::make(vm),
        "posix" => posix::make(vm),
        _ if ossrc::source(name).is_some() => ossrc::make(vm, name),
        _ if pylib::has(name) => pylib::make(vm, name),
        _ => return pysrc_modules::find(vm, name),
    })
}
