//! The `gc` module over the cycle collector (`object::gc`,
//! `vm::gcrun`): collect, enable/disable, thresholds and counts, the
//! tracked objects and their referents/referrers, stats, callbacks.

use std::cell::RefCell;

use super::native_fns::{module_with_fns, set};
use crate::error::PyResult;
use crate::object::exception::{type_error, value_error};
use crate::object::gc;
use crate::object::*;
use crate::vm::Vm;

thread_local! {
    static CALLBACKS: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `gc.callbacks`, once the module exists.
pub fn callbacks_list() -> Option<Value> {
    CALLBACKS.with(|c| c.borrow().clone())
}

fn int_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<i64> {
    if !vm.is_int(v) {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
    }
    v.as_small_int().ok_or_else(|| crate::object::exception::overflow_error(format!("{what} too large")))
}

fn collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("collect").bind(&["generation"], 0)?;
    let gen = match p[0].as_ref() {
        Some(g) => int_arg(vm, g, "generation")?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(value_error("invalid generation"));
    }
    let n = vm.collect_cycles(gen as usize, false)?;
    Ok(vm.int(n as i64))
}

fn enable(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    gc::set_enabled(true);
    Ok(vm.none())
}

fn disable(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    gc::set_enabled(false);
    Ok(vm.none())
}

fn isenabled(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.bool(gc::enabled()))
}

fn get_count(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let c = gc::counts().map(|v| vm.int(v as i64));
    Ok(vm.tuple(c.to_vec()))
}

fn get_threshold(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let c = gc::thresholds().map(|v| vm.int(v as i64));
    Ok(vm.tuple(c.to_vec()))
}

fn set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("set_threshold").positional(1, 3)?;
    let mut t = Vec::new();
    for v in p {
        t.push(int_arg(vm, v, "threshold")? as isize);
    }
    gc::set_thresholds(&t);
    Ok(vm.none())
}

fn is_tracked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("is_tracked").positional(1, 1)?;
    Ok(vm.bool(tracked_as_cpython(&p[0])))
}

/// CPython's answer: dicts and tuples holding only atomic values (no
/// container) are untracked there, whatever this collector does.
fn tracked_as_cpython(v: &Value) -> bool {
    let Some(h) = v.as_header() else { return false };
    if !gc::is_tracked(h) {
        return false;
    }
    if h.ext().is_none() && matches!(h.type_data().kind, Kind::Dict | Kind::Tuple) {
        return gc::referents(v).iter().any(tracked_as_cpython);
    }
    true
}

fn get_objects(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("get_objects").bind(&["generation"], 0)?;
    let gen = match p[0].as_ref().filter(|g| !vm.is_none(g)) {
        Some(g) => {
            let g = int_arg(vm, g, "generation")?;
            if g >= 3 {
                return Err(value_error("generation parameter must be less than the number of available generations (3)"));
            }
            if g < 0 {
                return Err(value_error("generation parameter cannot be negative"));
            }
            Some(g as usize)
        }
        None => None,
    };
    Ok(vm.list(gc::all_objects(gen)))
}

fn get_referents(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let out: Vec<Value> = args.pos().iter().flat_map(gc::referents).collect();
    Ok(vm.list(out))
}

fn get_referrers(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let targets = args.pos();
    let out: Vec<Value> = gc::all_objects(None).into_iter().filter(|o| gc::referents(o).iter().any(|r| targets.iter().any(|t| t.is(r)))).collect();
    Ok(vm.list(out))
}

fn get_stats(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut out = Vec::new();
    for (c, n, u) in gc::stats() {
        let d = vm.dict();
        if let Some(dd) = d.downcast::<DictData>() {
            dd.set_str(vm.name("collections"), vm.int(c as i64));
            dd.set_str(vm.name("collected"), vm.int(n as i64));
            dd.set_str(vm.name("uncollectable"), vm.int(u as i64));
        }
        out.push(d);
    }
    Ok(vm.list(out))
}

fn freeze(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.none())
}

fn get_freeze_count(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.int(0))
}

/// Creates the `gc` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("is_tracked", is_tracked),
        ("get_objects", get_objects),
        ("get_referents", get_referents),
        ("get_referrers", get_referrers),
        ("get_stats", get_stats),
        ("freeze", freeze),
        ("unfreeze", freeze),
        ("get_freeze_count", get_freeze_count),
    ];
    let m = module_with_fns(vm, "gc", fns)?;
    let callbacks = vm.list(Vec::new());
    CALLBACKS.with(|c| *c.borrow_mut() = Some(callbacks.clone()));
    set(vm, &m, "callbacks", callbacks);
    let garbage = vm.list(Vec::new());
    set(vm, &m, "garbage", garbage);
    for (name, v) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
        let iv = vm.int(v);
        set(vm, &m, name, iv);
    }
    Ok(m)
}
