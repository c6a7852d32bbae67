//! Arithmetic, comparisons, hashing, `replace`, pickling and the field
//! attributes of the native `datetime`, following CPython 3.11: results of
//! `±` are built by calling a subclass, aware operands are compared and
//! subtracted in UTC (the same tzinfo object means wall-clock time), a
//! naive and an aware datetime are never equal and cannot be ordered, and
//! PEP 495's rule makes datetimes in a fold-dependent offset unequal.

use std::cell::Cell;
use std::cmp::Ordering;

use super::args::{c_int, no_args};
use super::date::type_label;
use super::dt_new::bind_fields;
use super::dt_type::{build, check_tz, checked, dt_instance, dt_of, dt_type, fields_at, this, utcoffset, Dt};
use super::timedelta::{td_of, td_value};
use crate::error::PyResult;
use crate::object::exception::{type_error, value_error};
use crate::object::hashing::hash_i64;
use crate::object::registry::t;
use crate::object::*;
use crate::vm::Vm;

/// Self and the one operand of a binary slot method (CPython's slot
/// wrapper messages).
fn two(args: Args<'_>) -> PyResult<&[Value]> {
    let p = args.pos();
    if args.has_kwargs() {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    if p.len() != 2 {
        return Err(type_error(format!("expected 1 argument, got {}", p.len().saturating_sub(1))));
    }
    Ok(p)
}

fn not_impl() -> PyResult<Value> {
    Ok(t().not_implemented.clone())
}

/// Datetime `v` (state `d`) moved by `delta` microseconds, as an instance
/// of its class (fold 0).
fn shift(vm: &mut Vm, v: &Value, d: &Dt, delta: i128) -> PyResult<Value> {
    let f = fields_at(i128::from(d.key) + delta)?;
    let cls = vm.type_of(v);
    build(vm, &cls, f, &d.tz, 0, true)
}

pub(super) fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = two(args)?;
    let d = this(vm, p, "__add__")?;
    match td_of(&p[1]) {
        Some(td) => shift(vm, &p[0], &d, td.total()),
        None => not_impl(),
    }
}

pub(super) fn radd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = two(args)?;
    let d = this(vm, p, "__radd__")?;
    match td_of(&p[1]) {
        Some(td) if dt_of(&p[1]).is_none() => shift(vm, &p[0], &d, td.total()),
        _ => not_impl(),
    }
}

/// `a - b` of two datetimes.
fn difference(vm: &mut Vm, a: &Value, da: &Dt, b: &Value, db: &Dt) -> PyResult<Value> {
    let (oa, ob) = if da.tz.is(&db.tz) { (None, None) } else { (utcoffset(vm, a, da)?, utcoffset(vm, b, db)?) };
    if oa.is_some() != ob.is_some() {
        return Err(type_error("can't subtract offset-naive and offset-aware datetimes"));
    }
    td_value(i128::from(da.key - oa.unwrap_or(0)) - i128::from(db.key - ob.unwrap_or(0)))
}

pub(super) fn sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = two(args)?;
    let d = this(vm, p, "__sub__")?;
    if let Some(o) = dt_of(&p[1]) {
        return difference(vm, &p[0], &d, &p[1], &o);
    }
    match td_of(&p[1]) {
        Some(td) => shift(vm, &p[0], &d, -td.total()),
        None => not_impl(),
    }
}

pub(super) fn rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = two(args)?;
    let d = this(vm, p, "__rsub__")?;
    match dt_of(&p[1]) {
        Some(o) => difference(vm, &p[1], &o, &p[0], &d),
        None => not_impl(),
    }
}

// ----- comparisons -----

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Op {
    fn holds(self, o: Ordering) -> bool {
        match self {
            Op::Eq => o == Ordering::Equal,
            Op::Ne => o != Ordering::Equal,
            Op::Lt => o == Ordering::Less,
            Op::Le => o != Ordering::Greater,
            Op::Gt => o == Ordering::Greater,
            Op::Ge => o != Ordering::Less,
        }
    }
}

/// PEP 495: whether the utcoffset of `v` changes when its fold flips.
fn fold_sensitive(vm: &mut Vm, d: &Dt, off: Option<i64>) -> PyResult<bool> {
    if d.naive() {
        return Ok(false);
    }
    let flipped = Dt { fold: 1 - d.fold, hash: Cell::new(None), ..d.clone() };
    let probe = dt_instance(&dt_type(), flipped.clone());
    Ok(utcoffset(vm, &probe, &flipped)? != off)
}

fn compare(vm: &mut Vm, args: Args, what: &str, op: Op) -> PyResult<Value> {
    let p = two(args)?;
    let a = this(vm, p, what)?;
    let Some(b) = dt_of(&p[1]) else {
        if super::date::date_of(&p[1]).is_none() {
            return not_impl();
        }
        return match op {
            Op::Eq => Ok(vm.bool(false)),
            Op::Ne => Ok(vm.bool(true)),
            _ => Err(type_error(format!("can't compare {} to {}", type_label(vm, &p[0]), type_label(vm, &p[1])))),
        };
    };
    if a.tz.is(&b.tz) {
        return Ok(vm.bool(op.holds(a.key.cmp(&b.key))));
    }
    let oa = utcoffset(vm, &p[0], &a)?;
    let ob = utcoffset(vm, &p[1], &b)?;
    let mut ord = match (oa, ob) {
        (None, None) => a.key.cmp(&b.key),
        (Some(x), Some(y)) => (a.key - x).cmp(&(b.key - y)),
        _ => {
            return match op {
                Op::Eq => Ok(vm.bool(false)),
                Op::Ne => Ok(vm.bool(true)),
                _ => Err(type_error("can't compare offset-naive and offset-aware datetimes")),
            }
        }
    };
    if matches!(op, Op::Eq | Op::Ne) && ord == Ordering::Equal && (fold_sensitive(vm, &a, oa)? || fold_sensitive(vm, &b, ob)?) {
        ord = Ordering::Less;
    }
    Ok(vm.bool(op.holds(ord)))
}

