//! The sort behind `list.sort()` and `sorted()`.
//!
//! CPython's contract: keys are computed first (in list order), the sort is
//! stable, `reverse=True` keeps equal elements in their original order, an
//! exception from a key function or a comparison propagates (the list is
//! left as it was), and while sorting the list looks empty; if it was
//! changed meanwhile, the sorted items are put back and `ValueError: list
//! modified during sort` is raised.
//!
//! When every key is a small int or float (no NaN), or an exact str, the
//! keys are sorted natively with Rust's stable sort. Otherwise a merge sort
//! over an index permutation calls Python `<`, trying a native comparison
//! first for each pair (ints, floats, exact strs, and exact tuples of them).
//! Python comparisons need not be a total order, so Python-level sorting
//! never goes through `slice::sort_by` (which may panic on such orders).

use std::cmp::Ordering;

use crate::bytecode::CompareOp;
use crate::error::PyResult;
use crate::object::exception::value_error;
use crate::object::*;
use crate::vm::Vm;

/// Sorts the list `list` in place: `list.sort(key=key, reverse=reverse)`.
pub fn sort_list(vm: &mut Vm, list: &ListData, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    // The list looks empty while it is sorted (CPython's behaviour).
    let mut saved = std::mem::take(&mut *list.0.borrow_mut());
    let r = sort_values(vm, &mut saved, key, reverse);
    let during = std::mem::replace(&mut *list.0.borrow_mut(), saved);
    // Any growth allocates, so a capacity shows a change even if undone.
    let modified = during.capacity() != 0;
    drop(during);
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(())
}

/// Sorts `items` stably by `key` (None or Python `None`: the items
/// themselves). On error `items` is unchanged.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let key = key.filter(|k| !vm.is_none(k));
    let mut keys: Option<Vec<Value>> = None;
    if let Some(f) = key {
        let mut ks = Vec::with_capacity(items.len());
        for v in items.iter() {
            ks.push(vm.call(f, std::slice::from_ref(v))?);
        }
        keys = Some(ks);
    }
    if items.len() < 2 {
        return Ok(());
    }
    // reverse: reverse, sort stably, reverse back (keeps equal items in order).
    if reverse {
        items.reverse();
        if let Some(ks) = keys.as_mut() {
            ks.reverse();
        }
    }
    let perm = {
        let ks: &[Value] = keys.as_deref().unwrap_or(items);
        match native_order(ks) {
            Some(p) => p,
            None => {
                let r = merge_sort(ks.len(), &mut |a, b| less(vm, &ks[a], &ks[b]));
                match r {
                    Ok(p) => p,
                    Err(e) => {
                        if reverse {
                            items.reverse();
                        }
                        return Err(e);
                    }
                }
            }
        }
    };
    let mut old: Vec<Option<Value>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(perm.iter().map(|&i| old[i].take().expect("a permutation")));
    if reverse {
        items.reverse();
    }
    Ok(())
}

/// Python `a < b` as a bool, natively when possible.
fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = native_lt(a, b) {
        return Ok(r);
    }
    let r = vm.compare(a, b, CompareOp::Lt)?;
    vm.truthy(&r)
}

/// A key whose comparisons need no Python code.
#[derive(Clone, Copy)]
enum Native<'a> {
    Num(f64),
    Str(&'a str),
}

/// `v` as a natively comparable number or exact str. Small ints fit in
/// 48 bits, so they convert to f64 exactly.
fn native(v: &Value) -> Option<Native<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(Native::Num(i as f64));
    }
    if let Some(f) = v.as_float() {
        return if f.is_nan() { None } else { Some(Native::Num(f)) };
    }
    let h = v.as_header()?;
    if h.type_ptr() as u64 == t().str_.raw() {
        return h.downcast::<StrData>().map(|s| Native::Str(&s.s));
    }
    None
}

/// The order of two native keys of the same kind (`None`: a number and a str).
fn native_cmp(a: Native<'_>, b: Native<'_>) -> Option<Ordering> {
    match (a, b) {
        (Native::Num(x), Native::Num(y)) => x.partial_cmp(&y),
        (Native::Str(x), Native::Str(y)) => Some(x.cmp(y)),
        _ => None,
    }
}

/// `a < b` without Python code, for numbers, exact strs and exact tuples of
/// them (`None`: some other case, the caller asks Python).
fn native_lt(a: &Value, b: &Value) -> Option<bool> {
    if let (Some(x), Some(y)) = (native(a), native(b)) {
        return native_cmp(x, y).map(|o| o == Ordering::Less);
    }
    let tuple = &t().tuple;
    let (ha, hb) = (a.as_header()?, b.as_header()?);
    if ha.type_ptr() as u64 != tuple.raw() || hb.type_ptr() as u64 != tuple.raw() {
        return None;
    }
    let (ta, tb) = (&ha.downcast::<TupleData>()?.0, &hb.downcast::<TupleData>()?.0);
    for (x, y) in ta.iter().zip(tb.iter()) {
        if x.is(y) {
            continue;
        }
        let o = native_cmp(native(x)?, native(y)?)?;
        if o != Ordering::Equal {
            return Some(o == Ordering::Less);
        }
    }
    Some(ta.len() < tb.len())
}

