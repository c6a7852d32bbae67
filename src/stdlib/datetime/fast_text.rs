//! Native `repr`/`str` of naive exact `datetime` instances (installed
//! with the other fast paths of `arith.rs`); anything else (subclasses, a
//! tzinfo, arguments) calls the Python method.

use crate::error::PyResult;
use crate::object::*;
use crate::vm::Vm;

use super::arith::{dt_class, slot, slot_int, slow_args};
use super::format;

/// Slot indices of datetime's `_h _mi _s _us _tz _fold`.
const H: usize = 0;
const TZ: usize = 4;
const FOLD: usize = 5;

/// The fields, fold of naive exact datetime `v`.
fn naive(vm: &Vm, v: &Value, cls: &Value) -> Option<([i64; 7], i64)> {
    if !vm.type_of(v).is(cls) {
        return None;
    }
    let d = super::date::date_of(v)?;
    if !vm.is_none(&slot(v, TZ)?) {
        return None;
    }
    let t = [slot_int(v, H)?, slot_int(v, H + 1)?, slot_int(v, H + 2)?, slot_int(v, H + 3)?];
    Some(([d.y, d.m, d.d, t[0], t[1], t[2], t[3]], slot_int(v, FOLD)?))
}

pub(super) fn dt_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let datetime = dt_class()?;
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
    slow_args(vm, 3, args)
}

pub(super) fn dt_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let datetime = dt_class()?;
    if let Some((f, _)) = p.first().filter(|_| p.len() == 1).and_then(|a| naive(vm, a, &datetime)) {
        let mut out = String::with_capacity(26);
        format::date_iso(&mut out, f[0], f[1], f[2]);
        out.push(' ');
        if format::time_iso(&mut out, f[3], f[4], f[5], f[6], "auto").is_some() {
            return Ok(vm.str(out));
        }
    }
    slow_args(vm, 4, args)
}
