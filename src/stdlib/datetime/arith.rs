//! Native fast paths of the Python `date` and `datetime` classes: `+`/`-`
//! with a timedelta, `date - date`, `datetime - datetime` sharing one
//! tzinfo object (naive ones included), hashing, and date comparisons.
//! They apply to exact `date`/`datetime` instances (whose `__slots__`
//! layout is known: `_y _m _d _o` and, for datetime, `_h _mi _s _us _tz
//! _fold _k _hash`); every other case calls the class's own Python method,
//! kept as the fallback, which holds the subclass, aware and error rules.

use std::cell::RefCell;

use crate::error::PyResult;
use crate::object::exception::{overflow_error, type_error};
use crate::object::hashing::hash_i64;
use crate::object::*;
use crate::vm::Vm;

use super::calendar::{self, MAX_ORDINAL, US_PER_DAY};
use super::timedelta::{td_of, td_value};

/// The `_o` slot of a date, and datetime's `_tz` and `_k` slots.
const ORD_SLOT: usize = 3;
const TZ_SLOT: usize = 8;
const KEY_SLOT: usize = 10;

/// The Python methods replaced, in `fast_methods` order.
const DATE_NAMES: [&str; 8] = ["__add__", "__sub__", "__hash__", "__eq__", "__lt__", "__le__", "__gt__", "__ge__"];
const DT_NAMES: [&str; 3] = ["__add__", "__sub__", "__hash__"];
/// Then the text methods (`fast_text.rs`): date's, then datetime's.
const DATE_TEXT: [&str; 3] = ["__repr__", "__str__", "isoformat"];
const DT_TEXT: [&str; 2] = ["__repr__", "__str__"];

struct Fast {
    date: Value,
    datetime: Value,
    /// The Python methods, `DATE_NAMES` then `DT_NAMES`.
    slow: Vec<Value>,
}

thread_local! {
    static FAST: RefCell<Option<Fast>> = const { RefCell::new(None) };
}

pub(super) fn classes() -> PyResult<(Value, Value)> {
    FAST.with(|f| f.borrow().as_ref().map(|f| (f.date.clone(), f.datetime.clone()))).ok_or_else(|| type_error("datetime fast paths are not installed"))
}

/// CPython's descriptor error when `self` of method `index` is not an
/// instance of its class (the Python method would fail on a missing slot).
fn check_self(vm: &Vm, index: usize, p: &[Value]) -> PyResult<()> {
    let on_datetime = matches!(index, 8..=10 | 14 | 15);
    let (date, datetime) = classes()?;
    let (cls, cname) = if on_datetime { (&datetime, "datetime.datetime") } else { (&date, "datetime.date") };
    let Some(a) = p.first() else { return Ok(()) };
    if vm.is_subtype(&vm.type_of(a), cls) {
        return Ok(());
    }
    let all = [&DATE_NAMES[..], &DT_NAMES[..], &DATE_TEXT[..], &DT_TEXT[..]].concat();
    let name = all.get(index).copied().unwrap_or("method");
    let ty = vm.type_of(a);
    let ours = ty.is(&date) || ty.is(&datetime);
    let got = if ours { format!("datetime.{}", vm.type_name(a)) } else { vm.qualified_type_name(a) };
    Err(type_error(if name.starts_with("__") {
        format!("descriptor '{}' requires a '{}' object but received a '{}'", name, cname, got)
    } else {
        format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name, cname, got)
    }))
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

/// `_o` of `v` if it is an exact instance of `cls`.
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

/// An exact date on day number `n`.
fn date_at(vm: &Vm, cls: &Value, n: i64) -> PyResult<Value> {
    if !(1..=MAX_ORDINAL).contains(&n) {
        return Err(overflow_error("date value out of range"));
    }
    let (y, m, d) = calendar::from_ordinal(n);
    super::fill(cls, &[vm.int(y), vm.int(m), vm.int(d), vm.int(n)])
}

fn date_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (a, b) = two(p)?;
    let (date, _) = classes()?;
    if let (Some(o), Some(td)) = (exact_key(vm, a, &date, ORD_SLOT), td_of(b)) {
        return date_at(vm, &date, o + i64::from(td.days));
    }
    slow(vm, 0, p)
}

fn date_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (a, b) = two(p)?;
    let (date, _) = classes()?;
    if let Some(o) = exact_key(vm, a, &date, ORD_SLOT) {
        if let Some(td) = td_of(b) {
            return date_at(vm, &date, o - i64::from(td.days));
        }
        if let Some(o2) = exact_key(vm, b, &date, ORD_SLOT) {
            return td_value(i128::from(o - o2) * i128::from(US_PER_DAY));
        }
    }
    slow(vm, 1, p)
}

fn date_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (date, _) = classes()?;
    if let Some(o) = p.first().and_then(|a| exact_key(vm, a, &date, ORD_SLOT)) {
        return Ok(vm.int(hash_i64(o)));
    }
    slow(vm, 2, p)
}

