//! `datetime.datetime` as a native type: its state (`Dt`: the date part,
//! the time of day, `fold`, the tzinfo and the wall-clock microsecond
//! count), the type object (a subclass of the native `date`, whose methods
//! it inherits where CPython's does), building instances (directly for
//! `datetime` itself, by calling a subclass as CPython does) and calling a
//! tzinfo's `utcoffset`/`dst`/`tzname` with CPython's checks. The methods
//! live in `dt_new.rs` (constructors), `dt_ops.rs` (arithmetic,
//! comparison, hashing, pickling), `dt_zone.rs` (offsets, `astimezone`,
//! timestamps) and `dt_text.rs` (text and time tuples).

use std::cell::Cell;
use std::sync::OnceLock;

use super::calendar::{self, US_PER_DAY, US_PER_SEC};
use super::date::{date_type, Date};
use super::timedelta::td_of;
use crate::error::PyResult;
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::registry::{new_builtin_subtype, t};
use crate::object::*;
use crate::vm::Vm;

/// A datetime: the date, hour/minute/second/microsecond, fold, tzinfo
/// (None when naive), the wall-clock microsecond count (`key`) and the
/// cached hash.
#[derive(Clone)]
pub(crate) struct Dt {
    pub date: Date,
    /// Hour, minute, second, microsecond.
    pub t: [i64; 4],
    pub fold: i64,
    pub tz: Value,
    pub key: i64,
    pub hash: Cell<Option<i64>>,
}

impl NativeState for Dt {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.tz);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Dt {
    /// A datetime of valid fields `f` (year .. microsecond).
    pub fn of_fields(f: [i64; 7], tz: Value, fold: i64) -> Dt {
        let ord = calendar::to_ordinal(f[0], f[1], f[2]);
        let key = (ord * 86_400 + f[3] * 3600 + f[4] * 60 + f[5]) * US_PER_SEC + f[6];
        Dt { date: Date { y: f[0], m: f[1], d: f[2], ord }, t: [f[3], f[4], f[5], f[6]], fold, tz, key, hash: Cell::new(None) }
    }

    /// The fields year .. microsecond.
    pub fn fields(&self) -> [i64; 7] {
        [self.date.y, self.date.m, self.date.d, self.t[0], self.t[1], self.t[2], self.t[3]]
    }

    /// Whether the tzinfo is None.
    pub fn naive(&self) -> bool {
        self.tz.is(&t().none)
    }
}

/// Validated fields: CPython's date, time and fold messages.
pub(crate) fn checked(f: [i64; 7], fold: i64) -> PyResult<()> {
    super::check_date(f[0], f[1], f[2])?;
    super::check_time(f[3], f[4], f[5], f[6], fold)
}

/// The fields at wall-clock microsecond count `k` (OverflowError outside
/// years 1..=9999).
pub(crate) fn fields_at(k: i128) -> PyResult<[i64; 7]> {
    i64::try_from(k).ok().and_then(calendar::split_us).ok_or_else(|| overflow_error("date value out of range"))
}

const QUALIFIED: &str = "datetime.datetime";

static TYPE: OnceLock<()> = OnceLock::new();

thread_local! {
    static DT_TYPE: Value = {
        let base = date_type();
        TYPE.get_or_init(|| {
            let ty = new_builtin_subtype::<StateData>("datetime", QUALIFIED, "datetime", &base, crate::object::typeobj::tflags::BASETYPE);
            super::dt_install::install(&ty);
        });
        t().named(QUALIFIED)
    };
}

/// The native `datetime.datetime` type.
pub(crate) fn dt_type() -> Value {
    DT_TYPE.with(Value::clone)
}

/// The state of `v` if it is a datetime (or a subclass instance).
pub(crate) fn dt_of(v: &Value) -> Option<Dt> {
    v.downcast::<StateData>()?.with::<Dt, _>(Dt::clone)
}

/// A new instance of `cls` (datetime or a subclass; no constructor run).
pub(crate) fn dt_instance(cls: &Value, d: Dt) -> Value {
    alloc(cls, StateData::new(d), None)
}

