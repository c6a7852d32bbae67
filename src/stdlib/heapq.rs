//! The `_heapq` module: binary min-heaps (and the max-heap helpers that
//! `heapq.merge(reverse=True)` and scripts use) over plain lists.
//!
//! Every step compares with `<` only, in the same order as CPython's C
//! implementation (sift toward the leaves by always moving the smaller child
//! up, then sift the new item back toward the root), so classes whose
//! `__lt__` counts, logs or raises see exactly CPython's calls and the lists
//! end up identical. No list borrow is held across a comparison (which can
//! run Python code); the list length is re-checked after every comparison
//! and a change raises `RuntimeError`, as CPython does. `nlargest`,
//! `nsmallest` and `merge` are Python glue in `pysrc/heapq.py`.

use crate::error::PyResult;
use crate::object::exception::{index_error, runtime_error, type_error};
use crate::object::*;
use crate::vm::Vm;
use crate::bytecode::CompareOp;

/// `a < b` as a bool (rich comparison, then truth).
pub fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        return Ok(x < y);
    }
    let r = vm.compare(a, b, CompareOp::Lt)?;
    if r.is(&t().true_) {
        return Ok(true);
    }
    if r.is(&t().false_) {
        return Ok(false);
    }
    vm.truthy(&r)
}

fn list_of<'a>(vm: &Vm, v: &'a Value, fname: &str, one_arg: bool) -> PyResult<&'a ListData> {
    match v.downcast::<ListData>() {
        Some(l) => Ok(l),
        None if one_arg => Err(type_error(format!("{}() argument must be list, not {}", fname, vm.type_name(v)))),
        None => Err(type_error(format!("{}() argument 1 must be list, not {}", fname, vm.type_name(v)))),
    }
}

fn item(l: &ListData, i: usize) -> Value {
    l.0.borrow()[i].clone()
}

fn changed() -> crate::error::PyErr {
    runtime_error("list changed size during iteration")
}

/// `a` is "less" than `b` in the heap order: `a < b` for a min-heap,
/// `b < a` for a max-heap.
fn before(vm: &mut Vm, max: bool, a: &Value, b: &Value) -> PyResult<bool> {
    if max {
        less(vm, b, a)
    } else {
        less(vm, a, b)
    }
}

/// Moves the item at `pos` toward the root (not above `top`) while it comes
/// before its parent.
fn toward_root(vm: &mut Vm, l: &ListData, top: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = l.0.borrow().len();
    if pos >= size {
        return Err(index_error("index out of range"));
    }
    while pos > top {
        let up = (pos - 1) >> 1;
        let (newitem, parent) = (item(l, pos), item(l, up));
        let lt = before(vm, max, &newitem, &parent)?;
        if l.0.borrow().len() != size {
            return Err(changed());
        }
        if !lt {
            break;
        }
        l.0.borrow_mut().swap(pos, up);
        pos = up;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf, always promoting the child that
/// comes first, then back toward the root (`pos` is the upper bound).
fn toward_leaves(vm: &mut Vm, l: &ListData, mut pos: usize, max: bool) -> PyResult<()> {
    let end = l.0.borrow().len();
    let top = pos;
    if pos >= end {
        return Err(index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = (item(l, child), item(l, child + 1));
            let first = before(vm, max, &a, &b)?;
            if l.0.borrow().len() != end {
                return Err(changed());
            }
            if !first {
                child += 1;
            }
        }
        l.0.borrow_mut().swap(pos, child);
        pos = child;
    }
    toward_root(vm, l, top, pos, max)
}

fn push(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = two(args, "heappush")?;
    let l = list_of(vm, &p[0], "heappush", false)?;
    let n = {
        let mut v = l.0.borrow_mut();
        v.push(p[1].clone());
        v.len()
    };
    toward_root(vm, l, 0, n - 1, false)?;
    Ok(vm.none())
}

fn pop_common(vm: &mut Vm, heap: &Value, fname: &str, max: bool) -> PyResult<Value> {
    let l = list_of(vm, heap, fname, true)?;
    let (last, empty) = {
        let mut v = l.0.borrow_mut();
        match v.pop() {
            Some(x) => (x, v.is_empty()),
            None => return Err(index_error("index out of range")),
        }
    };
    if empty {
        return Ok(last);
    }
    let first = std::mem::replace(&mut l.0.borrow_mut()[0], last);
    toward_leaves(vm, l, 0, max)?;
    Ok(first)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one(args, "heappop")?;
    pop_common(vm, &p[0], "heappop", false)
}

fn pop_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one(args, "_heappop_max")?;
    pop_common(vm, &p[0], "_heappop_max", true)
}

fn replace_common(vm: &mut Vm, args: Args, fname: &str, max: bool) -> PyResult<Value> {
    let p = two(args, fname)?;
    let l = list_of(vm, &p[0], fname, false)?;
    let first = {
        let mut v = l.0.borrow_mut();
        match v.first_mut() {
            Some(slot) => std::mem::replace(slot, p[1].clone()),
            None => return Err(index_error("index out of range")),
        }
    };
    toward_leaves(vm, l, 0, max)?;
    Ok(first)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    replace_common(vm, args, "heapreplace", false)
}

fn replace_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    replace_common(vm, args, "_heapreplace_max", true)
}

