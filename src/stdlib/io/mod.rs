//! The native `_io` module: `StringIO`, `BytesIO` and `TextIOWrapper`
//! (one file per type), which `io.py` re-exports next to its ABCs. This
//! file holds what the three share: argument conversion, the closed-file
//! errors and `io.UnsupportedOperation`.

pub mod bytesio;
pub mod codec;
pub mod lines;
pub mod stringio;
pub mod textio;

use crate::error::{PyErr, PyResult};
use crate::object::exception::{type_error, value_error};
use crate::object::registry::t;
use crate::object::*;
use crate::vm::Vm;

/// The `_io` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = super::native_fns::module_with_fns(vm, "_io", &[])?;
    super::native_fns::set(vm, &m, "StringIO", stringio::sio_type());
    super::native_fns::set(vm, &m, "BytesIO", bytesio::bio_type());
    super::native_fns::set(vm, &m, "TextIOWrapper", textio::tw_type());
    // The types of binary files from `open()` (native file objects).
    for (name, mode) in [("BufferedReader", "r"), ("BufferedWriter", "w"), ("BufferedRandom", "+")] {
        super::native_fns::set(vm, &m, name, crate::builtins::io::binary_file_type(mode));
    }
    Ok(m)
}

/// Creates the native type `qualname` (`_io.<name>`: subclassable, instances with a
/// `__dict__` over their Rust state): `__new__`, the methods and the
/// read-only attributes.
pub(super) fn make_io_type(name: &'static str, qualname: &'static str, new: NativeFn, methods: &[(&'static str, NativeFn)], getters: &[(&'static str, Getter)]) -> Value {
    use crate::object::registry::{add_getset, add_method, new_builtin_subtype_with_dict};
    let ty = new_builtin_subtype_with_dict::<StateData>(name, qualname, "_io", &t().object, crate::object::typeobj::tflags::BASETYPE);
    add_method(&ty, "__new__", new, BuiltinKind::StaticMethod);
    for (n, f) in methods {
        add_method(&ty, n, *f, BuiltinKind::Method);
    }
    for (n, g) in getters {
        add_getset(&ty, n, *g, None);
    }
    ty
}

/// `ValueError: I/O operation on closed file` (with the final period when
/// `period`, as CPython's messages differ between methods).
#[cold]
pub fn closed_error(period: bool) -> PyErr {
    value_error(if period { "I/O operation on closed file." } else { "I/O operation on closed file" })
}

/// `ValueError: I/O operation on uninitialized object`.
#[cold]
pub fn uninit_error() -> PyErr {
    value_error("I/O operation on uninitialized object")
}

/// `io.UnsupportedOperation(msg)` (the class lives in `io.py`).
#[cold]
pub fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = crate::vm::import::import_full(vm, "io").and_then(|m| vm.getattr_str(&m, "UnsupportedOperation"));
    match cls {
        Ok(c) => PyErr::new(&c, msg),
        Err(e) => e,
    }
}

/// `StopIteration` with no value.
#[cold]
pub fn stop() -> PyErr {
    PyErr::new_empty(&t().named("StopIteration"))
}

/// Whether `v` is an int or has `__index__`.
fn has_index(vm: &mut Vm, v: &Value) -> bool {
    vm.is_int(v) || vm.lookup_special(v, "__index__").is_some()
}

/// An optional size argument (`None` or missing: -1), CPython's message
/// for other types.
pub fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(-1),
        Some(v) if vm.is_none(v) => Ok(-1),
        Some(v) if v.as_small_int().is_some() => Ok(v.as_small_int().unwrap_or(-1)),
        Some(v) if has_index(vm, v) => vm.index_to_i64(v, "size"),
        Some(v) => Err(type_error(format!("argument should be integer or None, not '{}'", vm.type_name(v)))),
    }
}

/// An integer argument (`'float' object cannot be interpreted as an integer`).
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v.as_small_int() {
        Some(i) => Ok(i),
        None => vm.index_to_i64(v, "int"),
    }
}

pub use crate::vm::iterate::is_exact;

/// The seen-newline bits of the `newlines` attribute.
pub mod seen {
    /// A lone `\r`.
    pub const CR: u8 = 1;
    /// A lone `\n`.
    pub const LF: u8 = 2;
    /// `\r\n`.
    pub const CRLF: u8 = 4;
}

/// The `newlines` attribute for the seen bits: None, one str, or a tuple.
pub fn newlines_value(vm: &Vm, bits: u8) -> Value {
    let mut kinds = Vec::new();
    if bits & seen::CR != 0 {
        kinds.push(vm.str("\r"));
    }
    if bits & seen::LF != 0 {
        kinds.push(vm.str("\n"));
    }
    if bits & seen::CRLF != 0 {
        kinds.push(vm.str("\r\n"));
    }
    match kinds.len() {
        0 => vm.none(),
        1 => kinds.pop().unwrap_or_else(|| vm.none()),
        _ => vm.tuple(kinds),
    }
}

/// The class of a `__new__(cls, ...)` call, checked to be a subtype of
/// `base` (called `_io.<name>`), with CPython's messages.
pub fn new_cls(vm: &Vm, args: &Args, base: &Value, name: &str) -> PyResult<Value> {
    let Some(cls) = args.pos().first().cloned() else { return Err(type_error(format!("_io.{name}.__new__(): not enough arguments"))) };
    let Some(td) = cls.downcast::<TypeData>() else {
        return Err(type_error(format!("_io.{name}.__new__(X): X is not a type object ({})", vm.type_name(&cls))));
    };
    if td.kind != Kind::State && vm.is_subtype(&cls, base) {
        return Err(type_error(format!("cannot create '{}' instances", td.name())));
    }
    if !vm.is_subtype(&cls, base) {
        let n = td.name();
        return Err(type_error(format!("_io.{name}.__new__({n}): {n} is not a subtype of _io.{name}")));
    }
    Ok(cls)
}
