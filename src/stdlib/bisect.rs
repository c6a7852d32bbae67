//! The `bisect` module (CPython's `_bisect`), native: binary search of a
//! sorted sequence with `lo`, `hi` and `key=` (3.10+ semantics: `key` is
//! applied to the probed items, never to `x` in `bisect_*`, and to `x` once
//! in `insort_*`). Only `<` is used, `x < item` for the right variants and
//! `item < x` for the left ones, as CPython does, so comparison logs match.

use crate::error::PyResult;
use crate::object::exception::{type_error, value_error};
use crate::object::*;
use crate::vm::Vm;

use super::heapq::less;

/// The parsed arguments `(a, x, lo=0, hi=None, *, key=None)`.
struct Call {
    a: Value,
    x: Value,
    lo: i64,
    hi: Option<i64>,
    key: Option<Value>,
}

fn parse(vm: &mut Vm, args: Args, fname: &str) -> PyResult<Call> {
    let p = args.pos();
    if p.len() > 4 {
        return Err(type_error(format!("{}() takes at most 4 positional arguments ({} given)", fname, p.len())));
    }
    const NAMES: [&str; 5] = ["a", "x", "lo", "hi", "key"];
    let mut slots: [Option<Value>; 5] = Default::default();
    for (i, v) in p.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        match NAMES.iter().position(|n| *n == k) {
            Some(i) if slots[i].is_none() => slots[i] = Some(v.clone()),
            Some(i) => return Err(type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, k, i + 1))),
            None => return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", k, fname))),
        }
    }
    let [a, x, lo, hi, key] = slots;
    let Some(a) = a else { return Err(type_error(format!("{}() missing required argument 'a' (pos 1)", fname))) };
    let Some(x) = x else { return Err(type_error(format!("{}() missing required argument 'x' (pos 2)", fname))) };
    let lo = match lo {
        Some(v) => index_i64(vm, &v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(value_error("lo must be non-negative"));
    }
    let hi = match hi {
        Some(v) if !vm.is_none(&v) => {
            if !vm.is_int(&v) && vm.lookup_special(&v, "__index__").is_none() {
                return Err(type_error(format!("argument should be integer or None, not '{}'", vm.type_name(&v))));
            }
            Some(index_i64(vm, &v)?)
        }
        _ => None,
    };
    let key = key.filter(|k| !vm.is_none(k));
    Ok(Call { a, x, lo, hi, key })
}

fn index_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    use num_traits::ToPrimitive;
    let b = crate::builtins::index_big(vm, v)?;
    b.to_i64().ok_or_else(|| crate::object::exception::overflow_error("Python int too large to convert to C ssize_t"))
}

/// Item `i` of `a` (fast for lists and tuples).
fn probe(vm: &mut Vm, a: &Value, i: i64) -> PyResult<Value> {
    if let Some(l) = a.downcast::<ListData>() {
        if let Some(v) = l.0.borrow().get(i as usize) {
            return Ok(v.clone());
        }
    } else if let Some(t) = a.downcast::<TupleData>() {
        if let Some(v) = t.0.get(i as usize) {
            return Ok(v.clone());
        }
    }
    let iv = vm.int(i);
    vm.getitem(a, &iv)
}

/// The insertion point of `x` in `a[lo:hi]`: after equal items if `right`.
fn search(vm: &mut Vm, c: &Call, x: &Value, right: bool) -> PyResult<i64> {
    let mut lo = c.lo;
    let mut hi = match c.hi {
        Some(h) if h >= 0 => h,
        Some(h) if h != -1 => h,
        _ => vm.len(&c.a)? as i64,
    };
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = probe(vm, &c.a, mid)?;
        if let Some(k) = &c.key {
            item = vm.call(k, &[item])?;
        }
        let go_left = if right { less(vm, x, &item)? } else { !less(vm, &item, x)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = parse(vm, args, "bisect_right")?;
    let i = search(vm, &c, &c.x, true)?;
    Ok(vm.int(i))
}

fn bisect_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = parse(vm, args, "bisect_left")?;
    let i = search(vm, &c, &c.x, false)?;
    Ok(vm.int(i))
}

fn insort(vm: &mut Vm, args: Args, fname: &str, right: bool) -> PyResult<Value> {
    let c = parse(vm, args, fname)?;
    let i = match &c.key {
        Some(k) => {
            let kx = vm.call(k, std::slice::from_ref(&c.x))?;
            search(vm, &c, &kx, right)?
        }
        None => search(vm, &c, &c.x, right)?,
    };
    if crate::vm::iterate::is_exact(&c.a, &t().list) {
        let l = c.a.downcast::<ListData>().expect("list");
        let mut v = l.0.borrow_mut();
        let at = (i.max(0) as usize).min(v.len());
        v.insert(at, c.x.clone());
    } else {
        let ins = vm.getattr_str(&c.a, "insert")?;
        let iv = vm.int(i);
        vm.call(&ins, &[iv, c.x.clone()])?;
    }
    Ok(vm.none())
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, args, "insort_right", true)
}

fn insort_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, args, "insort_left", false)
}

/// Creates the `bisect` module (`bisect` and `insort` are the right variants).
pub fn make(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("bisect_right", bisect_right),
        ("bisect_left", bisect_left),
        ("insort_right", insort_right),
        ("insort_left", insort_left),
    ];
    let m = super::native_fns::module_with_fns(vm, name, fns)?;
    for (alias, target) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
        let f = vm.getattr_str(&m, target)?;
        super::native_fns::set(vm, &m, alias, f);
    }
    Ok(m)
}
