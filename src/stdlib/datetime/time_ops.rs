//! Offsets, comparisons, hashing, `replace` and pickling of the native
//! `datetime.time`, as CPython 3.11 does them: the tzinfo is asked with
//! `None` as argument; times with the same tzinfo object (or equal offsets)
//! compare by their fields, aware ones otherwise in UTC; a naive and an
//! aware time are never equal and cannot be ordered; the hash of an aware
//! time is that of its UTC-adjusted value.

use std::cmp::Ordering;

use super::args::{c_int, no_args};
use super::dt_type::tz_name;
use super::tzinfo_type::offset_of;
use super::time_type::{bind_fields, checked, this, time_instance, time_of, Tm};
use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::hashing::hash_i64;
use crate::object::registry::t;
use crate::object::*;
use crate::vm::Vm;

/// `tm.tzinfo.<what>(None)` checked: None or the offset in microseconds.
pub(crate) fn offset(vm: &mut Vm, tm: &Tm, what: &str) -> PyResult<Option<i64>> {
    if tm.naive() {
        return Ok(None);
    }
    let none = t().none.clone();
    Ok(offset_of(vm, &tm.tz, &none, what)?.map(|(_, us)| us))
}

/// `utcoffset()`/`dst()`: the tzinfo's answer (None or a timedelta).
fn offset_method(vm: &mut Vm, args: Args, what: &str) -> PyResult<Value> {
    let tm = this(vm, args.pos(), what)?;
    no_args(args, if what == "dst" { "time.dst" } else { "time.utcoffset" })?;
    let none = t().none.clone();
    Ok(offset_of(vm, &tm.tz, &none, what)?.map_or(none, |(v, _)| v))
}

pub(super) fn utcoffset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    offset_method(vm, args, "utcoffset")
}

pub(super) fn dst(vm: &mut Vm, args: Args) -> PyResult<Value> {
    offset_method(vm, args, "dst")
}

pub(super) fn tzname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tm = this(vm, args.pos(), "tzname")?;
    no_args(args, "time.tzname")?;
    let none = t().none.clone();
    Ok(tz_name(vm, &tm.tz, &none)?.unwrap_or(none))
}

// ----- comparisons -----

/// Self and the one operand of a comparison slot method.
fn two<'a>(args: &Args<'a>) -> PyResult<&'a [Value]> {
    let p = args.pos();
    if args.has_kwargs() {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    if p.len() != 2 {
        return Err(type_error(format!("expected 1 argument, got {}", p.len().saturating_sub(1))));
    }
    Ok(p)
}

/// Seconds since midnight minus the offset's days and seconds (CPython
/// leaves the offset's microseconds out of the comparison), then the
/// microseconds.
fn utc_key(tm: &Tm, off: i64) -> (i64, i64) {
    let secs = (tm.t[0] * 60 + tm.t[1]) * 60 + tm.t[2];
    (secs - off.div_euclid(1_000_000), tm.t[3])
}

fn compare(vm: &mut Vm, args: Args, what: &str, holds: fn(Ordering) -> bool, eq_like: Option<bool>) -> PyResult<Value> {
    let p = two(&args)?;
    let a = this(vm, p, what)?;
    let Some(b) = time_of(&p[1]) else { return Ok(t().not_implemented.clone()) };
    if a.tz.is(&b.tz) {
        return Ok(vm.bool(holds(a.t.cmp(&b.t))));
    }
    let oa = offset(vm, &a, "utcoffset")?;
    let ob = offset(vm, &b, "utcoffset")?;
    let ord = match (oa, ob) {
        _ if oa == ob => a.t.cmp(&b.t),
        (Some(x), Some(y)) => utc_key(&a, x).cmp(&utc_key(&b, y)),
        _ => {
            return match eq_like {
                Some(ne) => Ok(vm.bool(ne)),
                None => Err(type_error("can't compare offset-naive and offset-aware times")),
            }
        }
    };
    Ok(vm.bool(holds(ord)))
}

pub(super) fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", |o| o == Ordering::Equal, Some(false))
}
pub(super) fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", |o| o != Ordering::Equal, Some(true))
}
pub(super) fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", |o| o == Ordering::Less, None)
}
pub(super) fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", |o| o != Ordering::Greater, None)
}
pub(super) fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", |o| o == Ordering::Greater, None)
}
pub(super) fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", |o| o != Ordering::Less, None)
}

// ----- hashing -----

/// Hash of the time since midnight, minus the UTC offset when aware;
/// cached in the state.
pub(super) fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let tm = this(vm, p, "__hash__")?;
    if let Some(h) = tm.hash.get() {
        return Ok(vm.int(h));
    }
    let h = hash_i64(tm.micros() - offset(vm, &tm, "utcoffset")?.unwrap_or(0));
    if let Some(s) = p[0].downcast::<StateData>() {
        s.with::<Tm, _>(|x| x.hash.set(Some(h)));
    }
    Ok(vm.int(h))
}

// ----- replace and pickling -----

/// `replace(hour, minute, second, microsecond, tzinfo, *, fold)`: a time of
/// the same class, built without calling it (as CPython 3.11).
pub(super) fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let tm = this(vm, p, "replace")?;
    let base = Tm::new(tm.t, tm.tz.clone(), tm.fold);
    let n = bind_fields(vm, &p[1..], args, "replace()", base)?;
    if n.fold != 0 && n.fold != 1 {
        return Err(crate::object::exception::value_error("fold must be either 0 or 1"));
    }
    checked(vm, &n)?;
    let cls = vm.type_of(&p[0]);
    Ok(time_instance(&cls, n))
}

/// CPython's pickle state: hour (its high bit holding the fold from
/// protocol 4 on), minute, second, the microseconds in three big-endian
/// bytes; then the tzinfo if any.
fn reduce_value(vm: &mut Vm, v: &Value, tm: &Tm, proto: i64) -> Value {
    let us = tm.t[3];
    let h = tm.t[0] | if tm.fold != 0 && proto > 3 { 128 } else { 0 };
    let raw = [h, tm.t[1], tm.t[2], us >> 16, (us >> 8) & 255, us & 255];
    let state = vm.bytes(raw.iter().map(|b| *b as u8).collect());
    let inner = if tm.naive() { vm.tuple(vec![state]) } else { vm.tuple(vec![state, tm.tz.clone()]) };
    let ty = vm.type_of(v);
    vm.tuple(vec![ty, inner])
}

pub(super) fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let tm = this(vm, p, "__reduce__")?;
    no_args(args, "time.__reduce__")?;
    Ok(reduce_value(vm, &p[0], &tm, 2))
}

pub(super) fn reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let tm = this(vm, p, "__reduce_ex__")?;
    if args.has_kwargs() {
        return Err(type_error("__reduce_ex__() takes no keyword arguments"));
    }
    if p.len() != 2 {
        return Err(type_error(format!("__reduce_ex__() takes exactly 1 argument ({} given)", p.len() - 1)));
    }
    let proto = c_int(vm, &p[1])?;
    Ok(reduce_value(vm, &p[0], &tm, proto))
}
