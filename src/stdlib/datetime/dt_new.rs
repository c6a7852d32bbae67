//! Constructors of the native `datetime`: `__new__` (keyword arguments,
//! `fold`, tzinfo checks, pickle states) and the class methods `now`,
//! `utcnow`, `fromtimestamp`, `utcfromtimestamp`, `combine`,
//! `fromisoformat` and `strptime`, which build a subclass by calling it as
//! CPython does (`today`, `fromordinal`, `fromisocalendar` are date's).

use super::args::{bind, c_int, cls_args};
use super::date::check_new_cls;
use super::dt_type::{build, check_tz, checked, dt_instance, dt_type, Dt};
use super::timestamps::{seconds_of, wall_fields};
use crate::error::PyResult;
use crate::object::exception::{type_error, value_error};
use crate::object::registry::t;
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

const NAMES: [&str; 9] = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];

/// Fields, tzinfo and fold bound from a call.
pub(crate) struct Bound {
    pub f: [i64; 7],
    pub tz: Value,
    pub fold: i64,
}

/// Binds `pos` and the keywords of `args` as CPython's parser does for
/// `(year, month, day, hour, minute, second, microsecond, tzinfo, *, fold)`
/// (`label`: "function" or "replace()"); absent fields take `defaults`
/// (None: year, month and day are required).
pub(crate) fn bind_fields(vm: &mut Vm, pos: &[Value], args: Args, label: &str, defaults: Option<&Dt>) -> PyResult<Bound> {
    let given = pos.len() + args.kwnames.len();
    if given > 9 {
        return Err(type_error(format!("{} takes at most 9 arguments ({} given)", label, given)));
    }
    if pos.len() > 8 {
        return Err(type_error(format!("{} takes at most 8 positional arguments ({} given)", label, pos.len())));
    }
    let mut out = Bound { f: [0; 7], tz: t().none.clone(), fold: 0 };
    if let Some(d) = defaults {
        out.f = d.fields();
        out.tz = d.tz.clone();
        out.fold = d.fold;
    }
    let kw = !args.kwnames.is_empty();
    for (i, name) in NAMES.iter().enumerate() {
        let v = match pos.get(i) {
            Some(v) => {
                if kw && args.kw(name).is_some() {
                    return Err(type_error(format!("argument for {} given by name ('{}') and position ({})", label, name, i + 1)));
                }
                Some(v)
            }
            None if kw => args.kw(name),
            None => None,
        };
        match (v, i) {
            (Some(v), 7) => out.tz = v.clone(),
            (Some(v), 8) => out.fold = c_int(vm, v)?,
            (Some(v), _) => out.f[i] = c_int(vm, v)?,
            (None, 0..=2) if defaults.is_none() => {
                return Err(type_error(format!("{} missing required argument '{}' (pos {})", label, name, i + 1)));
            }
            (None, _) => {}
        }
    }
    if kw {
        if let Some((k, _)) = args.kwargs().find(|(k, _)| !NAMES.contains(k)) {
            let label = if label == "function" { "this function" } else { label };
            return Err(type_error(format!("'{}' is an invalid keyword argument for {}", k, label)));
        }
    }
    Ok(out)
}

/// The bytes of a pickle state argument (bytes, or a latin-1 str).
fn state_bytes(v: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Ok(Some(b.0.to_vec()));
    }
    let Some(s) = as_str(v) else { return Ok(None) };
    if s.chars().count() != 10 {
        return Ok(None);
    }
    let out: Option<Vec<u8>> = s.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect();
    match out {
        Some(b) => Ok(Some(b)),
        None => Err(value_error(
            "Failed to encode latin1 string when unpickling a datetime object. pickle.load(data, encoding='latin1') is assumed.",
        )),
    }
}

