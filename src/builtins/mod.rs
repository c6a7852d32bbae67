//! The `builtins` module: builtin functions (one file per family) and the
//! builtin names bound to types and exceptions.
//! OWNER: builtins helper.

pub mod io;
mod io_text;
pub mod numeric;
pub mod pending;
pub mod reflect;
pub mod reflect2;

use num_bigint::BigInt;

use crate::error::PyResult;
use crate::object::exception::{type_error, HIERARCHY};
use crate::object::*;
use crate::vm::Vm;

/// Binds `name` to `value` in the builtins namespace.
pub fn set_builtin(vm: &mut Vm, name: &str, value: Value) {
    let key = vm.name(name);
    vm.builtins.downcast::<DictData>().expect("builtins dict").set_str(key, value);
}

/// Binds a native function `name` in the builtins namespace.
pub fn def(vm: &mut Vm, name: &'static str, f: NativeFn) {
    let v = vm.builtin_fn(name, f);
    set_builtin(vm, name, v);
}

/// Fills `vm.builtins` and registers native modules (`sys`, `math`, `time`).
pub fn install(vm: &mut Vm) {
    let r = t();
    for name in [
        "int", "float", "complex", "bool", "str", "bytes", "bytearray", "list", "tuple", "dict", "set", "frozenset", "range", "slice", "object",
        "type", "memoryview", "property", "staticmethod", "classmethod", "super", "enumerate", "zip", "map", "filter", "reversed", "BaseException",
    ] {
        if let Some(ty) = r.get_named(name) {
            set_builtin(vm, name, ty);
        }
    }
    for (name, _) in HIERARCHY {
        set_builtin(vm, name, r.named(name));
    }
    set_builtin(vm, "EnvironmentError", r.named("OSError"));
    set_builtin(vm, "IOError", r.named("OSError"));
    let debug = if crate::compiler::optimize() == 0 { r.true_.clone() } else { r.false_.clone() };
    set_builtin(vm, "__debug__", debug);
    set_builtin(vm, "Ellipsis", r.ellipsis.clone());
    set_builtin(vm, "NotImplemented", r.not_implemented.clone());
    set_builtin(vm, "None", r.none.clone());
    set_builtin(vm, "True", r.true_.clone());
    set_builtin(vm, "False", r.false_.clone());
    set_builtin(vm, "__name__", vm.name("builtins"));
    def(vm, "__build_class__", build_class);
    io::install(vm);
    numeric::install(vm);
    reflect::install(vm);
    reflect2::install(vm);
    crate::types::async_gen::install_builtins(vm);
    // `sys.modules['builtins']` is a module over the builtins dict.
    let m = alloc(&r.module, ModuleData { dict: vm.builtins.clone() }, None);
    let key = vm.name("builtins");
    vm.modules.downcast::<DictData>().expect("modules dict").set_str(key, m);
    // `sys` exists from the start (print reads `sys.stdout`, import reads `sys.path`).
    if let Some(Ok(sys)) = crate::stdlib::find(vm, "sys") {
        let key = vm.name("sys");
        vm.modules.downcast::<DictData>().expect("modules dict").set_str(key, sys);
    }
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pending::build_class(vm, args)
}

// ----- shared argument helpers -----

/// The value of an int (small, big or bool) as a BigInt.
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    v.downcast::<IntData>().map(|d| d.0.clone())
}

/// The value of an int as an i64 if it fits.
pub fn as_i64(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    use num_traits::ToPrimitive;
    v.downcast::<IntData>().and_then(|d| d.0.to_i64())
}

/// The value of a float (inline or subclass).
pub fn as_f64(v: &Value) -> Option<f64> {
    if let Some(f) = v.as_float() {
        return Some(f);
    }
    v.downcast::<FloatData>().map(|d| d.0)
}

/// An int argument through `__index__`, as a BigInt.
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = as_bigint(v) {
        return Ok(b);
    }
    if let Some(m) = vm.lookup_special(v, "__index__") {
        let r = vm.call(&m, &[])?;
        if let Some(b) = as_bigint(&r) {
            return Ok(b);
        }
        return Err(type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r))));
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

/// A str argument's text, or TypeError `msg`.
pub fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    match crate::object::str::as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(type_error(format!("{} must be str, not {}", what, vm.type_name(v)))),
    }
}
