//! Text of the native `datetime.time`: `isoformat` (with `timespec` and
//! the UTC offset), `str` (a subclass's `isoformat` override is used),
//! `repr` (subclasses show their own name), `strftime` (on 1900-01-01,
//! `%z`/`%Z` asked of the tzinfo with `None`), `__format__` and the class
//! method `fromisoformat`.

use super::args::{bind, cls_args};
use super::date::type_label;
use super::format::{self, Stamp};
use super::time_ops::offset;
use super::time_type::{checked, this, time_instance, time_type, Tm};
use crate::error::PyResult;
use crate::object::exception::{type_error, value_error};
use crate::object::registry::t;
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

/// The ISO text of `tm` for `spec`, then its UTC offset if any.
fn iso_text(vm: &mut Vm, tm: &Tm, spec: &str) -> PyResult<String> {
    let mut out = String::with_capacity(24);
    format::time_iso(&mut out, tm.t[0], tm.t[1], tm.t[2], tm.t[3], spec).ok_or_else(|| value_error("Unknown timespec value"))?;
    if let Some(off) = offset(vm, tm, "utcoffset")? {
        format::offset_text(&mut out, off, ":");
    }
    Ok(out)
}

pub(super) fn isoformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let tm = this(vm, p, "isoformat")?;
    let a = bind(&p[1..], args, &["timespec"], 0, Some("isoformat"))?;
    let spec = match &a[0] {
        None => "auto",
        Some(s) => as_str(s).ok_or_else(|| type_error(format!("isoformat() argument 1 must be str, not {}", vm.type_name(s))))?,
    };
    let text = iso_text(vm, &tm, spec)?;
    Ok(vm.str(text))
}

/// `str(t)`: `self.isoformat()` (a subclass's override included).
pub(super) fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let tm = this(vm, p, "__str__")?;
    if vm.type_of(&p[0]).is(&time_type()) {
        let text = iso_text(vm, &tm, "auto")?;
        return Ok(vm.str(text));
    }
    let m = vm.getattr_str(&p[0], "isoformat")?;
    vm.call(&m, &[])
}

pub(super) fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::fmt::Write;
    let p = args.pos();
    let tm = this(vm, p, "__repr__")?;
    let [h, mi, s, us] = tm.t;
    let mut out = type_label(vm, &p[0]);
    let _ = match (s, us) {
        (_, 0) if s == 0 => write!(out, "({}, {}", h, mi),
        (_, 0) => write!(out, "({}, {}, {}", h, mi, s),
        _ => write!(out, "({}, {}, {}, {}", h, mi, s, us),
    };
    if !tm.naive() {
        let r = vm.repr_string(&tm.tz)?;
        out.push_str(", tzinfo=");
        out.push_str(&r);
    }
    if tm.fold != 0 {
        out.push_str(", fold=1");
    }
    out.push(')');
    Ok(vm.str(out))
}

pub(super) fn strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let tm = this(vm, p, "strftime")?;
    let a = bind(&p[1..], args, &["format"], 1, Some("strftime"))?;
    let fmt = a[0].clone().unwrap_or_else(|| t().none.clone());
    let Some(fmt) = as_str(&fmt) else { return Err(type_error(format!("strftime() argument 1 must be str, not {}", vm.type_name(&fmt)))) };
    let mut z = String::new();
    let mut name = String::new();
    if !tm.naive() {
        if fmt.contains("%z") {
            if let Some(off) = offset(vm, &tm, "utcoffset")? {
                format::offset_text(&mut z, off, "");
            }
        }
        if fmt.contains("%Z") {
            let none = t().none.clone();
            if let Some(n) = super::dt_type::tz_name(vm, &tm.tz, &none)? {
                name = as_str(&n).unwrap_or("").to_string();
            }
        }
    }
    let f = [1900, 1, 1, tm.t[0], tm.t[1], tm.t[2], tm.t[3]];
    Ok(vm.str(format::strftime(fmt, &Stamp::of_datetime(f, &z, &name))))
}

pub(super) fn format_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::args::self_and_one(args, "time", "__format__")?;
    this(vm, p, "__format__")?;
    let Some(fmt) = as_str(&p[1]) else { return Err(type_error(format!("__format__() argument 1 must be str, not {}", vm.type_name(&p[1])))) };
    if fmt.is_empty() {
        return vm.to_str(&p[0]);
    }
    let m = vm.getattr_str(&p[0], "strftime")?;
    vm.call(&m, &[p[1].clone()])
}

/// `time.fromisoformat(s)`: `HH[:MM[:SS[.fff[fff]]]][+HH:MM...]`, an
/// optional leading `T`; a subclass is called with the five fields.
pub(super) fn fromisoformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, p) = cls_args(args, "time.fromisoformat", 1)?;
    let Some(s) = as_str(&p[0]) else { return Err(type_error("fromisoformat: argument must be str")) };
    let chars: Vec<char> = s.chars().collect();
    let body = chars.strip_prefix(&['T']).unwrap_or(&chars);
    let Some((h, m, sec, us, off)) = super::iso_parse::time_of(body) else {
        return Err(value_error(format!("Invalid isoformat string: {}", crate::types::strformat::str_repr(s))));
    };
    let tz = super::dt_new::fixed_zone(vm, off)?;
    if cls.is(&time_type()) {
        let tm = Tm::new([h, m, sec, us], tz, 0);
        checked(vm, &tm)?;
        return Ok(time_instance(cls, tm));
    }
    let a = [vm.int(h), vm.int(m), vm.int(sec), vm.int(us), tz];
    vm.call(cls, &a)
}
