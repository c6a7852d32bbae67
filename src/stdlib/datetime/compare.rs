//! Native rich comparisons of `datetime` instances. Sorting and dict
//! lookups compare datetimes far more often than they build them, so
//! `datetime.__eq__`/`__lt__`/... are builtin methods: when both sides are
//! datetimes sharing one tzinfo object (naive ones included) they compare
//! the wall-clock microsecond keys (`_k`) directly; every other case calls
//! the Python fallback `_dt_compare(a, b, symbol)`, which holds the
//! offset-aware and mixed-type rules.

use std::cell::RefCell;

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::*;
use crate::vm::Vm;

/// Slot positions in `datetime.__slots__` order.
const TZ_SLOT: usize = 4;
const KEY_SLOT: usize = 6;

thread_local! {
    /// The `datetime` class and the Python fallback, set by `dt_methods`.
    static DT: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

/// (tzinfo, key) of `v` if it is a datetime with an int key.
fn parts(vm: &Vm, v: &Value, dt: &Value) -> Option<(u64, i64)> {
    let h = v.as_header()?;
    let ty = vm.type_of(v);
    if !ty.is(dt) && !vm.is_subtype(&ty, dt) {
        return None;
    }
    let ext = h.ext()?;
    let tz = ext.slots.get(TZ_SLOT)?.get()?;
    let k = crate::builtins::as_i64(&ext.slots.get(KEY_SLOT)?.get()?)?;
    Some((tz.raw(), k))
}

fn compare(vm: &mut Vm, args: Args, sym: &'static str, op: fn(i64, i64) -> bool) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!("expected 1 argument, got {}", p.len().saturating_sub(1))));
    }
    let Some((dt, slow)) = DT.with(|d| d.borrow().clone()) else { return Err(type_error("datetime comparisons are not installed")) };
    if let (Some((ta, ka)), Some((tb, kb))) = (parts(vm, &p[0], &dt), parts(vm, &p[1], &dt)) {
        if ta == tb {
            return Ok(vm.bool(op(ka, kb)));
        }
    }
    let s = vm.str(sym);
    vm.call(&slow, &[p[0].clone(), p[1].clone(), s])
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "==", |a, b| a == b)
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "<", |a, b| a < b)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "<=", |a, b| a <= b)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, ">", |a, b| a > b)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, ">=", |a, b| a >= b)
}

/// `dt_methods(datetime, fallback)`: records the class and the fallback;
/// returns the method descriptors `(__eq__, __lt__, __le__, __gt__, __ge__)`.
pub fn dt_methods(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = crate::stdlib::native_fns::exact(args, "_dtcore", "dt_methods", 2)?;
    if p[0].downcast::<TypeData>().is_none() {
        return Err(type_error("dt_methods: expected the datetime class"));
    }
    DT.with(|d| *d.borrow_mut() = Some((p[0].clone(), p[1].clone())));
    let fns: [(&'static str, NativeFn); 5] = [("__eq__", eq), ("__lt__", lt), ("__le__", le), ("__gt__", gt), ("__ge__", ge)];
    let items = fns
        .iter()
        .map(|(name, f)| alloc(&crate::object::registry::t().method_descriptor, BuiltinData { name, func: *f, kind: BuiltinKind::Method, self_: None, owner: "datetime" }, None))
        .collect();
    Ok(vm.tuple(items))
}