/// The datetime of a 10-byte pickle state (None when it is not one).
fn from_state(vm: &Vm, cls: &Value, p: &[Value]) -> PyResult<Option<Value>> {
    let Some(b) = state_bytes(&p[0])? else { return Ok(None) };
    if b.len() != 10 || !(1..=12).contains(&(b[2] & 127)) {
        return Ok(None);
    }
    let tz = p.get(1).cloned().unwrap_or_else(|| t().none.clone());
    if !vm.is_none(&tz) && !vm.is_subtype(&vm.type_of(&tz), &super::tzinfo_type::tzinfo_type()) {
        return Err(type_error("bad tzinfo state arg"));
    }
    let n = |i: usize| i64::from(b[i]);
    let f = [n(0) * 256 + n(1), n(2) & 127, n(3), n(4), n(5), n(6), (n(7) << 16) | (n(8) << 8) | n(9)];
    let fold = n(2) >> 7;
    checked(f, fold)?;
    Ok(Some(dt_instance(cls, Dt::of_fields(f, tz, fold))))
}

/// `datetime.__new__(cls, year, month, day, hour=0, minute=0, second=0,
/// microsecond=0, tzinfo=None, *, fold=0)` (or a pickle state).
pub(super) fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let cls = check_new_cls(vm, p.first(), &dt_type(), "datetime.datetime")?;
    if (2..=3).contains(&p.len()) {
        if let Some(v) = from_state(vm, &cls, &p[1..])? {
            return Ok(v);
        }
    }
    let b = bind_fields(vm, &p[1..], args, "function", None)?;
    checked(b.f, b.fold)?;
    check_tz(vm, &b.tz)?;
    Ok(dt_instance(&cls, Dt::of_fields(b.f, b.tz, b.fold)))
}

/// The datetime of `cls` at POSIX time `secs` + `us` in UTC or local time,
/// converted by `tz.fromutc` when a tzinfo is given (as CPython's
/// `fromtimestamp`/`now`).
fn at_time(vm: &mut Vm, cls: &Value, secs: i64, us: i64, tz: &Value) -> PyResult<Value> {
    let local = vm.is_none(tz);
    let (f, fold) = wall_fields(vm, secs, us, local)?;
    let v = build(vm, cls, f, tz, fold, true)?;
    if local {
        return Ok(v);
    }
    let m = vm.getattr_str(tz, "fromutc")?;
    vm.call(&m, &[v])
}

pub(super) fn fromtimestamp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some((cls, rest)) = p.split_first() else { return Err(type_error("fromtimestamp() needs a class")) };
    let a = bind(rest, args, &["timestamp", "tz"], 1, Some("fromtimestamp"))?;
    let tz = a[1].clone().unwrap_or_else(|| t().none.clone());
    check_tz(vm, &tz)?;
    let ts = a[0].clone().unwrap_or_else(|| t().none.clone());
    let (secs, us) = seconds_of(vm, &ts)?;
    at_time(vm, cls, secs, us, &tz)
}

pub(super) fn utcfromtimestamp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if args.has_kwargs() {
        return Err(type_error("utcfromtimestamp() takes no keyword arguments"));
    }
    if p.len() != 2 {
        return Err(type_error(format!("utcfromtimestamp() takes exactly 1 argument ({} given)", p.len().saturating_sub(1))));
    }
    let (secs, us) = seconds_of(vm, &p[1])?;
    let (f, _) = wall_fields(vm, secs, us, false)?;
    let none = t().none.clone();
    build(vm, &p[0], f, &none, 0, true)
}

/// The current POSIX time: whole seconds and microseconds.
fn now_parts() -> (i64, i64) {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, i64::from(d.subsec_micros())),
        Err(_) => (0, 0),
    }
}

pub(super) fn now(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some((cls, rest)) = p.split_first() else { return Err(type_error("now() needs a class")) };
    let a = bind(rest, args, &["tz"], 0, Some("now"))?;
    let tz = a[0].clone().unwrap_or_else(|| t().none.clone());
    check_tz(vm, &tz)?;
    let (secs, us) = now_parts();
    at_time(vm, cls, secs, us, &tz)
}

