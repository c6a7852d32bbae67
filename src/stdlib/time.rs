//! The `time` module: wall clock, monotonic and CPU clocks, `sleep`.

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
    Ok(m)
}
