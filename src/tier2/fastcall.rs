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
//!   on it through the direct path (`call_plain_class`); at a CALL the
//!   interpreter made CALL_PY_INIT, its cache (class, type epoch, `__init__`)
//!   stands for the three type lookups (`call_init_cached`);
//! - `a <op> b` at a BINARY_OP the interpreter made BINARY_OP_PY: under its
//!   cache's guards the cached dunder is called straight, NotImplemented
//!   going on with the rest of the protocol (`binary_op_at`).
//!
//! A new instance gets room for as many inline attributes as the last
//! instance of its class had after `__init__` (a small direct-mapped table
//! keyed by the class's address; a stale entry only sizes an allocation),
//! so compiled `__init__` code can add them all in place.
//!
//! Anything else (a builtin, a bound method, a function with defaults or
//! not compiled yet) goes through `Vm::call`, so results are the same.

use std::cell::Cell;
use std::mem::ManuallyDrop;

use crate::bytecode::{BinaryOp, InlineCache, Instr, Op};
use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::typeobj::type_epoch;
use crate::object::*;
use crate::vm::specialize::type_word;
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
    Some(new_instance(vm, cls, &init, nargs, arg))
}

/// `call_plain_class` at a CALL the interpreter made CALL_PY_INIT (`instr`,
/// cache `c`): while the callable is the cached class (`key`, a class
/// whose metaclass is still `type`) and the type epoch unchanged (`key2`),
/// the cached `__init__` (`value`, owned by the class namespace meanwhile)
/// is the one the lookups would find. `None`: the generic path.
#[inline]
pub fn call_init_cached(vm: &mut Vm, cls: &Value, instr: &Instr, c: &InlineCache, nargs: usize, arg: impl Fn(usize) -> Value) -> Option<PyResult<Value>> {
    if instr.op.get() != Op::CallPyInit || cls.raw() != c.key.get() || type_epoch() != c.key2.get() {
        return None;
    }
    // `cls.__class__ = M` would not show in the epoch.
    if cls.as_header()?.type_ptr() as u64 != t().type_.raw() {
        return None;
    }
    let init = (*ManuallyDrop::new(Value::from_raw(c.value.get()))).clone();
    Some(new_instance(vm, cls, &init, nargs, arg))
}

/// A new instance of plain class `cls` (see `call_plain_class`) on which
/// Python function `init` ran with arguments `arg(0..nargs)`.
fn new_instance(vm: &mut Vm, cls: &Value, init: &Value, nargs: usize, arg: impl Fn(usize) -> Value) -> PyResult<Value> {
    let obj = alloc_instance(cls);
    let res = match super::call_direct(vm, init, nargs + 1, |i| if i == 0 { obj.clone() } else { arg(i - 1) }) {
        Some(r) => r,
        None => {
            let mut args = Vec::with_capacity(nargs + 1);
            args.push(obj.clone());
            args.extend((0..nargs).map(&arg));
            vm.call(init, &args)
        }
    };
    note_instance_attrs(cls, &obj);
    match res {
        Ok(v) if vm.is_none(&v) => Ok(obj),
        Ok(v) => Err(init_not_none(vm, &v)),
        Err(e) => Err(e),
    }
}

/// A new instance of plain class `cls` (see `call_plain_class`), not
/// initialized yet, with room for as many inline attributes as its last
/// instance had after `__init__`.
pub fn alloc_instance(cls: &Value) -> Value {
    let obj = crate::object::header::alloc(cls, (), None);
    let hint = attr_hint(cls);
    if let Some(e) = obj.as_header().and_then(|h| h.ext()).filter(|_| hint != 0) {
        e.attrs.reserve(hint);
    }
    obj
}

/// Remembers how many attributes `obj`, an instance of `cls` made by
/// `alloc_instance`, has after its `__init__` (the next one's room).
pub fn note_instance_attrs(cls: &Value, obj: &Value) {
    if let Some(s) = obj.as_header().and_then(|h| h.ext()).and_then(|e| e.attrs.shape()) {
        if s.len() != attr_hint(cls) {
            set_attr_hint(cls, s.len());
        }
    }
}

/// CPython's TypeError for an `__init__` that returned `v`, not None.
pub fn init_not_none(vm: &Vm, v: &Value) -> crate::error::PyErr {
    type_error(format!("__init__() should return None, not '{}'", vm.type_name(v)))
}

/// `a <op> b` (BINARY_OP argument `arg`) at instruction `instr` with cache
/// `c`: when it is BINARY_OP_PY and the cache's guards hold (as
/// `Vm::enter_binop_call` checks them: `a`'s type, the type epoch, `b`'s
/// type word), the cached Python dunder (owned by the class namespace
/// meanwhile) is called with `(a, b)` straight, and NotImplemented goes on
/// with `b`'s reflected dunder and the fallbacks; else the generic
/// operator. The site is specialized and backed off as the interpreter
/// does it (compiled code may be all that runs it).
#[inline]
pub fn binary_op_at(vm: &mut Vm, a: &Value, b: &Value, arg: u32, instr: &Instr, c: &InlineCache) -> PyResult<Value> {
    let (op, inplace) = BinaryOp::from_arg(arg).expect("valid BINARY_OP arg");
    if instr.op.get() == Op::BinaryOp && crate::vm::specialize::should_specialize(c) {
        vm.specialize_binary_op(instr, c, a, b, arg);
    }
    if instr.op.get() == Op::BinaryOpPy {
        if let Some(h) = a.as_header() {
            if h.type_ptr() as u64 == c.key.get() && type_epoch() == c.key2.get() && type_word(b) == c.shape.get() {
                let func = (*ManuallyDrop::new(Value::from_raw(c.value.get()))).clone();
                let r = match super::call_direct(vm, &func, 2, |i| if i == 0 { a.clone() } else { b.clone() }) {
                    Some(r) => r?,
                    None => vm.call(&func, &[a.clone(), b.clone()])?,
                };
                if !r.is(&t().not_implemented) {
                    return Ok(r);
                }
                return vm.binary_op_after_left(a, b, op, inplace);
            }
        }
        crate::vm::specialize::back_off(instr, c);
    }
    vm.binary_op(a, b, op, inplace)
}

/// Entries of the attribute-count hint table (a power of two).
const HINTS: usize = 64;

thread_local! {
    /// Per class address: the number of attributes its last instance built
    /// by `call_plain_class` had after `__init__`.
    static ATTR_HINTS: [Cell<(u64, u32)>; HINTS] = const { [const { Cell::new((0, 0)) }; HINTS] };
}

fn hint_slot(cls: &Value) -> usize {
    (cls.raw() >> 4) as usize & (HINTS - 1)
}

/// The attribute-count hint for `cls` (0: none).
fn attr_hint(cls: &Value) -> usize {
    let (k, n) = ATTR_HINTS.with(|h| h[hint_slot(cls)].get());
    if k == cls.raw() {
        n as usize
    } else {
        0
    }
}

fn set_attr_hint(cls: &Value, n: usize) {
    ATTR_HINTS.with(|h| h[hint_slot(cls)].set((cls.raw(), n.min(u32::MAX as usize) as u32)));
}
