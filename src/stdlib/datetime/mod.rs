//! `_dtcore`: the native core of `datetime`. `timedelta`, `date` and
//! `datetime` are native types (`timedelta.rs`, `date.rs`, `dt_*.rs`); the
//! classes still in Python (`pysrc/datetime.py`, fields in `__slots__`) use
//! the helpers here: field validation with CPython's messages, building
//! instances without running `__new__` (`mk`), `strftime`/`isoformat` text
//! and `fromisoformat` parsing.
//!
//! Functions taking fields return `None` when an argument is not a plain
//! int, so that the Python caller can take its general (`__index__`,
//! float-rejecting) path instead.

mod args;
pub mod calendar;
mod date;
mod dt_install;
mod dt_new;
mod dt_ops;
mod dt_text;
mod dt_type;
mod dt_zone;
mod getters;
mod fast_new;
pub mod format;
pub mod iso_parse;
pub mod strptime;
mod timedelta;
mod timestamps;
mod timezone_type;
mod tzinfo_type;

use crate::error::PyResult;
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

use super::native_fns::exact;

const M: &str = "_dtcore";

/// Plain ints of `vals`, or `None` if any is not an int.
fn ints<const N: usize>(vals: &[Value]) -> Option<[i64; N]> {
    let mut out = [0i64; N];
    for (o, v) in out.iter_mut().zip(vals) {
        *o = crate::builtins::as_i64(v)?;
    }
    Some(out)
}

/// An int that fits in 128 bits.
fn as_i128(v: &Value) -> Option<i128> {
    use num_traits::ToPrimitive;
    match crate::builtins::as_i64(v) {
        Some(i) => Some(i128::from(i)),
        None => crate::builtins::as_bigint(v).and_then(|b| b.to_i128()),
    }
}

fn int_arg(v: &Value, what: &str) -> PyResult<i64> {
    crate::builtins::as_i64(v).ok_or_else(|| type_error(format!("{}: expected an int", what)))
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, msg: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| type_error(format!("{}{}", msg, vm.type_name(v))))
}

fn int_tuple(vm: &Vm, f: &[i64]) -> Value {
    vm.tuple(f.iter().map(|x| vm.int(*x)).collect())
}

/// Validates a date with CPython's messages; returns its day number.
fn check_date(y: i64, m: i64, d: i64) -> PyResult<i64> {
    if !(1..=9999).contains(&y) {
        return Err(value_error(format!("year {} is out of range", y)));
    }
    if !(1..=12).contains(&m) {
        return Err(value_error("month must be in 1..12"));
    }
    if !(1..=calendar::month_days(y, m)).contains(&d) {
        return Err(value_error("day is out of range for month"));
    }
    Ok(calendar::to_ordinal(y, m, d))
}

/// Validates time-of-day fields and `fold` with CPython's messages.
fn check_time(h: i64, mi: i64, s: i64, us: i64, fold: i64) -> PyResult<()> {
    let checks: [(i64, i64, &str); 4] = [
        (h, 23, "hour must be in 0..23"),
        (mi, 59, "minute must be in 0..59"),
        (s, 59, "second must be in 0..59"),
        (us, 999_999, "microsecond must be in 0..999999"),
    ];
    for (v, hi, msg) in checks {
        if !(0..=hi).contains(&v) {
            return Err(value_error(msg));
        }
    }
    if fold != 0 && fold != 1 {
        return Err(value_error("fold must be either 0 or 1"));
    }
    Ok(())
}

/// `mk(cls, *values)`: a new instance of the `__slots__` class `cls` with
/// its first slots set to `values`, without calling `__new__`/`__init__`.
fn mk(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some((cls, vals)) = p.split_first() else { return Err(type_error("mk() needs a class")) };
    fill(cls, vals)
}

/// Fills a new instance of `cls` (whose leading slots follow the layout
/// the Python classes declare) with `vals`.
fn fill(cls: &Value, vals: &[Value]) -> PyResult<Value> {
    let td = cls.downcast::<TypeData>().ok_or_else(|| type_error("mk(): not a type"))?;
    if td.kind != Kind::Object || td.slot_names.borrow().len() < vals.len() {
        return Err(type_error(format!("mk(): cannot build {}", td.name())));
    }
    let obj = alloc(cls, (), None);
    let ext = obj.as_header().and_then(|h| h.ext()).ok_or_else(|| type_error("mk(): no slots"))?;
    for (cell, v) in ext.slots.iter().zip(vals) {
        cell.set(Some(v.clone()));
    }
    Ok(obj)
}

