//! `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`:
//! the default copy/pickle protocol every class inherits, so that a class
//! overriding one of them can still call `super().__reduce_ex__(proto)`;
//! and `object.__sizeof__` (its sizes live beside `sys.getsizeof`).
//!
//! The protocol itself (which constructor, `__getnewargs__`, slots, the
//! protocol-0/1 `copyreg._reconstructor` form) is written once, in Python,
//! in `copyreg` (`_reduce_default`, `_object_getstate`), which `copy` and
//! `pickle` use too; these methods call it.

use crate::error::PyResult;
use crate::object::registry::add_method;
use crate::object::*;
use crate::vm::Vm;

use BuiltinKind::Method;

/// Calls `copyreg.<name>(args...)`.
fn copyreg_call(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let module = crate::vm::import::import_full(vm, "copyreg")?;
    let f = vm.getattr_str(&module, name)?;
    vm.call(&f, args)
}

/// `object.__reduce_ex__(protocol)`: an overridden `__reduce__` wins (as in
/// CPython), else the default reduction for `protocol`.
fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce_ex__").positional(2, 2)?;
    let (obj, proto) = (&p[0], &p[1]);
    let proto_i = vm.index_to_i64(proto, "protocol")?;
    let ty = vm.type_of(obj);
    if let (Some(own), Some(base)) = (vm.type_lookup(&ty, "__reduce__"), vm.type_lookup(&t().object, "__reduce__")) {
        if !own.is(&base) {
            let bound = vm.getattr_str(obj, "__reduce__")?;
            return vm.call(&bound, &[]);
        }
    }
    let proto_v = vm.int(proto_i);
    copyreg_call(vm, "_reduce_default", &[obj.clone(), proto_v])
}

/// `object.__reduce__()`: the protocol-0 reduction.
fn object_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    let zero = vm.int(0);
    copyreg_call(vm, "_reduce_default", &[p[0].clone(), zero])
}

/// `object.__getstate__()`: the instance dict (None when empty or absent),
/// paired with a dict of the filled slots when the class has `__slots__`.
fn object_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__getstate__").positional(1, 1)?;
    copyreg_call(vm, "_object_getstate", &[p[0].clone()])
}

/// Installs the methods on `object`.
pub fn install() {
    let o = &t().object;
    add_method(o, "__reduce_ex__", object_reduce_ex, Method);
    add_method(o, "__reduce__", object_reduce, Method);
    add_method(o, "__getstate__", object_getstate, Method);
    add_method(o, "__sizeof__", crate::stdlib::sys::object_sizeof, Method);
}