/// A datetime of `cls` with fields `f`: built directly for `datetime`
/// itself, else by calling `cls(y, m, d, H, M, S, us[, tz])` as CPython
/// 3.11 does (`with_tz`: pass the tzinfo argument; the fold is not passed,
/// so a subclass gets fold 0 as in CPython). Fields must be valid and `tz`
/// checked.
pub(crate) fn build(vm: &mut Vm, cls: &Value, f: [i64; 7], tz: &Value, fold: i64, with_tz: bool) -> PyResult<Value> {
    if cls.is(&dt_type()) {
        return Ok(dt_instance(cls, Dt::of_fields(f, tz.clone(), fold)));
    }
    let mut a: Vec<Value> = f.iter().map(|x| vm.int(*x)).collect();
    if with_tz {
        a.push(tz.clone());
    }
    vm.call(cls, &a)
}

/// The datetime `self` of method `what`, with CPython's descriptor messages.
pub(crate) fn this(vm: &Vm, p: &[Value], what: &str) -> PyResult<Dt> {
    if let Some(d) = p.first().and_then(dt_of) {
        return Ok(d);
    }
    let got = p.first().map(|v| super::date::type_label(vm, v)).unwrap_or_else(|| "NoneType".into());
    Err(type_error(if super::args::is_slot(what) {
        format!("descriptor '{}' requires a '{}' object but received a '{}'", what, QUALIFIED, got)
    } else {
        format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", what, QUALIFIED, got)
    }))
}

/// CPython's check of a tzinfo argument.
pub(crate) fn check_tz(vm: &Vm, tz: &Value) -> PyResult<()> {
    if vm.is_none(tz) || vm.is_subtype(&vm.type_of(tz), &super::tzinfo_type::tzinfo_type()) {
        return Ok(());
    }
    Err(type_error(format!("tzinfo argument must be None or of a tzinfo subclass, not type '{}'", vm.type_name(tz))))
}

/// `tz.<what>(arg)` for `utcoffset`/`dst`: None, or the offset in
/// microseconds (strictly within a day), with CPython's checks.
pub(crate) fn tz_offset(vm: &mut Vm, tz: &Value, arg: &Value, what: &str) -> PyResult<Option<i64>> {
    Ok(tz_offset_value(vm, tz, arg, what)?.1)
}

/// `tz_offset` with the object the tzinfo returned (None when naive).
pub(crate) fn tz_offset_value(vm: &mut Vm, tz: &Value, arg: &Value, what: &str) -> PyResult<(Value, Option<i64>)> {
    if vm.is_none(tz) {
        return Ok((tz.clone(), None));
    }
    let m = vm.getattr_str(tz, what)?;
    let r = vm.call(&m, std::slice::from_ref(arg))?;
    if vm.is_none(&r) {
        return Ok((r, None));
    }
    let Some(td) = td_of(&r) else {
        return Err(type_error(format!("tzinfo.{}() must return None or timedelta, not '{}'", what, vm.qualified_type_name(&r))));
    };
    let total = td.total() as i64;
    if total <= -US_PER_DAY || total >= US_PER_DAY {
        return Err(value_error("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)."));
    }
    Ok((r, Some(total)))
}

/// `tz.tzname(arg)`: None or a str, with CPython's check.
pub(crate) fn tz_name(vm: &mut Vm, tz: &Value, arg: &Value) -> PyResult<Option<Value>> {
    if vm.is_none(tz) {
        return Ok(None);
    }
    let m = vm.getattr_str(tz, "tzname")?;
    let r = vm.call(&m, std::slice::from_ref(arg))?;
    if vm.is_none(&r) {
        return Ok(None);
    }
    if crate::object::str::as_str(&r).is_none() {
        return Err(type_error(format!("tzinfo.tzname() must return None or a string, not '{}'", vm.qualified_type_name(&r))));
    }
    Ok(Some(r))
}

/// The utcoffset of datetime `v` (state `d`) in microseconds.
pub(crate) fn utcoffset(vm: &mut Vm, v: &Value, d: &Dt) -> PyResult<Option<i64>> {
    if d.naive() {
        return Ok(None);
    }
    tz_offset(vm, &d.tz, v, "utcoffset")
}
