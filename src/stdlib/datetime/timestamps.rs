//! POSIX timestamps for `datetime`: splitting a timestamp into UTC or
//! local fields (with `fold` for repeated local times) and reading a local
//! wall-clock time back as a POSIX second, using the zone of `localtz`.

use crate::error::{PyErr, PyResult};
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::*;
use crate::vm::Vm;

use super::calendar::{from_ordinal, split_us, EPOCH_ORDINAL, US_PER_DAY, US_PER_SEC};

fn out_of_time_t() -> PyErr {
    overflow_error("timestamp out of range for platform time_t")
}

/// (whole seconds, microseconds) of an int or float timestamp, the
/// fraction rounded half to even as CPython does.
pub(super) fn seconds_of(vm: &Vm, t: &Value) -> PyResult<(i64, i64)> {
    if let Some(i) = crate::builtins::as_i64(t) {
        return Ok((i, 0));
    }
    if crate::builtins::as_bigint(t).is_some() {
        return Err(out_of_time_t());
    }
    let Some(f) = crate::builtins::as_f64(t) else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(t))));
    };
    if f.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    let fl = f.floor();
    if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&fl) {
        return Err(out_of_time_t());
    }
    let mut whole = fl as i64;
    let mut us = ((f - fl) * 1e6).round_ties_even() as i64;
    if us >= US_PER_SEC {
        whole += 1;
        us -= US_PER_SEC;
    }
    Ok((whole, us))
}

/// The 7 fields of POSIX second `secs` plus `us`; the C library's
/// EOVERFLOW when the year does not fit its `int`, else CPython's range
/// error for years outside 1..=9999.
fn fields(vm: &mut Vm, secs: i64, us: i64) -> PyResult<[i64; 7]> {
    let days = secs.div_euclid(86_400);
    let year = from_ordinal(days + EPOCH_ORDINAL).0;
    if i32::try_from(year - 1900).is_err() {
        let e = crate::types::exception::new_os_error(vm, &t().named("OSError"), 75, "Value too large for defined data type", None);
        return Err(PyErr::from_object(e));
    }
    if !(1..=9999).contains(&year) {
        return Err(value_error(format!("year {} is out of range", year)));
    }
    let total = (days + EPOCH_ORDINAL) * US_PER_DAY + secs.rem_euclid(86_400) * US_PER_SEC + us;
    split_us(total).ok_or_else(|| value_error(format!("year {} is out of range", year)))
}

/// The wall-clock fields of timestamp `secs` (+ `us`) in UTC or (if
/// `local`) in the local zone, and the fold (1 for the second of two equal
/// local times).
pub(super) fn wall_fields(vm: &mut Vm, secs: i64, us: i64, local: bool) -> PyResult<([i64; 7], i64)> {
    if !local {
        return Ok((fields(vm, secs, us)?, 0));
    }
    let zone = crate::stdlib::localtz::current();
    let wall = secs.saturating_add(zone.at(secs).off);
    let seen = zone.solutions(wall);
    let fold = i64::from(seen.len() > 1 && seen.last() == Some(&secs));
    Ok((fields(vm, wall, us)?, fold))
}

/// The local wall-clock fields of timestamp `t` (int or float).
pub(super) fn local_fields(vm: &mut Vm, t: &Value) -> PyResult<[i64; 7]> {
    let (secs, us) = seconds_of(vm, t)?;
    Ok(wall_fields(vm, secs, us, true)?.0)
}

/// The POSIX second at which the local clock reads `wall` (seconds as if
/// UTC): the first or second such instant per `fold`; in a gap, fold 0
/// reads `wall` with the offset from before the gap and fold 1 with the
/// one after.
pub(super) fn local_to_utc(wall: i64, fold: bool) -> i64 {
    let zone = crate::stdlib::localtz::current();
    let seen = zone.solutions(wall);
    match (seen.first(), seen.last()) {
        (Some(a), Some(b)) => {
            if fold {
                *b
            } else {
                *a
            }
        }
        _ => {
            let before = wall - zone.at(wall - 86_400).off;
            let after = wall - zone.at(wall + 86_400).off;
            if fold {
                before.min(after)
            } else {
                before.max(after)
            }
        }
    }
}

/// (utcoffset seconds, abbreviation) of the local zone at POSIX second `t`.
pub(super) fn zone_at(t: i64) -> (i64, String) {
    let zone = crate::stdlib::localtz::current();
    let ty = zone.at(t);
    (ty.off, ty.abbr.to_string())
}