/// `td_new(cls, total)`: a timedelta (native, or of the native subclass
/// `cls`) of `total` microseconds; OverflowError beyond 999999999 days.
fn td_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "td_new", 2)?;
    if !vm.is_subtype(&p[0], &timedelta::td_type()) {
        return Err(type_error("td_new(): not a timedelta class"));
    }
    let t = as_i128(&p[1]).ok_or_else(|| overflow_error("Python int too large to convert to C int"))?;
    Ok(timedelta::td_instance(&p[0], timedelta::Td::from_total(t)?))
}

/// `date_key(y, m, d)`: the day number of a valid date (None: not ints).
fn date_key(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "date_key", 3)?;
    let Some([y, m, d]) = ints::<3>(p) else { return Ok(vm.none()) };
    Ok(vm.int(check_date(y, m, d)?))
}

/// `time_ok(H, M, S, us, fold)`: True if valid (None: not ints).
fn time_ok(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "time_ok", 5)?;
    let Some([h, mi, s, us, fold]) = ints::<5>(p) else { return Ok(vm.none()) };
    check_time(h, mi, s, us, fold)?;
    Ok(vm.bool(true))
}

/// `iso_parts(y, m, d)`: (ISO year, week, weekday).
fn iso_parts(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "iso_parts", 3)?;
    let [y, m, d] = ints::<3>(p).ok_or_else(|| type_error("iso_parts: expected ints"))?;
    let (a, b, c) = calendar::iso_parts(y, m, d);
    Ok(int_tuple(vm, &[a, b, c]))
}

/// `iso_weeks(y)`: 52 or 53.
fn iso_weeks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "iso_weeks", 1)?;
    Ok(vm.int(calendar::iso_weeks_in(int_arg(&p[0], "iso_weeks")?)))
}

/// `iso_monday(y)`: day number of the Monday starting ISO week 1.
fn iso_monday(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "iso_monday", 1)?;
    Ok(vm.int(calendar::iso_week1_monday(int_arg(&p[0], "iso_monday")?)))
}

/// `td_split(total)`: (days, seconds, microseconds) of a microsecond count.
fn td_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "td_split", 1)?;
    let Some(t) = as_i128(&p[0]) else { return Ok(vm.none()) };
    let td = timedelta::Td::from_total(t)?;
    Ok(int_tuple(vm, &[td.days.into(), td.secs.into(), td.us.into()]))
}

/// `strftime(fmt, y, m, d, H, M, S, us, ztext, tzname)`.
fn strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "strftime", 10)?;
    let fmt = str_arg(vm, &p[0], "strftime() argument 1 must be str, not ")?;
    let f = ints::<7>(&p[1..8]).ok_or_else(|| type_error("strftime: expected int fields"))?;
    let z = as_str(&p[8]).unwrap_or("");
    let zname = as_str(&p[9]).unwrap_or("");
    Ok(vm.str(format::strftime(fmt, &format::Stamp::of_datetime(f, z, zname))))
}

/// `iso(y, m, d, sep, H, M, S, us, timespec)`: `isoformat` text; a None
/// `sep` gives the date alone and a None `y` the time alone.
fn iso(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "iso", 9)?;
    let mut out = String::with_capacity(32);
    if !vm.is_none(&p[0]) {
        let [y, m, d] = ints::<3>(&p[0..3]).ok_or_else(|| type_error("iso: expected ints"))?;
        format::date_iso(&mut out, y, m, d);
        if vm.is_none(&p[3]) {
            return Ok(vm.str(out));
        }
        out.push_str(as_str(&p[3]).unwrap_or("T"));
    }
    let [h, mi, s, us] = ints::<4>(&p[4..8]).ok_or_else(|| type_error("iso: expected ints"))?;
    let spec = str_arg(vm, &p[8], "isoformat() argument 'timespec' must be str, not ")?;
    format::time_iso(&mut out, h, mi, s, us, spec).ok_or_else(|| value_error("Unknown timespec value"))?;
    Ok(vm.str(out))
}

