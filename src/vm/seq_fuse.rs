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
//! - `for i, x in enumerate(seq)`: a generic FOR_ITER over an exact
//!   `enumerate` of a range/list/tuple iterator, directly followed by
//!   UNPACK_SEQUENCE 2, pushes the item and the count without the pair.
//!
//! Also LOAD_CLOSURE and BUILD_SET 0, hot in comprehensions, which the
//! main loop runs here instead of through `exec_rare`.
//!
//! The entry points are kept out of line: inlined, they grow the eval loop
//! and cost more elsewhere than they save.

use crate::bytecode::opcodes::INPLACE_OFFSET;
use crate::bytecode::{Instr, Op};
use crate::object::iter::{IterData, IterState};
use crate::object::typeobj::tflags;
use crate::object::*;

use super::frame::Frame;
use super::numeric::tuple_concat;
use super::specialize::is_exact;
use super::Vm;

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
    let (lo, _, _, n) = super::ops::slice_bounds(start, stop, 1, len);
    (lo as usize, lo as usize + n)
}

/// BUILD_SLICE 2 with `next` the instruction after it: on
/// `[seq, start, stop]` replaces the three with `seq[start:stop]` and
/// returns true (the caller then skips `next`); false when the pattern or
/// the operands do not fit, with nothing touched.
#[inline(never)]
pub fn fused_slice(f: &mut Frame, next: Option<&Instr>) -> bool {
    if !next.is_some_and(|i| matches!(i.op.get(), Op::BinarySubscr | Op::BinarySubscrList | Op::BinarySubscrTuple | Op::BinarySubscrDict)) {
        return false;
    }
    let n = f.stack.len();
    let Some(v) = slice_exact(&f.stack[n - 3], &f.stack[n - 2], &f.stack[n - 1]) else {
        return false;
    };
    f.stack.truncate(n - 3);
    f.stack.push(v);
    true
}

/// `obj[start:stop]` of an exact `list` or `tuple` with `None` /
/// inline-int bounds, without a slice object; `None` for anything else
/// (the generic way builds the slice and raises the errors). Also compiled
/// code's BINARY_SUBSCR with a `slice` key (`tier2::helpers`).
#[inline]
pub fn slice_exact(obj: &Value, start: &Value, stop: &Value) -> Option<Value> {
    let r = t();
    let (start, stop) = (bound(start, &r.none)?, bound(stop, &r.none)?);
    if is_exact(obj, &r.list) {
        let items = obj.downcast::<ListData>().expect("list").0.borrow();
        let (lo, hi) = clamp(start, stop, items.len());
        Some(alloc(&r.list, ListData::new(items[lo..hi].to_vec()), None))
    } else if is_exact(obj, &r.tuple) {
        let items = &obj.downcast::<TupleData>().expect("tuple").0;
        let (lo, hi) = clamp(start, stop, items.len());
        Some(if lo == 0 && hi == items.len() { obj.clone() } else { crate::object::tuple::tuple_from_slice(&items[lo..hi]) })
    } else {
        None
    }
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
#[inline(never)]
pub fn fused_tuple_concat(f: &mut Frame, instrs: &[Instr], ip: usize) -> usize {
    let r = t();
    let next = instrs.get(ip);
    let n = f.stack.len();
    if is_add(next) && n >= 2 && is_exact(&f.stack[n - 2], &r.tuple) {
        let x = f.stack.pop().expect("BUILD_TUPLE operand");
        let items = &f.stack[n - 2].downcast::<TupleData>().expect("tuple").0;
        f.stack[n - 2] = tuple_concat(items, std::slice::from_ref(&x));
        return 1;
    }
    let Some(load) = next.filter(|i| i.op.get() == Op::LoadFast) else { return 0 };
    if !is_add(instrs.get(ip + 1)) {
        return 0;
    }
    let Some(right) = f.fast[load.arg as usize].as_ref().filter(|v| is_exact(v, &r.tuple)) else { return 0 };
    let items = &right.downcast::<TupleData>().expect("tuple").0;
    let x = f.stack.pop().expect("BUILD_TUPLE operand");
    let cat = tuple_concat(std::slice::from_ref(&x), items);
    f.stack.push(cat);
    2
}

/// Whether `next` is the UNPACK_SEQUENCE 2 that [`fused_enumerate_unpack`]
/// takes over.
#[inline(always)]
pub fn unpacks_pair(next: Option<&Instr>) -> bool {
    next.is_some_and(|i| i.op.get() == Op::UnpackSequence && i.arg == 2)
}

/// FOR_ITER followed by UNPACK_SEQUENCE 2 ([`unpacks_pair`]) with the
/// iterator on top of the stack: an exact `enumerate` (inline-int count)
/// over a range, list or tuple iterator pushes the next item then the
/// count, as the unpacking would leave them, and returns true (the caller
/// skips the unpacking). False, nothing consumed, for anything else and at
/// the end (the generic path finishes the loop).
#[inline(never)]
pub fn fused_enumerate_unpack(f: &mut Frame) -> bool {
    let e = f.top();
    let Some(d) = e.downcast::<IterData>() else { return false };
    if e.as_header().is_none_or(|h| h.type_data().has_flag(tflags::HEAPTYPE)) {
        return false;
    }
    let Ok(mut st) = d.state.try_borrow_mut() else { return false };
    let IterState::Enumerate { it: inner, count } = &mut *st else { return false };
    let Some(next_count) = count.as_small_int().and_then(|c| c.checked_add(1)).and_then(Value::try_small_int) else { return false };
    let Some(inner) = inner.downcast::<IterData>() else { return false };
    let Ok(mut inner_st) = inner.state.try_borrow_mut() else { return false };
    let Some(Some(item)) = super::fastpaths::seq_step(&mut inner_st) else { return false };
    drop(inner_st);
    let c = std::mem::replace(count, next_count);
    drop(st);
    f.push(item);
    f.push(c);
    true
}

/// LOAD_CLOSURE (a closure's cell, for each comprehension or nested
/// function made in a loop), run from the main loop rather than `exec_rare`.
#[inline(never)]
pub fn load_closure(vm: &Vm, f: &mut Frame, arg: u32) {
    let cell = vm.cell_at(f, arg);
    f.push(cell);
}

/// BUILD_SET 0 (each set comprehension starts with it), from the main loop.
#[inline(never)]
pub fn push_empty_set(vm: &Vm, f: &mut Frame) {
    let s = vm.set();
    f.push(s);
}