fn pushpop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = two(args, "heappushpop")?;
    let l = list_of(vm, &p[0], "heappushpop", false)?;
    let top = match l.0.borrow().first() {
        Some(x) => x.clone(),
        None => return Ok(p[1].clone()),
    };
    if !less(vm, &top, &p[1])? {
        return Ok(p[1].clone());
    }
    let first = {
        let mut v = l.0.borrow_mut();
        match v.first_mut() {
            Some(slot) => std::mem::replace(slot, p[1].clone()),
            None => return Err(index_error("index out of range")),
        }
    };
    toward_leaves(vm, l, 0, false)?;
    Ok(first)
}

/// The largest power of two not above `n` (`n >= 1`).
fn top_bit(n: usize) -> usize {
    1 << (usize::BITS - 1 - n.leading_zeros())
}

fn heapify_common(vm: &mut Vm, heap: &Value, fname: &str, max: bool) -> PyResult<Value> {
    let l = list_of(vm, heap, fname, true)?;
    let n = l.0.borrow().len();
    if n > 2500 {
        // Large heaps: sift the subtrees of one cache-sized region before
        // moving on (each node still after both of its children), the
        // visiting order of CPython's heapify for lists above 2,500 items.
        let m = n >> 1;
        let leftmost = top_bit(m + 1) - 1;
        let half = m >> 1;
        for start in (half..leftmost).rev().chain((leftmost..m).rev()) {
            let mut j = start;
            loop {
                toward_leaves(vm, l, j, max)?;
                if j & 1 == 0 {
                    break;
                }
                j >>= 1;
            }
        }
    } else {
        for i in (0..n / 2).rev() {
            toward_leaves(vm, l, i, max)?;
        }
    }
    Ok(vm.none())
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one(args, "heapify")?;
    heapify_common(vm, &p[0], "heapify", false)
}

fn heapify_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one(args, "_heapify_max")?;
    heapify_common(vm, &p[0], "_heapify_max", true)
}

fn one<'a>(args: Args<'a>, fname: &str) -> PyResult<&'a [Value]> {
    super::native_fns::exact(args, "_heapq", fname, 1)
}

fn two<'a>(args: Args<'a>, fname: &str) -> PyResult<&'a [Value]> {
    super::native_fns::exact(args, "_heapq", fname, 2)
}

/// Creates the `_heapq` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("heappush", push),
        ("heappop", pop),
        ("heapify", heapify),
        ("heapreplace", replace),
        ("heappushpop", pushpop),
        ("_heappop_max", pop_max),
        ("_heapify_max", heapify_max),
        ("_heapreplace_max", replace_max),
    ];
    super::native_fns::module_with_fns(vm, "_heapq", fns)
}
