//! Native `repr`/`str`/`isoformat` of exact `date` and naive exact
//! `datetime` instances (installed with the other fast paths of
//! `arith.rs`); anything else (subclasses, a tzinfo, arguments) calls the
//! Python method.

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::*;
use crate::vm::Vm;

use super::arith::{classes, slot, slot_int, slow_args};
use super::format;

/// Slot indices of date's `_y _m _d` and datetime's `_h _mi _s _us _tz _fold`.
const Y: usize = 0;
const H: usize = 4;
const TZ: usize = 8;
const FOLD: usize = 9;

/// The date fields of exact `cls` instance `v`.
fn ymd(vm: &Vm, v: &Value, cls: &Value) -> Option<[i64; 3]> {
    if !vm.type_of(v).is(cls) {
        return None;
    }
    Some([slot_int(v, Y)?, slot_int(v, Y + 1)?, slot_int(v, Y + 2)?])
}

/// The fields, fold of naive exact datetime `v`.
fn naive(vm: &Vm, v: &Value, cls: &Value) -> Option<([i64; 7], i64)> {
    let [y, m, d] = ymd(vm, v, cls)?;
    if !vm.is_none(&slot(v, TZ)?) {
        return None;
    }
    let t = [slot_int(v, H)?, slot_int(v, H + 1)?, slot_int(v, H + 2)?, slot_int(v, H + 3)?];
    Some(([y, m, d, t[0], t[1], t[2], t[3]], slot_int(v, FOLD)?))
}

fn date_text(vm: &mut Vm, args: Args, index: usize, repr: bool) -> PyResult<Value> {
    let p = args.pos();
    let (date, _) = classes()?;
    if let (Some(a), true) = (p.first(), p.len() == 1 && !args.has_kwargs()) {
        if let Some([y, m, d]) = ymd(vm, a, &date) {
            if repr {
                return Ok(vm.str(format!("datetime.date({}, {}, {})", y, m, d)));
            }
            let mut out = String::with_capacity(10);
            format::date_iso(&mut out, y, m, d);
            return Ok(vm.str(out));
        }
    }
    slow_args(vm, index, args)
}

pub(super) fn date_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    date_text(vm, args, 11, true)
}
pub(super) fn date_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    date_text(vm, args, 12, false)
}
pub(super) fn date_isoformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("date.isoformat() takes no keyword arguments"));
    }
    if args.pos().len() > 1 {
        return Err(type_error(format!("date.isoformat() takes no arguments ({} given)", args.pos().len() - 1)));
    }
    date_text(vm, args, 13, false)
}

pub(super) fn dt_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (_, datetime) = classes()?;
    if let Some((f, fold)) = p.first().filter(|_| p.len() == 1).and_then(|a| naive(vm, a, &datetime)) {
        let mut out = format!("datetime.datetime({}, {}, {}, {}, {}", f[0], f[1], f[2], f[3], f[4]);
        if f[6] != 0 {
            out.push_str(&format!(", {}, {}", f[5], f[6]));
        } else if f[5] != 0 {
            out.push_str(&format!(", {}", f[5]));
        }
        if fold != 0 {
            out.push_str(", fold=1");
        }
        out.push(')');
        return Ok(vm.str(out));
    }
    slow_args(vm, 14, args)
}

pub(super) fn dt_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let (_, datetime) = classes()?;
    if let Some((f, _)) = p.first().filter(|_| p.len() == 1).and_then(|a| naive(vm, a, &datetime)) {
        let mut out = String::with_capacity(26);
        format::date_iso(&mut out, f[0], f[1], f[2]);
        out.push(' ');
        if format::time_iso(&mut out, f[3], f[4], f[5], f[6], "auto").is_some() {
            return Ok(vm.str(out));
        }
    }
    slow_args(vm, 15, args)
}
