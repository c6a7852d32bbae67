//! `resource`: the process's resource usage and limits (getrusage,
//! getrlimit / setrlimit / prlimit, getpagesize), as CPython's module on
//! Linux, through the C library (x86-64 and aarch64 Linux layouts).

use std::os::raw::{c_int, c_long};

use crate::error::PyResult;
use crate::object::exception::value_error;
use crate::object::*;
use crate::vm::Vm;

#[repr(C)]
#[derive(Default)]
struct TimeVal {
    sec: c_long,
    usec: c_long,
}

/// `struct rusage`: two timevals and fourteen longs.
#[repr(C)]
#[derive(Default)]
struct RUsage {
    utime: TimeVal,
    stime: TimeVal,
    counters: [c_long; 14],
}

#[repr(C)]
#[derive(Default, Clone, Copy)]
struct RLimit {
    cur: u64,
    max: u64,
}

extern "C" {
    fn getrusage(who: c_int, usage: *mut RUsage) -> c_int;
    fn getrlimit(resource: c_int, rlim: *mut RLimit) -> c_int;
    fn setrlimit(resource: c_int, rlim: *const RLimit) -> c_int;
    fn prlimit(pid: c_int, resource: c_int, new: *const RLimit, old: *mut RLimit) -> c_int;
    fn getpagesize() -> c_int;
}

const RLIM_INFINITY: u64 = u64::MAX;
const EINVAL: i32 = 22;
const EPERM: i32 = 1;
const RLIM_NLIMITS: i64 = 16;

const FIELDS: &[&str] = &[
    "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
    "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
];

const CONSTANTS: &[(&str, i64)] = &[
    ("RLIMIT_CPU", 0),
    ("RLIMIT_FSIZE", 1),
    ("RLIMIT_DATA", 2),
    ("RLIMIT_STACK", 3),
    ("RLIMIT_CORE", 4),
    ("RLIMIT_RSS", 5),
    ("RLIMIT_NPROC", 6),
    ("RLIMIT_NOFILE", 7),
    ("RLIMIT_OFILE", 7),
    ("RLIMIT_MEMLOCK", 8),
    ("RLIMIT_AS", 9),
    ("RLIMIT_SIGPENDING", 11),
    ("RLIMIT_MSGQUEUE", 12),
    ("RLIMIT_NICE", 13),
    ("RLIMIT_RTPRIO", 14),
    ("RLIMIT_RTTIME", 15),
    ("RLIM_INFINITY", -1),
    ("RUSAGE_SELF", 0),
    ("RUSAGE_CHILDREN", -1),
    ("RUSAGE_THREAD", 1),
];

fn struct_rusage_type() -> Value {
    super::structseq::make_type_ext("struct_rusage", "resource.struct_rusage", FIELDS, &[])
}

fn last_os_error(vm: &mut Vm) -> crate::error::PyErr {
    crate::builtins::io::os_error_from_io(vm, &std::io::Error::last_os_error(), None)
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `getrusage(who)`: the usage of this process (RUSAGE_SELF), its waited-for
/// children (RUSAGE_CHILDREN) or the calling thread (RUSAGE_THREAD).
fn getrusage_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("getrusage").positional(1, 1)?;
    let who = vm.index_to_i64(&p[0], "who")?;
    let mut usage = RUsage::default();
    let Ok(who) = c_int::try_from(who) else { return Err(value_error("invalid who parameter")) };
    // SAFETY: `usage` is a properly laid out `struct rusage` the call fills.
    if unsafe { getrusage(who, &mut usage) } != 0 {
        return Err(if errno() == EINVAL { value_error("invalid who parameter") } else { last_os_error(vm) });
    }
    let seconds = |t: &TimeVal| Value::float(t.sec as f64 + t.usec as f64 * 1e-6);
    let mut items = vec![seconds(&usage.utime), seconds(&usage.stime)];
    items.extend(usage.counters.iter().map(|&c| vm.int(c)));
    Ok(super::structseq::new(&struct_rusage_type(), items))
}

fn resource_arg(vm: &mut Vm, v: &Value) -> PyResult<c_int> {
    let r = vm.index_to_i64(v, "resource")?;
    if !(0..RLIM_NLIMITS).contains(&r) {
        return Err(value_error("invalid resource specified"));
    }
    Ok(r as c_int)
}

