//! `seq[a:b]` in the interpreter without a slice object: a BUILD_SLICE of
//! two bounds directly followed by a BINARY_SUBSCR (of any specialized
//! form), on an exact `list` or `tuple` with `None` / inline-int bounds,
//! takes the slice at once and skips the subscript. Anything else (a step,
//! a subclass, a big int, an `__index__` object, a bool) builds the slice
//! object and goes the generic way, which also raises the errors.

use crate::bytecode::{Instr, Op};
use crate::object::*;

use super::frame::Frame;
use super::specialize::is_exact;

/// A slice bound: `Some(None)` for `None`, `Some(Some(i))` for an inline
/// int, `None` for anything else.
#[inline]
fn bound(v: &Value, none: &Value) -> Option<Option<i64>> {
    match v.as_small_int() {
        Some(i) => Some(Some(i)),
        None if v.is(none) => Some(None),
        None => None,
    }
}

/// The `[lo, hi)` range `[start:stop]` selects in a sequence of `len`
/// items (step 1, as `slice.indices`).
#[inline]
fn clamp(start: Option<i64>, stop: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let fix = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(x) if x < 0 => (x + len).max(0),
        Some(x) => x.min(len),
    };
    let lo = fix(start, 0);
    let hi = fix(stop, len).max(lo);
    (lo as usize, hi as usize)
}

/// BUILD_SLICE 2 with `next` the instruction after it: on
/// `[seq, start, stop]` replaces the three with `seq[start:stop]` and
/// returns true (the caller then skips `next`); false when the pattern or
/// the operands do not fit, with nothing touched.
#[inline]
pub fn fused_slice(f: &mut Frame, next: Option<&Instr>) -> bool {
    if !next.is_some_and(|i| matches!(i.op.get(), Op::BinarySubscr | Op::BinarySubscrList | Op::BinarySubscrTuple | Op::BinarySubscrDict)) {
        return false;
    }
    let n = f.stack.len();
    let r = t();
    let (Some(start), Some(stop)) = (bound(&f.stack[n - 2], &r.none), bound(&f.stack[n - 1], &r.none)) else {
        return false;
    };
    let obj = &f.stack[n - 3];
    let v = if is_exact(obj, &r.list) {
        let items = obj.downcast::<ListData>().expect("list").0.borrow();
        let (lo, hi) = clamp(start, stop, items.len());
        alloc(&r.list, ListData::new(items[lo..hi].to_vec()), None)
    } else if is_exact(obj, &r.tuple) {
        let items = &obj.downcast::<TupleData>().expect("tuple").0;
        let (lo, hi) = clamp(start, stop, items.len());
        if lo == 0 && hi == items.len() {
            obj.clone()
        } else {
            alloc(&r.tuple, TupleData(items[lo..hi].into()), None)
        }
    } else {
        return false;
    };
    f.stack.truncate(n - 3);
    f.stack.push(v);
    true
}
