//! Native `__new__` of the Python `time` class for the common call: plain
//! int fields (positional or by keyword), a tzinfo that is None or a
//! `tzinfo` instance, `fold` 0 or 1. Anything else (pickle states,
//! `__index__` objects, floats, bad keywords) calls the class's Python
//! `__new__`, kept as the fallback, which holds the general rules and
//! CPython's messages.

use std::cell::RefCell;

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::*;
use crate::vm::Vm;

const TIME_NAMES: [&str; 5] = ["hour", "minute", "second", "microsecond", "tzinfo"];

struct Classes {
    time: Value,
    tzinfo: Value,
    /// The Python `__new__` of time.
    time_slow: Value,
}

thread_local! {
    static CLASSES: RefCell<Option<Classes>> = const { RefCell::new(None) };
}

fn with_classes<R>(f: impl FnOnce(&Classes) -> R) -> PyResult<R> {
    CLASSES.with(|c| c.borrow().as_ref().map(f)).ok_or_else(|| type_error("datetime constructors are not installed"))
}

/// The arguments after `cls` bound to `names` plus a keyword-only `fold`
/// (last slot); None when the call is not the simple form.
fn bind<'a>(rest: &'a [Value], args: &Args<'a>, names: &[&str]) -> Option<Vec<Option<&'a Value>>> {
    if rest.len() > names.len() {
        return None;
    }
    let mut vals: Vec<Option<&Value>> = vec![None; names.len() + 1];
    for (slot, v) in vals.iter_mut().zip(rest) {
        *slot = Some(v);
    }
    for (k, v) in args.kwargs() {
        let i = if k == "fold" { names.len() } else { names.iter().position(|n| *n == k)? };
        if vals[i].is_some() {
            return None;
        }
        vals[i] = Some(v);
    }
    Some(vals)
}

/// A plain int field (bools and big ints take the slow path).
fn small(v: Option<&Value>, default: Option<i64>) -> Option<i64> {
    match v {
        Some(v) => v.as_small_int(),
        None => default,
    }
}

/// The tzinfo argument if it is None or a tzinfo instance.
fn zone(vm: &Vm, v: Option<&Value>, tzinfo: &Value) -> Option<Value> {
    match v {
        None => Some(vm.none()),
        Some(v) if vm.is_none(v) || vm.is_subtype(&vm.type_of(v), tzinfo) => Some(v.clone()),
        Some(_) => None,
    }
}

fn is_subclass(vm: &Vm, cls: &Value, base: &Value) -> bool {
    cls.downcast::<TypeData>().is_some() && vm.is_subtype(cls, base)
}

fn try_time(vm: &mut Vm, args: &Args) -> PyResult<Option<Value>> {
    let p = args.pos();
    let Some((cls, rest)) = p.split_first() else { return Ok(None) };
    let (base, tzinfo) = with_classes(|c| (c.time.clone(), c.tzinfo.clone()))?;
    if !is_subclass(vm, cls, &base) {
        return Ok(None);
    }
    let Some(vals) = bind(rest, args, &TIME_NAMES) else { return Ok(None) };
    let mut f = [0i64; 4];
    for (i, o) in f.iter_mut().enumerate() {
        let Some(n) = small(vals[i], Some(0)) else { return Ok(None) };
        *o = n;
    }
    let (Some(fold), Some(tz)) = (small(vals[5], Some(0)), zone(vm, vals[4], &tzinfo)) else { return Ok(None) };
    super::check_time(f[0], f[1], f[2], f[3], fold)?;
    let none = vm.none();
    super::fill(cls, &[vm.int(f[0]), vm.int(f[1]), vm.int(f[2]), vm.int(f[3]), tz, vm.int(fold), none]).map(Some)
}

fn time_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(v) = try_time(vm, &args)? {
        return Ok(v);
    }
    let slow = with_classes(|c| c.time_slow.clone())?;
    vm.call_kw(&slow, args.all, args.kwnames)
}

/// `fast_new(time, tzinfo, time_new)`: records the classes and time's
/// Python `__new__`; returns the native replacement (a static method).
pub fn fast_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = crate::stdlib::native_fns::exact(args, "_dtcore", "fast_new", 3)?;
    if p[..2].iter().any(|c| c.downcast::<TypeData>().is_none()) {
        return Err(type_error("fast_new: expected the time and tzinfo classes"));
    }
    let c = Classes { time: p[0].clone(), tzinfo: p[1].clone(), time_slow: p[2].clone() };
    CLASSES.with(|cell| *cell.borrow_mut() = Some(c));
    Ok(alloc(&crate::object::registry::t().builtin_function, BuiltinData { name: "__new__", func: time_new, kind: BuiltinKind::StaticMethod, self_: None, owner: "datetime" }, None))
}
