//! Native fast paths of the Python `datetime` class: `+`/`-` with a
//! timedelta, `datetime - datetime` sharing one tzinfo object (naive ones
//! included) and hashing. They apply to exact `datetime` instances (whose
//! `__slots__` layout is known: `_h _mi _s _us _tz _fold _k _hash`, the
//! date part in the native state); every other case calls the class's own
//! Python method, kept as the fallback, which holds the subclass, aware and
//! error rules.

use std::cell::RefCell;

use crate::error::PyResult;
use crate::object::exception::{overflow_error, type_error};
use crate::object::hashing::hash_i64;
use crate::object::*;
use crate::vm::Vm;

use super::calendar;
use super::timedelta::{td_of, td_value};

/// datetime's `_tz` and `_k` slots.
const TZ_SLOT: usize = 4;
const KEY_SLOT: usize = 6;

/// The Python methods replaced, in `fast_methods` order (then the text
/// methods of `fast_text.rs`).
const DT_NAMES: [&str; 5] = ["__add__", "__sub__", "__hash__", "__repr__", "__str__"];

struct Fast {
    datetime: Value,
    /// The Python methods, in `DT_NAMES` order.
    slow: Vec<Value>,
}

thread_local! {
    static FAST: RefCell<Option<Fast>> = const { RefCell::new(None) };
}

pub(super) fn dt_class() -> PyResult<Value> {
    FAST.with(|f| f.borrow().as_ref().map(|f| f.datetime.clone())).ok_or_else(|| type_error("datetime fast paths are not installed"))
}

/// CPython's descriptor error when `self` of method `index` is not an
/// instance of its class (the Python method would fail on a missing slot).
fn check_self(vm: &Vm, index: usize, p: &[Value]) -> PyResult<()> {
    let datetime = dt_class()?;
    let Some(a) = p.first() else { return Ok(()) };
    if vm.is_subtype(&vm.type_of(a), &datetime) {
        return Ok(());
    }
    let name = DT_NAMES.get(index).copied().unwrap_or("method");
    let got = vm.qualified_type_name(a);
    let got = if vm.type_of(a).is(&super::date::date_type()) { "datetime.date".to_string() } else { got };
    Err(type_error(format!("descriptor '{}' requires a 'datetime.datetime' object but received a '{}'", name, got)))
}

fn slow(vm: &mut Vm, index: usize, p: &[Value]) -> PyResult<Value> {
    check_self(vm, index, p)?;
    let f = FAST.with(|f| f.borrow().as_ref().and_then(|f| f.slow.get(index).cloned())).ok_or_else(|| type_error("datetime fast paths are not installed"))?;
    vm.call(&f, p)
}

/// Calls Python method number `index` with all of `args` (keywords too).
pub(super) fn slow_args(vm: &mut Vm, index: usize, args: Args) -> PyResult<Value> {
    check_self(vm, index, args.pos())?;
    let f = FAST.with(|f| f.borrow().as_ref().and_then(|f| f.slow.get(index).cloned())).ok_or_else(|| type_error("datetime fast paths are not installed"))?;
    vm.call_kw(&f, args.all, args.kwnames)
}

pub(super) fn slot(v: &Value, i: usize) -> Option<Value> {
    v.as_header()?.ext()?.slots.get(i)?.get()
}

pub(super) fn slot_int(v: &Value, i: usize) -> Option<i64> {
    crate::builtins::as_i64(&slot(v, i)?)
}

/// Slot `i` (an int) of `v` if it is an exact instance of `cls`.
fn exact_key(vm: &Vm, v: &Value, cls: &Value, i: usize) -> Option<i64> {
    if !vm.type_of(v).is(cls) {
        return None;
    }
    slot_int(v, i)
}

fn two(p: &[Value]) -> PyResult<(&Value, &Value)> {
    match p {
        [a, b] => Ok((a, b)),
        _ => Err(type_error(format!("expected 1 argument, got {}", p.len().saturating_sub(1)))),
    }
}

/// An exact naive-or-same-tz datetime at wall microsecond count `k`.
fn dt_at(vm: &Vm, cls: &Value, k: i128, tz: &Value) -> PyResult<Value> {
    let f = i64::try_from(k).ok().and_then(calendar::split_us).ok_or_else(|| overflow_error("date value out of range"))?;
    super::dt_instance(vm, cls, &f, tz, 0, k as i64)
}

fn dt_shift(vm: &mut Vm, args: Args, index: usize, sign: i128) -> PyResult<Value> {
    let p = args.pos();
    let (a, b) = two(p)?;
    let datetime = dt_class()?;
    if let (Some(k), Some(td)) = (exact_key(vm, a, &datetime, KEY_SLOT), td_of(b)) {
        let tz = slot(a, TZ_SLOT).unwrap_or_else(|| vm.none());
        return dt_at(vm, &datetime, i128::from(k) + sign * td.total(), &tz);
    }
    if index == 1 {
        if let (Some(k1), Some(k2)) = (exact_key(vm, a, &datetime, KEY_SLOT), exact_key(vm, b, &datetime, KEY_SLOT)) {
            if let (Some(t1), Some(t2)) = (slot(a, TZ_SLOT), slot(b, TZ_SLOT)) {
                if t1.is(&t2) {
                    return td_value(i128::from(k1) - i128::from(k2));
                }
            }
        }
    }
    slow(vm, index, p)
}

fn dt_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dt_shift(vm, args, 0, 1)
}
fn dt_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dt_shift(vm, args, 1, -1)
}

fn dt_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let datetime = dt_class()?;
    if let Some(a) = p.first() {
        if let Some(k) = exact_key(vm, a, &datetime, KEY_SLOT) {
            if slot(a, TZ_SLOT).is_some_and(|tz| vm.is_none(&tz)) {
                return Ok(vm.int(hash_i64(k)));
            }
        }
    }
    slow(vm, 2, p)
}

/// `fast_methods(datetime, slow)`: records the class and its Python
/// methods (`slow`: `__add__ __sub__ __hash__ __repr__ __str__`) and
/// returns the native replacements in the same order.
pub fn fast_methods(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = crate::stdlib::native_fns::exact(args, "_dtcore", "fast_methods", 2)?;
    let slow: Vec<Value> = p[1].downcast::<TupleData>().map(|t| t.0.to_vec()).ok_or_else(|| type_error("fast_methods: expected a tuple"))?;
    if slow.len() != DT_NAMES.len() || p[0].downcast::<TypeData>().is_none() {
        return Err(type_error("fast_methods: expected (datetime, 5 methods)"));
    }
    FAST.with(|f| *f.borrow_mut() = Some(Fast { datetime: p[0].clone(), slow }));
    let fns: [NativeFn; 5] = [dt_add, dt_sub, dt_hash, super::fast_text::dt_repr, super::fast_text::dt_str];
    let items = DT_NAMES
        .iter()
        .zip(fns)
        .map(|(name, f)| alloc(&crate::object::registry::t().method_descriptor, BuiltinData { name, func: f, kind: BuiltinKind::Method, self_: None, owner: "datetime" }, None))
        .collect();
    Ok(vm.tuple(items))
}