pub(super) fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", Op::Eq)
}
pub(super) fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", Op::Ne)
}
pub(super) fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", Op::Lt)
}
pub(super) fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", Op::Le)
}
pub(super) fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", Op::Gt)
}
pub(super) fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", Op::Ge)
}

// ----- hashing -----

/// Hash of the UTC time (the wall time when naive), the offset read with
/// fold 0 as CPython's; cached in the state.
pub(super) fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "__hash__")?;
    if let Some(h) = d.hash.get() {
        return Ok(vm.int(h));
    }
    let k = if d.naive() {
        d.key
    } else if d.fold == 0 {
        d.key - utcoffset(vm, &p[0], &d)?.unwrap_or(0)
    } else {
        let zero = Dt { fold: 0, hash: Cell::new(None), ..d.clone() };
        let probe = dt_instance(&dt_type(), zero.clone());
        d.key - utcoffset(vm, &probe, &zero)?.unwrap_or(0)
    };
    let h = hash_i64(k);
    if let Some(s) = p[0].downcast::<StateData>() {
        s.with::<Dt, _>(|x| x.hash.set(Some(h)));
    }
    Ok(vm.int(h))
}

// ----- replace and pickling -----

pub(super) fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "replace")?;
    let b = bind_fields(vm, &p[1..], args, "replace()", Some(&d))?;
    if b.fold != 0 && b.fold != 1 {
        return Err(value_error("fold must be either 0 or 1"));
    }
    checked(b.f, b.fold)?;
    check_tz(vm, &b.tz)?;
    let cls = vm.type_of(&p[0]);
    Ok(dt_instance(&cls, Dt::of_fields(b.f, b.tz, b.fold)))
}

/// CPython's pickle state: the date's four bytes (the month's high bit
/// holding the fold from protocol 4 on), hour, minute, second and the
/// microseconds in three big-endian bytes; then the tzinfo if any.
fn reduce_value(vm: &mut Vm, v: &Value, d: &Dt, proto: i64) -> Value {
    let (y, us) = (d.date.y, d.t[3]);
    let m = d.date.m | if d.fold != 0 && proto > 3 { 128 } else { 0 };
    let raw = [y >> 8, y & 255, m, d.date.d, d.t[0], d.t[1], d.t[2], us >> 16, (us >> 8) & 255, us & 255];
    let state = vm.bytes(raw.iter().map(|b| *b as u8).collect());
    let inner = if d.naive() { vm.tuple(vec![state]) } else { vm.tuple(vec![state, d.tz.clone()]) };
    let ty = vm.type_of(v);
    vm.tuple(vec![ty, inner])
}

pub(super) fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "__reduce__")?;
    no_args(args, "datetime.__reduce__")?;
    Ok(reduce_value(vm, &p[0], &d, 2))
}

pub(super) fn reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "__reduce_ex__")?;
    if args.has_kwargs() {
        return Err(type_error("__reduce_ex__() takes no keyword arguments"));
    }
    if p.len() != 2 {
        return Err(type_error(format!("__reduce_ex__() takes exactly 1 argument ({} given)", p.len() - 1)));
    }
    let proto = c_int(vm, &p[1])?;
    Ok(reduce_value(vm, &p[0], &d, proto))
}

// ----- parts -----

pub(super) fn date(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, args.pos(), "date")?;
    no_args(args, "datetime.date")?;
    Ok(super::date::date_instance(&super::date::date_type(), d.date))
}

/// The time of day of `d` as a native `datetime.time` (with `tz`).
fn time_of(d: &Dt, tz: Option<&Value>) -> Value {
    let tz = tz.cloned().unwrap_or_else(|| t().none.clone());
    super::time_type::time_instance(&super::time_type::time_type(), super::time_type::Tm::new(d.t, tz, d.fold))
}

pub(super) fn time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, args.pos(), "time")?;
    no_args(args, "datetime.time")?;
    Ok(time_of(&d, None))
}

pub(super) fn timetz(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, args.pos(), "timetz")?;
    no_args(args, "datetime.timetz")?;
    Ok(time_of(&d, Some(&d.tz)))
}

macro_rules! getters {
    ($($f:ident: $name:expr, |$vm:ident, $d:ident| $e:expr;)*) => {
        $(pub(super) fn $f($vm: &mut Vm, v: &Value) -> PyResult<Value> {
            let $d = this($vm, std::slice::from_ref(v), $name)?;
            Ok($e)
        })*
    };
}

getters! {
    get_hour: "hour", |vm, d| vm.int(d.t[0]);
    get_minute: "minute", |vm, d| vm.int(d.t[1]);
    get_second: "second", |vm, d| vm.int(d.t[2]);
    get_microsecond: "microsecond", |vm, d| vm.int(d.t[3]);
    get_fold: "fold", |vm, d| vm.int(d.fold);
}

pub(super) fn get_tzinfo(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(vm, std::slice::from_ref(v), "tzinfo")?.tz)
}
