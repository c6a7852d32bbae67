//! Sequence expressions the interpreter takes in one step, without the
//! temporary object the bytecode builds (the instructions are left as they
//! are; the fused ones are skipped):
//! - `seq[a:b]`: a BUILD_SLICE of two bounds directly followed by a
//!   BINARY_SUBSCR (of any specialized form), on an exact `list` or `tuple`
//!   with `None` / inline-int bounds, takes the slice without a slice
//!   object. Anything else (a step, a subclass, a big int, an `__index__`
//!   object, a bool) builds the slice and goes the generic way, which also
//!   raises the errors.
//! - `t + (x,)` and `(x,) + t` with `t` an exact tuple: BUILD_TUPLE 1 then
//!   BINARY_OP `+` (or LOAD_FAST of `t` then BINARY_OP `+`) builds the
//!   concatenation directly, without the 1-tuple.

use crate::bytecode::opcodes::INPLACE_OFFSET;
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

/// Whether `i` is BINARY_OP `+` or `+=` (unspecialized: tuple operands
/// never specialize it).
#[inline]
fn is_add(i: Option<&Instr>) -> bool {
    i.is_some_and(|i| i.op.get() == Op::BinaryOp && (i.arg == 0 || i.arg == INPLACE_OFFSET))
}

/// BUILD_TUPLE 1 with `instrs[ip..]` the instructions after it, `x` on top
/// of the stack: for `t + (x,)` (`t` an exact tuple just below `x`, then
/// BINARY_OP `+`) or `(x,) + t` (then LOAD_FAST of a bound local holding an
/// exact tuple, then BINARY_OP `+`) leaves the concatenation on the stack
/// and returns how many instructions the caller skips; 0 when the pattern
/// or the operands do not fit, with nothing touched.
#[inline]
pub fn fused_tuple_concat(f: &mut Frame, instrs: &[Instr], ip: usize) -> usize {
    let r = t();
    let next = instrs.get(ip);
    let n = f.stack.len();
    if is_add(next) && n >= 2 && is_exact(&f.stack[n - 2], &r.tuple) {
        let x = f.stack.pop().expect("BUILD_TUPLE operand");
        let left = &f.stack[n - 2];
        let items = &left.downcast::<TupleData>().expect("tuple").0;
        let mut v = Vec::with_capacity(items.len() + 1);
        v.extend_from_slice(items);
        v.push(x);
        let cat = alloc(&r.tuple, TupleData(v.into_boxed_slice()), None);
        f.stack[n - 2] = cat;
        return 1;
    }
    let Some(load) = next.filter(|i| i.op.get() == Op::LoadFast) else { return 0 };
    if !is_add(instrs.get(ip + 1)) {
        return 0;
    }
    let Some(right) = f.fast[load.arg as usize].as_ref().filter(|v| is_exact(v, &r.tuple)) else { return 0 };
    let items = &right.downcast::<TupleData>().expect("tuple").0;
    let mut v = Vec::with_capacity(items.len() + 1);
    v.push(f.stack.pop().expect("BUILD_TUPLE operand"));
    v.extend_from_slice(items);
    let cat = alloc(&r.tuple, TupleData(v.into_boxed_slice()), None);
    f.stack.push(cat);
    2
}
