//! `_dtcore`: the native core of `datetime`. Every class of the module is
//! a native type: `timedelta` (`timedelta.rs`), `date` (`date.rs`),
//! `time` (`time_*.rs`), `datetime` (`dt_*.rs`), `tzinfo` and `timezone`
//! (`tzinfo_type.rs`, `timezone_type.rs`), and the `IsoCalendarDate` that
//! `isocalendar()` returns (`iso_cal.rs`); `pysrc/datetime.py` only names
//! them. Shared here: CPython's field checks.

mod args;
pub mod calendar;
mod date;
mod dt_install;
mod dt_new;
mod dt_ops;
mod dt_text;
mod dt_type;
mod dt_zone;
mod iso_cal;
pub mod format;
pub mod iso_parse;
pub mod strptime;
mod timedelta;
mod time_ops;
mod time_text;
mod time_type;
mod timestamps;
mod timezone_type;
mod tzinfo_type;

use crate::error::PyResult;
use crate::object::exception::value_error;
use crate::object::*;
use crate::vm::Vm;

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

/// Creates the `_dtcore` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[("date_setup", date::date_setup)];
    let m = super::native_fns::module_with_fns(vm, "_dtcore", fns)?;
    super::native_fns::set(vm, &m, "timedelta", timedelta::td_type());
    super::native_fns::set(vm, &m, "date", date::date_type());
    super::native_fns::set(vm, &m, "tzinfo", tzinfo_type::tzinfo_type());
    super::native_fns::set(vm, &m, "timezone", timezone_type::timezone_type());
    super::native_fns::set(vm, &m, "datetime", dt_type::dt_type());
    super::native_fns::set(vm, &m, "time", time_type::time_type());
    Ok(m)
}