pub(super) fn utcnow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = cls_args(args, "datetime.utcnow", 0)?;
    let (secs, us) = now_parts();
    let (f, _) = wall_fields(vm, secs, us, false)?;
    let none = t().none.clone();
    build(vm, cls, f, &none, 0, true)
}

pub(super) fn combine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some((cls, rest)) = p.split_first() else { return Err(type_error("combine() needs a class")) };
    let a = bind(rest, args, &["date", "time", "tzinfo"], 0, Some("combine"))?;
    let missing = |name: &str, pos: usize| type_error(format!("combine() missing required argument '{}' (pos {})", name, pos));
    let date = a[0].clone().ok_or_else(|| missing("date", 1))?;
    let Some(d) = super::date::date_of(&date) else {
        return Err(type_error(format!("combine() argument 1 must be datetime.date, not {}", vm.type_name(&date))));
    };
    let time = a[1].clone().ok_or_else(|| missing("time", 2))?;
    let Some(tm) = super::time_type::time_of(&time) else {
        return Err(type_error(format!("combine() argument 2 must be datetime.time, not {}", vm.type_name(&time))));
    };
    let (tf, fold) = (tm.t, tm.fold);
    let tz = a[2].clone().unwrap_or(tm.tz);
    let f = [d.y, d.m, d.d, tf[0], tf[1], tf[2], tf[3]];
    if cls.is(&dt_type()) {
        checked(f, fold)?;
        check_tz(vm, &tz)?;
    }
    build(vm, cls, f, &tz, fold, true)
}

/// The tzinfo for a parsed UTC offset in microseconds: `timezone(offset)`
/// (which gives `timezone.utc` for zero and checks the range).
pub(super) fn fixed_zone(vm: &mut Vm, off: Option<i64>) -> PyResult<Value> {
    match off {
        None => Ok(t().none.clone()),
        Some(o) => {
            let td = super::timedelta::td_value(i128::from(o))?;
            let tzc = super::timezone_type::timezone_type();
            vm.call(&tzc, &[td])
        }
    }
}

pub(super) fn fromisoformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, p) = cls_args(args, "datetime.fromisoformat", 1)?;
    let Some(s) = as_str(&p[0]) else { return Err(type_error("fromisoformat: argument must be str")) };
    let chars: Vec<char> = s.chars().collect();
    let Some((f, off)) = super::iso_parse::datetime_of(&chars) else {
        return Err(value_error(format!("Invalid isoformat string: {}", crate::types::strformat::str_repr(s))));
    };
    checked(f, 0)?;
    let tz = fixed_zone(vm, off)?;
    build(vm, cls, f, &tz, 0, true)
}

pub(super) fn strptime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some((cls, rest)) = p.split_first() else { return Err(type_error("strptime() needs a class")) };
    if args.has_kwargs() {
        return Err(type_error("strptime() takes no keyword arguments"));
    }
    if rest.len() != 2 {
        return Err(type_error(format!("strptime() takes exactly 2 arguments ({} given)", rest.len())));
    }
    let mut s = Vec::with_capacity(2);
    for (i, v) in rest.iter().enumerate() {
        match as_str(v) {
            Some(x) => s.push(x),
            None => return Err(type_error(format!("strptime() argument {} must be str, not {}", i + 1, vm.type_name(v)))),
        }
    }
    let (f, off) = match super::strptime::strptime(s[0], s[1]) {
        Ok(r) => r,
        Err(super::strptime::Fail::NoMatch) => {
            use crate::types::strformat::str_repr;
            return Err(value_error(format!("time data {} does not match format {}", str_repr(s[0]), str_repr(s[1]))));
        }
        Err(super::strptime::Fail::Msg(m)) => return Err(value_error(m)),
    };
    checked(f, 0)?;
    let tz = fixed_zone(vm, off)?;
    build(vm, cls, f, &tz, 0, off.is_some())
}
