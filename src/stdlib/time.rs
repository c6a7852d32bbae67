//! The `time` module: wall clock, monotonic and CPU clocks, `sleep`.

use crate::stdlib::datetime::format::{strftime, Stamp};
use crate::stdlib::datetime::calendar::days_since_epoch;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::error::PyResult;
use crate::object::exception::{type_error, value_error};
use crate::object::*;
use crate::vm::Vm;

thread_local! {
    static START: Instant = Instant::now();
}

fn since_start() -> std::time::Duration {
    START.with(|s| s.elapsed())
}

fn epoch() -> std::time::Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn t_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("time").positional(0, 0)?;
    let _ = vm;
    Ok(Value::float(epoch().as_secs_f64()))
}

fn t_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("time_ns").positional(0, 0)?;
    Ok(vm.bigint(epoch().as_nanos().into()))
}

fn t_perf_counter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("perf_counter").positional(0, 0)?;
    let _ = vm;
    Ok(Value::float(since_start().as_secs_f64()))
}

fn t_perf_counter_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("perf_counter_ns").positional(0, 0)?;
    Ok(vm.bigint(since_start().as_nanos().into()))
}

fn cpu_time() -> f64 {
    // /proc/self/stat fields 14 and 15: utime and stime in clock ticks.
    if let Ok(s) = std::fs::read_to_string("/proc/self/stat") {
        if let Some(rest) = s.rsplit(')').next() {
            let f: Vec<&str> = rest.split_whitespace().collect();
            if f.len() > 13 {
                let u: f64 = f[11].parse().unwrap_or(0.0);
                let s: f64 = f[12].parse().unwrap_or(0.0);
                return (u + s) / 100.0;
            }
        }
    }
    since_start().as_secs_f64()
}

fn t_process_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("process_time").positional(0, 0)?;
    let _ = vm;
    Ok(Value::float(cpu_time()))
}

fn t_process_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("process_time_ns").positional(0, 0)?;
    Ok(vm.int((cpu_time() * 1e9) as i64))
}

fn t_sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("sleep").positional(1, 1)?;
    let secs = if let Some(f) = crate::builtins::as_f64(&p[0]) {
        f
    } else if let Some(i) = crate::builtins::as_i64(&p[0]) {
        i as f64
    } else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&p[0]))));
    };
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(1e9)));
    Ok(vm.none())
}

/// Creates the `time` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    since_start();
    let m = crate::vm::import::new_module(vm, "time");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let dd = d.downcast::<DictData>().expect("dict");
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", t_time),
        ("time_ns", t_time_ns),
        ("perf_counter", t_perf_counter),
        ("perf_counter_ns", t_perf_counter_ns),
        ("monotonic", t_perf_counter),
        ("monotonic_ns", t_perf_counter_ns),
        ("process_time", t_process_time),
        ("process_time_ns", t_process_time_ns),
        ("sleep", t_sleep),
    ];
    for (name, f) in fns {
        let v = vm.builtin_fn(name, *f);
        dd.set_str(vm.name(name), v);
    }
    install_calendar(vm, dd);
    Ok(m)
}

// ----- calendar functions (local time through `localtz.rs`) -----

const STRUCT_TIME_FIELDS: &[&str] = &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

fn struct_time_type() -> Value {
    super::structseq::make_type_ext("struct_time", "time.struct_time", STRUCT_TIME_FIELDS, &["tm_zone", "tm_gmtoff"])
}


fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Broken-down UTC time: year, mon, mday, hour, min, sec, wday (Mon=0), yday (1-based).
fn breakdown(secs: i64) -> [i64; 8] {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7);
    let yday = days - days_since_epoch(y, 1, 1) + 1;
    [y, m, d, rem / 3600, rem % 3600 / 60, rem % 60, wday, yday]
}

fn secs_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(epoch().as_secs() as i64),
        Some(v) if vm.is_none(v) => Ok(epoch().as_secs() as i64),
        Some(v) => {
            if let Some(i) = crate::builtins::as_i64(v) {
                Ok(i)
            } else if let Some(f) = crate::builtins::as_f64(v) {
                if !f.is_finite() {
                    return Err(crate::object::exception::overflow_error("timestamp out of range for platform time_t"));
                }
                Ok(f.floor() as i64)
            } else {
                Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
            }
        }
    }
}