/// `offset_text(total_us, sep)`: `+HH<sep>MM[<sep>SS[.ffffff]]`.
fn offset_text(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "offset_text", 2)?;
    let mut out = String::new();
    format::offset_text(&mut out, int_arg(&p[0], "offset_text")?, as_str(&p[1]).unwrap_or(":"));
    Ok(vm.str(out))
}

/// `td_str(days, seconds, us)`: `str(timedelta)`.
fn td_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "td_str", 3)?;
    let [d, s, us] = ints::<3>(p).ok_or_else(|| type_error("td_str: expected ints"))?;
    Ok(vm.str(format::td_str(d, s, us)))
}

/// `parse_iso(s, kind)`: kind 0 date `(y, m, d)`, 1 datetime
/// `(y, m, d, H, M, S, us, offset_us)`, 2 time `(H, M, S, us, offset_us)`;
/// the offset is None when absent.
fn parse_iso(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "parse_iso", 2)?;
    let Some(s) = as_str(&p[0]) else { return Err(type_error("fromisoformat: argument must be str")) };
    let chars: Vec<char> = s.chars().collect();
    let kind = int_arg(&p[1], "parse_iso")?;
    let off_val = |vm: &Vm, o: Option<i64>| o.map_or_else(|| vm.none(), |v| vm.int(v));
    let got = match kind {
        0 => iso_parse::date_prefix(&chars).filter(|r| r.3 == chars.len()).map(|(y, m, d, _)| int_tuple(vm, &[y, m, d])),
        1 => iso_parse::datetime_of(&chars).map(|(f, off)| {
            let mut items: Vec<Value> = Vec::with_capacity(8);
            items.extend(f.iter().map(|x| vm.int(*x)));
            items.push(off_val(vm, off));
            vm.tuple(items)
        }),
        _ => {
            let body = chars.strip_prefix(&['T']).unwrap_or(&chars);
            iso_parse::time_of(body).map(|(h, m, sec, us, off)| vm.tuple(vec![vm.int(h), vm.int(m), vm.int(sec), vm.int(us), off_val(vm, off)]))
        }
    };
    got.ok_or_else(|| value_error(format!("Invalid isoformat string: {}", crate::types::strformat::str_repr(s))))
}

/// `strptime(data, fmt)`: `(y, m, d, H, M, S, us, offset_us)`.
fn strptime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(args, M, "strptime", 2)?;
    let data = str_arg(vm, &p[0], "strptime() argument 1 must be str, not ")?;
    let fmt = str_arg(vm, &p[1], "strptime() argument 2 must be str, not ")?;
    match strptime::strptime(data, fmt) {
        Ok((f, off)) => {
            let mut items: Vec<Value> = Vec::with_capacity(8);
            items.extend(f.iter().map(|x| vm.int(*x)));
            items.push(off.map_or_else(|| vm.none(), |v| vm.int(v)));
            Ok(vm.tuple(items))
        }
        Err(strptime::Fail::NoMatch) => {
            use crate::types::strformat::str_repr;
            Err(value_error(format!("time data {} does not match format {}", str_repr(data), str_repr(fmt))))
        }
        Err(strptime::Fail::Msg(m)) => Err(value_error(m)),
    }
}

/// Creates the `_dtcore` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("mk", mk),
        ("date_setup", date::date_setup),
        ("fast_new", fast_new::fast_new),
        ("getters", getters::getters),
        ("dt_setup", dt_type::dt_setup),
        ("td_new", td_new),
        ("date_key", date_key),
        ("time_ok", time_ok),
        ("iso_parts", iso_parts),
        ("iso_weeks", iso_weeks),
        ("iso_monday", iso_monday),
        ("td_split", td_split),
        ("strftime", strftime),
        ("iso", iso),
        ("offset_text", offset_text),
        ("td_str", td_str),
        ("parse_iso", parse_iso),
        ("strptime", strptime),
        ("fixed_zone", timezone_type::fixed_zone),
        ("zone_offset", tzinfo_type::zone_offset),
    ];
    let m = super::native_fns::module_with_fns(vm, M, fns)?;
    super::native_fns::set(vm, &m, "timedelta", timedelta::td_type());
    super::native_fns::set(vm, &m, "date", date::date_type());
    super::native_fns::set(vm, &m, "tzinfo", tzinfo_type::tzinfo_type());
    super::native_fns::set(vm, &m, "timezone", timezone_type::timezone_type());
    super::native_fns::set(vm, &m, "datetime", dt_type::dt_type());
    Ok(m)
}
