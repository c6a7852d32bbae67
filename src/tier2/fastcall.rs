//! Calls that the interpreter and compiled code make on a program's behalf
//! without a CALL instruction, routed through `call_direct` (straight into
//! the callee's compiled code, no argument binding or generic call chain)
//! when the callee allows it:
//! - operator dunders of user classes (`a + b` calling `A.__add__`, a
//!   comparison calling `__lt__`, `-a` calling `__neg__`): the operator
//!   protocols (`Vm::binary_protocol_v`, `Vm::compare`, `Vm::unary_op`) keep
//!   their order of calls and NotImplemented handling and only call each
//!   chosen function through `call_fn`;
//! - `C(args)` for a plain class (metaclass `type`, `object.__new__`, a
//!   Python `__init__`): the instance is allocated here and `__init__` runs
//!   on it through the direct path (`call_plain_class`).
//!
//! Anything else (a builtin, a bound method, a function with defaults or
//! not compiled yet) goes through `Vm::call`, so results are the same.

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::*;
use crate::vm::Vm;

/// Calls `f(*args)`: straight into its compiled code when `call_direct`
/// can, else through the general call path.
#[inline]
pub fn call_fn(vm: &mut Vm, f: &Value, args: &[Value]) -> PyResult<Value> {
    if f.downcast::<FunctionData>().is_some() {
        if let Some(r) = super::call_direct(vm, f, args.len(), |i| args[i].clone()) {
            return r;
        }
    }
    vm.call(f, args)
}

/// `cls(*args)` when `cls` is a plain class: metaclass exactly `type`, a
/// plain object layout, `__new__` inherited from `object` and `__init__` a
/// Python function. The instance is allocated as `object.__new__` would
/// (its argument check cannot fire with a custom `__init__`), then
/// `__init__(obj, *args)` runs through `call_fn`; a non-None result is
/// CPython's TypeError. `None`: not such a class (the caller takes the
/// general path); arguments come from `arg(0..nargs)`.
pub fn call_plain_class(vm: &mut Vm, cls: &Value, nargs: usize, arg: impl Fn(usize) -> Value) -> Option<PyResult<Value>> {
    let td = cls.downcast::<TypeData>()?;
    let r = t();
    if td.kind != Kind::Object || !vm.type_of(cls).is(&r.type_) {
        return None;
    }
    let new = vm.type_lookup_v(cls, &vm.names.new.clone())?;
    if !vm.type_lookup_v(&r.object, &vm.names.new.clone()).is_some_and(|o| o.is(&new)) {
        return None;
    }
    let init = vm.type_lookup_v(cls, &vm.names.init.clone())?;
    init.downcast::<FunctionData>()?;
    let obj = crate::object::header::alloc(cls, (), None);
    let res = match super::call_direct(vm, &init, nargs + 1, |i| if i == 0 { obj.clone() } else { arg(i - 1) }) {
        Some(r) => r,
        None => {
            let mut args = Vec::with_capacity(nargs + 1);
            args.push(obj.clone());
            args.extend((0..nargs).map(&arg));
            vm.call(&init, &args)
        }
    };
    Some(match res {
        Ok(v) if vm.is_none(&v) => Ok(obj),
        Ok(v) => Err(type_error(format!("__init__() should return None, not '{}'", vm.type_name(&v)))),
        Err(e) => Err(e),
    })
}