fn make_struct_time(vm: &mut Vm, secs: i64) -> Value {
    let b = breakdown(secs);
    let mut items: Vec<Value> = b.iter().map(|x| vm.int(*x)).collect();
    items.push(vm.int(0));
    let extras = vec![vm.str("GMT"), vm.int(0)];
    super::structseq::new_ext(&struct_time_type(), items, extras)
}

fn t_gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("gmtime").positional(0, 1)?;
    let s = secs_arg(vm, p.first())?;
    Ok(make_struct_time(vm, s))
}

/// Broken-down local time of UTC instant `secs` (9 fields).
fn local_fields(secs: i64) -> [i64; 9] {
    let zone = super::localtz::current();
    let ty = zone.at(secs);
    let b = breakdown(secs + ty.off);
    [b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], i64::from(ty.dst)]
}

fn t_localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("localtime").positional(0, 1)?;
    let s = secs_arg(vm, p.first())?;
    let items: Vec<Value> = local_fields(s).iter().map(|x| vm.int(*x)).collect();
    let ty = super::localtz::current().at(s).clone();
    let extras = vec![vm.str(ty.abbr.as_str()), vm.int(ty.off)];
    Ok(super::structseq::new_ext(&struct_time_type(), items, extras))
}

/// Local seconds (as if UTC) of broken-down fields, months and days
/// allowed out of range as in `mktime`.
fn fields_seconds(f: &[i64; 9]) -> i64 {
    let y = f[0] + (f[1] - 1).div_euclid(12);
    let m = (f[1] - 1).rem_euclid(12) + 1;
    let days = days_since_epoch(y, m, 1) + f[2] - 1;
    days * 86400 + f[3] * 3600 + f[4] * 60 + f[5]
}

/// `(abbreviation, UTC offset)` of local broken-down fields.
fn local_zone_of(f: &[i64; 9]) -> (String, i64) {
    let zone = super::localtz::current();
    let l = fields_seconds(f);
    let t = zone.mktime(l, f[8]);
    let ty = zone.at(t);
    (ty.abbr.clone(), ty.off)
}

/// `_local_info(t)`: `(utcoffset, isdst, abbreviation)` of the local
/// zone at UTC instant `t` (used by `datetime`).
fn t_local_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("_local_info").positional(1, 1)?;
    let s = secs_arg(vm, p.first())?;
    let zone = super::localtz::current();
    let ty = zone.at(s);
    Ok(vm.tuple(vec![vm.int(ty.off), vm.bool(ty.dst), vm.str(ty.abbr.as_str())]))
}

/// `_local_solutions(l)`: the UTC instants whose local time is `l`
/// (seconds as if UTC), earliest first (used by `datetime`).
fn t_local_solutions(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("_local_solutions").positional(1, 1)?;
    let l = secs_arg(vm, p.first())?;
    let zone = super::localtz::current();
    let items = zone.solutions(l).into_iter().map(|t| vm.int(t)).collect();
    Ok(vm.tuple(items))
}

/// `tzset()`: reloads the local zone from `TZ` and resets `timezone`,
/// `altzone`, `daylight` and `tzname`.
fn t_tzset(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    super::localtz::reset();
    let m = crate::vm::import::import_full(vm, "time")?;
    if let Some(d) = m.downcast::<ModuleData>().map(|md| md.dict.clone()) {
        if let Some(dd) = d.downcast::<DictData>() {
            set_zone_globals(vm, dd);
        }
    }
    Ok(vm.none())
}

fn set_zone_globals(vm: &mut Vm, dd: &DictData) {
    let (tz, alt, daylight, n0, n1) = super::localtz::current().python_globals(epoch().as_secs() as i64);
    dd.set_str(vm.name("timezone"), vm.int(tz));
    dd.set_str(vm.name("altzone"), vm.int(alt));
    dd.set_str(vm.name("daylight"), vm.int(i64::from(daylight)));
    let names = vm.tuple(vec![vm.str(n0.as_str()), vm.str(n1.as_str())]);
    dd.set_str(vm.name("tzname"), names);
}

