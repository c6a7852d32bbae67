//! Time zones of the native `datetime`: the `utcoffset`/`dst`/`tzname`
//! methods (asking the tzinfo through its Python-visible methods, so any
//! tzinfo works), `astimezone` (a naive datetime is local time) and
//! `timestamp`, as CPython 3.11 does them.

use super::args::{bind, no_args};
use super::calendar::{EPOCH_ORDINAL, US_PER_DAY, US_PER_SEC};
use super::dt_type::{build, check_tz, dt_instance, fields_at, this, tz_name, tz_offset_value, utcoffset, Dt};
use super::timestamps::{local_to_utc, zone_at};
use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::registry::t;
use crate::object::*;
use crate::vm::Vm;

pub(super) fn utcoffset_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "utcoffset")?;
    no_args(args, "datetime.utcoffset")?;
    Ok(tz_offset_value(vm, &d.tz, &p[0], "utcoffset")?.0)
}

pub(super) fn dst_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "dst")?;
    no_args(args, "datetime.dst")?;
    Ok(tz_offset_value(vm, &d.tz, &p[0], "dst")?.0)
}

pub(super) fn tzname_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "tzname")?;
    no_args(args, "datetime.tzname")?;
    Ok(tz_name(vm, &d.tz, &p[0])?.unwrap_or_else(|| t().none.clone()))
}

/// The POSIX second of the wall time of `d` read as local time.
fn local_seconds(d: &Dt) -> i64 {
    local_to_utc(d.key.div_euclid(US_PER_SEC) - EPOCH_ORDINAL * 86_400, d.fold != 0)
}

/// `timezone(timedelta(seconds=off), name)` for the local zone at POSIX
/// second `secs`.
fn local_timezone(vm: &mut Vm, secs: i64) -> PyResult<Value> {
    let (off, name) = zone_at(secs);
    let td = super::timedelta::td_value(i128::from(off) * i128::from(US_PER_SEC))?;
    let name = vm.str(name);
    let cls = super::timezone_type::timezone_type();
    vm.call(&cls, &[td, name])
}

pub(super) fn astimezone(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "astimezone")?;
    let a = bind(&p[1..], args, &["tz"], 0, Some("astimezone"))?;
    let tz = a[0].clone().unwrap_or_else(|| t().none.clone());
    check_tz(vm, &tz)?;
    let mut off = None;
    if !d.naive() {
        if d.tz.is(&tz) {
            return Ok(p[0].clone());
        }
        off = utcoffset(vm, &p[0], &d)?;
    }
    // A naive datetime (or one whose tzinfo gives no offset) is local time.
    let off = match off {
        Some(o) => o,
        None => zone_at(local_seconds(&d)).0 * US_PER_SEC,
    };
    let utc_key = i128::from(d.key) - i128::from(off);
    let f = fields_at(utc_key)?;
    let tz = if vm.is_none(&tz) { local_timezone(vm, (utc_key as i64).div_euclid(US_PER_SEC) - EPOCH_ORDINAL * 86_400)? } else { tz };
    let cls = vm.type_of(&p[0]);
    let utc = if cls.is(&super::dt_type::dt_type()) {
        dt_instance(&cls, Dt::of_fields(f, tz.clone(), 0))
    } else {
        // As CPython: `self - offset` (a call of the subclass), then the
        // tzinfo replaced in place.
        let v = build(vm, &cls, f, &d.tz, 0, true)?;
        let old = v.downcast::<StateData>().and_then(|s| s.with_mut::<Dt, _>(|x| std::mem::replace(&mut x.tz, tz.clone())));
        drop(old);
        v
    };
    let m = vm.getattr_str(&tz, "fromutc")?;
    vm.call(&m, &[utc])
}

/// `total_us / 10**6` correctly rounded, as Python's int true division.
fn seconds_value(vm: &mut Vm, total_us: i64) -> PyResult<Value> {
    if total_us.unsigned_abs() < (1u64 << 53) {
        return Ok(Value::float(total_us as f64 / 1e6));
    }
    let (a, b) = (vm.int(total_us), vm.int(US_PER_SEC));
    vm.binary_op(&a, &b, crate::bytecode::BinaryOp::TrueDivide, false)
}

pub(super) fn timestamp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let d = this(vm, p, "timestamp")?;
    no_args(args, "datetime.timestamp")?;
    if d.naive() {
        let secs = local_seconds(&d);
        return Ok(Value::float(secs as f64 + d.t[3] as f64 / 1e6));
    }
    let Some(off) = utcoffset(vm, &p[0], &d)? else {
        return Err(type_error("can't subtract offset-naive and offset-aware datetimes"));
    };
    seconds_value(vm, d.key - off - EPOCH_ORDINAL * US_PER_DAY)
}