/// The stable sorting permutation of `keys` when all are numbers, all are
/// exact strs, or all are exact tuples of those with one kind per position
/// (Rust's stable sort: these orders are total and agree with Python's `<`).
fn native_order(keys: &[Value]) -> Option<Vec<usize>> {
    if let Some(p) = native_tuple_order(keys) {
        return Some(p);
    }
    let first = native(&keys[0])?;
    match first {
        Native::Num(_) => {
            let mut v = Vec::with_capacity(keys.len());
            for (i, k) in keys.iter().enumerate() {
                match native(k)? {
                    Native::Num(x) => v.push((x, i)),
                    Native::Str(_) => return None,
                }
            }
            // No NaN was admitted, so `partial_cmp` always answers.
            v.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(Ordering::Equal));
            Some(v.into_iter().map(|p| p.1).collect())
        }
        Native::Str(_) => {
            let mut v = Vec::with_capacity(keys.len());
            for (i, k) in keys.iter().enumerate() {
                match native(k)? {
                    Native::Str(s) => v.push((s, i)),
                    Native::Num(_) => return None,
                }
            }
            v.sort_by(|a, b| a.0.cmp(b.0));
            Some(v.into_iter().map(|p| p.1).collect())
        }
    }
}

/// `native_order` for exact tuples: every item natively comparable, and at
/// each position either numbers only or strs only (a mix could raise
/// TypeError in Python, so those go the general way). Tuples compare item by
/// item, then by length, as Python's do.
fn native_tuple_order(keys: &[Value]) -> Option<Vec<usize>> {
    let tuple = t().tuple.raw();
    let mut rows: Vec<Vec<Native<'_>>> = Vec::with_capacity(keys.len());
    let mut kinds: Vec<bool> = Vec::new(); // per position: true = number
    for k in keys {
        let h = k.as_header()?;
        if h.type_ptr() as u64 != tuple {
            return None;
        }
        let items = &h.downcast::<TupleData>()?.0;
        let mut row = Vec::with_capacity(items.len());
        for (pos, it) in items.iter().enumerate() {
            let n = native(it)?;
            let is_num = matches!(n, Native::Num(_));
            match kinds.get(pos) {
                Some(&kind) if kind != is_num => return None,
                Some(_) => {}
                None => kinds.push(is_num),
            }
            row.push(n);
        }
        rows.push(row);
    }
    let mut perm: Vec<usize> = (0..keys.len()).collect();
    perm.sort_by(|&a, &b| {
        let (ra, rb) = (&rows[a], &rows[b]);
        for (x, y) in ra.iter().zip(rb.iter()) {
            // Same kind at each position and no NaN: always an answer.
            match native_cmp(*x, *y).unwrap_or(Ordering::Equal) {
                Ordering::Equal => continue,
                o => return o,
            }
        }
        ra.len().cmp(&rb.len())
    });
    Some(perm)
}

/// Run length sorted by insertion before merging.
const RUN: usize = 16;

/// The stable sorting permutation of `0..n` under the fallible `lt`
/// (`lt(a, b)`: key `a` sorts before key `b`). Binary insertion sort on
/// short runs (few comparisons: they may be Python calls), then bottom-up
/// merges that skip pairs of runs already in order.
fn merge_sort(n: usize, lt: &mut dyn FnMut(usize, usize) -> PyResult<bool>) -> PyResult<Vec<usize>> {
    let mut perm: Vec<usize> = (0..n).collect();
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = perm[i];
            if !lt(x, perm[i - 1])? {
                continue;
            }
            let (mut lo, mut hi) = (start, i - 1);
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if lt(x, perm[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            perm[lo..=i].rotate_right(1);
        }
        start = end;
    }
    let mut buf: Vec<usize> = Vec::with_capacity(n);
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo + width < n {
            let mid = lo + width;
            let hi = (mid + width).min(n);
            if lt(perm[mid], perm[mid - 1])? {
                merge(&mut perm[lo..hi], mid - lo, &mut buf, lt)?;
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(perm)
}

/// Merges the sorted halves `run[..mid]` and `run[mid..]` in place (through
/// `buf`); on a tie the left item goes first.
fn merge(run: &mut [usize], mid: usize, buf: &mut Vec<usize>, lt: &mut dyn FnMut(usize, usize) -> PyResult<bool>) -> PyResult<()> {
    buf.clear();
    buf.extend_from_slice(&run[..mid]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < buf.len() && j < run.len() {
        // On error `run` holds a mix; the caller drops the whole permutation.
        if lt(run[j], buf[i])? {
            run[k] = run[j];
            j += 1;
        } else {
            run[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < buf.len() {
        run[k] = buf[i];
        i += 1;
        k += 1;
    }
    Ok(())
}