fn limit_value(vm: &mut Vm, v: u64) -> Value {
    if v == RLIM_INFINITY {
        vm.int(-1)
    } else {
        match i64::try_from(v) {
            Ok(i) => vm.int(i),
            Err(_) => vm.int(-1),
        }
    }
}

fn limits_tuple(vm: &mut Vm, l: RLimit) -> Value {
    let items = vec![limit_value(vm, l.cur), limit_value(vm, l.max)];
    vm.tuple(items)
}

/// `(soft, hard)` from a 2-sequence of ints (-1 is RLIM_INFINITY).
fn limits_arg(vm: &mut Vm, v: &Value) -> PyResult<RLimit> {
    let items = vm.collect(v)?;
    if items.len() != 2 {
        return Err(value_error("expected a tuple of 2 integers"));
    }
    let mut one = |x: &Value| -> PyResult<u64> {
        let i = vm.index_to_i64(x, "limit")?;
        Ok(if i == -1 { RLIM_INFINITY } else { i as u64 })
    };
    Ok(RLimit { cur: one(&items[0])?, max: one(&items[1])? })
}

fn setrlimit_error(vm: &mut Vm) -> crate::error::PyErr {
    match errno() {
        EINVAL => value_error("current limit exceeds maximum limit"),
        EPERM => value_error("not allowed to raise maximum limit"),
        _ => last_os_error(vm),
    }
}

/// `getrlimit(resource)`: `(soft, hard)`.
fn getrlimit_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("getrlimit").positional(1, 1)?;
    let r = resource_arg(vm, &p[0])?;
    let mut l = RLimit::default();
    // SAFETY: `l` is a `struct rlimit` the call fills.
    if unsafe { getrlimit(r, &mut l) } != 0 {
        return Err(last_os_error(vm));
    }
    Ok(limits_tuple(vm, l))
}

/// `setrlimit(resource, (soft, hard))`.
fn setrlimit_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("setrlimit").positional(2, 2)?;
    let r = resource_arg(vm, &p[0])?;
    let l = limits_arg(vm, &p[1])?;
    // SAFETY: `l` is a valid `struct rlimit`.
    if unsafe { setrlimit(r, &l) } != 0 {
        return Err(setrlimit_error(vm));
    }
    Ok(vm.none())
}

/// `prlimit(pid, resource[, limits])`: the limits of process `pid` (0:
/// this one) before setting them to `limits` if given.
fn prlimit_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("prlimit").positional(2, 3)?;
    let pid = vm.index_to_i64(&p[0], "pid")? as c_int;
    let r = resource_arg(vm, &p[1])?;
    let new = match p.get(2) {
        Some(v) => Some(limits_arg(vm, v)?),
        None => None,
    };
    let mut old = RLimit::default();
    let new_ptr = new.as_ref().map_or(std::ptr::null(), |l| l as *const RLimit);
    // SAFETY: `new_ptr` is null or a valid `struct rlimit`; `old` is filled.
    if unsafe { prlimit(pid, r, new_ptr, &mut old) } != 0 {
        return Err(if new.is_some() { setrlimit_error(vm) } else { last_os_error(vm) });
    }
    Ok(limits_tuple(vm, old))
}

/// `getpagesize()`.
fn getpagesize_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("getpagesize").positional(0, 0)?;
    // SAFETY: no arguments, no memory touched.
    Ok(vm.int(unsafe { getpagesize() } as i64))
}

/// Creates the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "resource");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let dd = d.downcast::<DictData>().expect("dict");
    for (name, f) in [
        ("getrusage", getrusage_fn as NativeFn),
        ("getrlimit", getrlimit_fn),
        ("setrlimit", setrlimit_fn),
        ("prlimit", prlimit_fn),
        ("getpagesize", getpagesize_fn),
    ] {
        let v = vm.builtin_fn(name, f);
        dd.set_str(vm.name(name), v);
    }
    for (name, value) in CONSTANTS {
        dd.set_str(vm.name(name), vm.int(*value));
    }
    dd.set_str(vm.name("struct_rusage"), struct_rusage_type());
    dd.set_str(vm.name("error"), t().named("OSError"));
    Ok(m)
}