fn date_compare(vm: &mut Vm, args: Args, index: usize, op: fn(i64, i64) -> bool) -> PyResult<Value> {
    let p = args.pos();
    let (a, b) = two(p)?;
    let (date, _) = classes()?;
    if let (Some(x), Some(y)) = (exact_key(vm, a, &date, ORD_SLOT), exact_key(vm, b, &date, ORD_SLOT)) {
        return Ok(vm.bool(op(x, y)));
    }
    slow(vm, index, p)
}

fn date_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    date_compare(vm, args, 3, |a, b| a == b)
}
fn date_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    date_compare(vm, args, 4, |a, b| a < b)
}
fn date_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    date_compare(vm, args, 5, |a, b| a <= b)
}
fn date_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    date_compare(vm, args, 6, |a, b| a > b)
}
fn date_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    date_compare(vm, args, 7, |a, b| a >= b)
}

/// An exact naive-or-same-tz datetime at wall microsecond count `k`.
fn dt_at(vm: &Vm, cls: &Value, k: i128, tz: &Value) -> PyResult<Value> {
    let f = i64::try_from(k).ok().and_then(calendar::split_us).ok_or_else(|| overflow_error("date value out of range"))?;
    super::dt_instance(vm, cls, &f, tz, 0, k as i64)
}

fn dt_shift(vm: &mut Vm, args: Args, index: usize, sign: i128) -> PyResult<Value> {
    let p = args.pos();
    let (a, b) = two(p)?;
    let (_, datetime) = classes()?;
    if let (Some(k), Some(td)) = (exact_key(vm, a, &datetime, KEY_SLOT), td_of(b)) {
        let tz = slot(a, TZ_SLOT).unwrap_or_else(|| vm.none());
        return dt_at(vm, &datetime, i128::from(k) + sign * td.total(), &tz);
    }
    if index == 9 {
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
    dt_shift(vm, args, 8, 1)
}
fn dt_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dt_shift(vm, args, 9, -1)
}

fn dt_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (_, datetime) = classes()?;
    if let Some(a) = p.first() {
        if let Some(k) = exact_key(vm, a, &datetime, KEY_SLOT) {
            if slot(a, TZ_SLOT).is_some_and(|tz| vm.is_none(&tz)) {
                return Ok(vm.int(hash_i64(k)));
            }
        }
    }
    slow(vm, 10, p)
}

/// `fast_methods(date, datetime, slow)`: records the classes and their
/// Python methods (`slow`: date's `__add__ __sub__ __hash__ __eq__ __lt__
/// __le__ __gt__ __ge__`, datetime's `__add__ __sub__ __hash__`, date's
/// `__repr__ __str__ isoformat`, datetime's `__repr__ __str__`) and
/// returns the native replacements in the same order.
pub fn fast_methods(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = crate::stdlib::native_fns::exact(args, "_dtcore", "fast_methods", 3)?;
    let slow: Vec<Value> = p[2].downcast::<TupleData>().map(|t| t.0.to_vec()).ok_or_else(|| type_error("fast_methods: expected a tuple"))?;
    if slow.len() != DATE_NAMES.len() + DT_NAMES.len() + DATE_TEXT.len() + DT_TEXT.len() || p[0].downcast::<TypeData>().is_none() || p[1].downcast::<TypeData>().is_none() {
        return Err(type_error("fast_methods: expected (date, datetime, 16 methods)"));
    }
    FAST.with(|f| *f.borrow_mut() = Some(Fast { date: p[0].clone(), datetime: p[1].clone(), slow }));
    let fns: [(&'static str, NativeFn, &'static str); 16] = [
        (DATE_NAMES[0], date_add, "date"),
        (DATE_NAMES[1], date_sub, "date"),
        (DATE_NAMES[2], date_hash, "date"),
        (DATE_NAMES[3], date_eq, "date"),
        (DATE_NAMES[4], date_lt, "date"),
        (DATE_NAMES[5], date_le, "date"),
        (DATE_NAMES[6], date_gt, "date"),
        (DATE_NAMES[7], date_ge, "date"),
        (DT_NAMES[0], dt_add, "datetime"),
        (DT_NAMES[1], dt_sub, "datetime"),
        (DT_NAMES[2], dt_hash, "datetime"),
        (DATE_TEXT[0], super::fast_text::date_repr, "date"),
        (DATE_TEXT[1], super::fast_text::date_str, "date"),
        (DATE_TEXT[2], super::fast_text::date_isoformat, "date"),
        (DT_TEXT[0], super::fast_text::dt_repr, "datetime"),
        (DT_TEXT[1], super::fast_text::dt_str, "datetime"),
    ];
    let items = fns
        .iter()
        .map(|(name, f, owner)| alloc(&crate::object::registry::t().method_descriptor, BuiltinData { name, func: *f, kind: BuiltinKind::Method, self_: None, owner }, None))
        .collect();
    Ok(vm.tuple(items))
}
