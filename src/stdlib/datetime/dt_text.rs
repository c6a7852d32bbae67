//! Text and time tuples of the native `datetime`: `isoformat`, `str`,
//! `repr` (subclasses show their own name), `ctime`, `strftime` (reached
//! through `date.strftime`, which datetime inherits as in CPython, with
//! `%z`/`%Z` asked of the tzinfo), `timetuple` and `utctimetuple`.

use super::args::{bind, no_args};
use super::date::{struct_time, type_label, Date};
use super::dt_type::{dt_type, fields_at, this, tz_name, tz_offset, utcoffset, Dt};
use super::format::{self, Stamp};
use crate::error::PyResult;
use crate::object::exception::{type_error, value_error};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

/// The ISO text of `d` with separator `sep`, then its UTC offset if any.
fn iso_text(vm: &mut Vm, v: &Value, d: &Dt, sep: &str, spec: &str) -> PyResult<String> {
    let mut out = String::with_capacity(32);
    format::date_iso(&mut out, d.date.y, d.date.m, d.date.d);
    out.push_str(sep);
    format::time_iso(&mut out, d.t[0], d.t[1], d.t[2], d.t[3], spec).ok_or_else(|| value_error("Unknown timespec value"))?;
    if !d.naive() {
        if let Some(off) = utcoffset(vm, v, d)? {
            format::offset_text(&mut out, off, ":");
        }
    }
    Ok(out)
}

pub(super) fn isoformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "isoformat")?;
    let a = bind(&p[1..], args, &["sep", "timespec"], 0, Some("isoformat"))?;
    let sep = match &a[0] {
        None => "T",
        Some(s) => match as_str(s) {
            Some(x) if x.chars().count() == 1 => x,
            _ => return Err(type_error(format!("isoformat() argument 1 must be a unicode character, not {}", vm.type_name(s)))),
        },
    };
    let spec = match &a[1] {
        None => "auto",
        Some(s) => as_str(s).ok_or_else(|| type_error(format!("isoformat() argument 2 must be str, not {}", vm.type_name(s))))?,
    };
    let text = iso_text(vm, &p[0], &d, sep, spec)?;
    Ok(vm.str(text))
}

/// `str(dt)`: `self.isoformat(' ')` (a subclass's override included).
pub(super) fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "__str__")?;
    if vm.type_of(&p[0]).is(&dt_type()) {
        let text = iso_text(vm, &p[0], &d, " ", "auto")?;
        return Ok(vm.str(text));
    }
    let m = vm.getattr_str(&p[0], "isoformat")?;
    let sep = vm.str(" ");
    vm.call(&m, &[sep])
}

/// Appends the decimal digits of `n` (no `fmt` machinery: `repr` is hot).
fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut v = n.unsigned_abs();
    loop {
        i -= 1;
        digits[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend(digits[i..].iter().map(|b| char::from(*b)));
}

pub(super) fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "__repr__")?;
    let [y, m, day, h, mi, s, us] = d.fields();
    let mut out = String::with_capacity(48);
    if vm.type_of(&p[0]).is(&dt_type()) {
        out.push_str("datetime.datetime");
    } else {
        out.push_str(&type_label(vm, &p[0]));
    }
    let shown = if us != 0 { 7 } else if s != 0 { 6 } else { 5 };
    for (i, x) in [y, m, day, h, mi, s, us].iter().take(shown).enumerate() {
        out.push_str(if i == 0 { "(" } else { ", " });
        push_int(&mut out, *x);
    }
    if d.fold != 0 {
        out.push_str(", fold=1");
    }
    if !d.naive() {
        let r = vm.repr_string(&d.tz)?;
        out.push_str(", tzinfo=");
        out.push_str(&r);
    }
    out.push(')');
    Ok(vm.str(out))
}

pub(super) fn ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, args.pos(), "ctime")?;
    no_args(args, "datetime.ctime")?;
    let mut f = d.fields();
    f[6] = 0;
    Ok(vm.str(format::strftime("%c", &Stamp::of_datetime(f, "", ""))))
}

/// `strftime(fmt)` of datetime `v`: as CPython, the time tuple first
/// (which asks `dst()`), then the offset and name if `fmt` uses them.
pub(crate) fn strftime_dt(vm: &mut Vm, v: &Value, d: &Dt, fmt: &str) -> PyResult<Value> {
    let mut z = String::new();
    let mut name = String::new();
    if !d.naive() {
        tz_offset(vm, &d.tz, v, "dst")?;
        if fmt.contains("%z") {
            if let Some(off) = utcoffset(vm, v, d)? {
                format::offset_text(&mut z, off, "");
            }
        }
        if fmt.contains("%Z") {
            if let Some(n) = tz_name(vm, &d.tz, v)? {
                name = as_str(&n).unwrap_or("").to_string();
            }
        }
    }
    Ok(vm.str(format::strftime(fmt, &Stamp::of_datetime(d.fields(), &z, &name))))
}

pub(super) fn timetuple(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "timetuple")?;
    no_args(args, "datetime.timetuple")?;
    let flag = match tz_offset(vm, &d.tz, &p[0], "dst")? {
        None => -1,
        Some(o) => i64::from(o != 0),
    };
    struct_time(vm, d.date, d.t[0], d.t[1], d.t[2], flag)
}

pub(super) fn utctimetuple(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "utctimetuple")?;
    no_args(args, "datetime.utctimetuple")?;
    let f = match utcoffset(vm, &p[0], &d)? {
        None => d.fields(),
        Some(off) => fields_at(i128::from(d.key) - i128::from(off))?,
    };
    let date = Date { y: f[0], m: f[1], d: f[2], ord: super::calendar::to_ordinal(f[0], f[1], f[2]) };
    struct_time(vm, date, f[3], f[4], f[5], 0)
}