/// The 9 fields of a struct_time / 9-tuple argument.
fn tuple_fields(_vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<[i64; 9]> {
    let v = match v {
        None => return Ok(local_fields(epoch().as_secs() as i64)),
        Some(v) => v.clone(),
    };
    let items = match v.downcast::<TupleData>() {
        Some(t) => t.0.to_vec(),
        None => return Err(type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(type_error(format!("{}(): illegal time tuple argument", fname)));
    }
    let mut out = [0i64; 9];
    for (i, it) in items.iter().enumerate() {
        out[i] = crate::builtins::as_i64(it).ok_or_else(|| type_error("an integer is required"))?;
    }
    Ok(out)
}

fn t_mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("mktime").positional(1, 1)?;
    let f = tuple_fields(vm, p.first(), "mktime")?;
    let t = super::localtz::current().mktime(fields_seconds(&f), f[8]);
    Ok(Value::float(t as f64))
}

/// `strftime` of struct_time fields `f` (their own weekday and day of the
/// year, as C's strftime); `zone` is the `%Z` text and UTC offset (`%z` is
/// empty when `tm_isdst` is negative).
fn strftime_impl(fmt: &str, f: &[i64; 9], zone: &(String, i64)) -> String {
    let z = if f[8] < 0 {
        String::new()
    } else {
        let (o, a) = (zone.1, zone.1.abs());
        format!("{}{:02}{:02}", if o < 0 { '-' } else { '+' }, a / 3600, a % 3600 / 60)
    };
    let stamp = Stamp { f: [f[0], f[1], f[2], f[3], f[4], f[5], 0], wd: f[6], yday: f[7] - 1, micro: false, z: &z, zname: &zone.0 };
    strftime(fmt, &stamp)
}

fn t_strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("strftime").positional(1, 2)?;
    let fmt = crate::builtins::str_arg(vm, &p[0], "strftime() argument 1")?;
    let f = tuple_fields(vm, p.get(1), "strftime")?;
    if !(1..=12).contains(&f[1]) {
        return Err(value_error("month out of range"));
    }
    // A struct_time (or no argument: now) is taken as local time and gets
    // its zone's abbreviation and offset; a plain tuple gets tzname[isdst]
    // and offset 0, as in CPython.
    let is_struct = p.get(1).is_none_or(|v| vm.type_of(v).is(&struct_time_type()));
    let zone = if !fmt.contains('%') {
        (String::new(), 0)
    } else if is_struct {
        // Its own zone fields when it has them (time.localtime's do).
        let own = p.get(1).map(|v| (super::structseq::extra_field(v, 0), super::structseq::extra_field(v, 1)));
        let (mut name, mut off) = local_zone_of(&f);
        if let Some((z, o)) = own {
            if let Some(z) = z.as_ref().and_then(|z| crate::object::str::as_str(z).map(str::to_string)) {
                name = z;
            }
            if let Some(o) = o.as_ref().and_then(crate::builtins::as_i64) {
                off = o;
            }
        }
        (name, off)
    } else {
        let (n0, n1) = super::localtz::current().c_names();
        (if f[8] > 0 { n1 } else if f[8] == 0 { n0 } else { String::new() }, 0)
    };
    Ok(vm.str(strftime_impl(&fmt, &f, &zone)))
}

fn t_asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("asctime").positional(0, 1)?;
    let f = tuple_fields(vm, p.first(), "asctime")?;
    Ok(vm.str(strftime_impl("%a %b %e %H:%M:%S %Y", &f, &(String::new(), 0))))
}

fn t_ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("ctime").positional(0, 1)?;
    let s = secs_arg(vm, p.first())?;
    let f = local_fields(s);
    Ok(vm.str(strftime_impl("%a %b %e %H:%M:%S %Y", &f, &(String::new(), 0))))
}

/// Registers the calendar functions on the `time` module dict.
fn install_calendar(vm: &mut Vm, dd: &DictData) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("gmtime", t_gmtime),
        ("localtime", t_localtime),
        ("mktime", t_mktime),
        ("strftime", t_strftime),
        ("asctime", t_asctime),
        ("ctime", t_ctime),
        ("tzset", t_tzset),
        ("_local_info", t_local_info),
        ("_local_solutions", t_local_solutions),
    ];
    for (name, f) in fns {
        let v = vm.builtin_fn(name, *f);
        dd.set_str(vm.name(name), v);
    }
    dd.set_str(vm.name("struct_time"), struct_time_type());
    set_zone_globals(vm, dd);
}
