//! Sequence expressions without the temporary object the bytecode builds,
//! as the interpreter runs them (`vm::seq_fuse`):
//!
//! - `seq[a:b]`: BUILD_SLICE 2 directly followed by BINARY_SUBSCR is one
//!   helper call that slices an exact list or tuple with `None` / inline
//!   int bounds without a slice object, and otherwise builds the slice and
//!   subscripts as the interpreter would.
//! - `t + (x,)` and `(x,) + t` without the 1-tuple: BUILD_TUPLE 1 directly
//!   followed by BINARY_OP `+` (the tuple the right operand), or by
//!   LOAD_FAST and BINARY_OP `+` (the tuple the left operand), is one
//!   helper call that concatenates an exact tuple `t` with `x` in one
//!   allocation and otherwise builds `(x,)` and runs the BINARY_OP as the
//!   interpreter would (its dunders, its errors).
//!
//! The instructions taken with the first are no block starts, so nothing
//! else jumps between them.
//!
//! Frame states: before the first instruction (a deopt resumes there with
//! the instructions still to run) until the helper is called; the helper's
//! error exit is the last instruction's (its line in the traceback), with
//! the first one's operands in place of the object it builds on the stack,
//! which unwinding only drops.

use std::ffi::c_void;

use pyrite_jit::ir::Cmp;

use super::analysis::op_at;
use super::helpers::{b as bw, cx};
use super::translate::{Av, Tr};
use crate::bytecode::opcodes::INPLACE_OFFSET;
use crate::bytecode::Op;
use crate::object::{alloc, t, SliceData, TupleData, Value};

/// Which side of the `+` the 1-tuple is on.
#[derive(Clone, Copy)]
enum Side {
    /// `t + (x,)`: BUILD_TUPLE 1, BINARY_OP `+`.
    Right,
    /// `(x,) + t` with `t` the local: BUILD_TUPLE 1, LOAD_FAST, BINARY_OP `+`.
    Left(u32),
}

impl Tr<'_> {
    /// BUILD_SLICE 2 at `self.ip` fused with a BINARY_SUBSCR after it;
    /// returns 1 when fused, 0 when not (nothing emitted).
    pub(super) fn fused_slice(&mut self) -> usize {
        let ip = self.ip;
        let next = ip + 1;
        if self.opts.frameless || next >= self.code.instrs.len() || self.an.leader[next] || op_at(self.code, next) != Op::BinarySubscr {
            return 0;
        }
        let (obj, start, stop) = (self.peek(3), self.peek(2), self.peek(1));
        let (wo, wa, wb) = (self.word(obj), self.word(start), self.word(stop));
        self.ip = next;
        self.frame_slow += 1;
        let ctx = self.f.vm_ctx();
        let r = self.call_word(self.h.slice_subscr, &[ctx, wo, wa, wb]);
        self.drop_temps();
        self.pop_drop(3);
        self.stack.push(Av::Owned(r));
        1
    }

    /// BUILD_TUPLE 1 at `self.ip` fused with the instructions after it
    /// when they fit; returns how many of them it also translated (0: not
    /// fused, nothing emitted).
    pub(super) fn fused_tuple_concat(&mut self) -> usize {
        if self.opts.frameless {
            return 0;
        }
        let ip = self.ip;
        let code = self.code;
        // The instruction `k` after this one, if no jump lands on it.
        let after = |k: usize| (ip + k < code.instrs.len() && !self.an.leader[ip + k]).then(|| (op_at(code, ip + k), code.instrs[ip + k].arg));
        let is_add = |i: Option<(Op, u32)>| matches!(i, Some((Op::BinaryOp, a)) if a == 0 || a == INPLACE_OFFSET);
        let (side, add_at) = if is_add(after(1)) {
            (Side::Right, ip + 1)
        } else if let (Some((Op::LoadFast, k)), true) = (after(1), is_add(after(2))) {
            // A local known unboxed holds no tuple.
            if matches!(self.known.get(&k), Some(Av::Int(_) | Av::Float(_) | Av::Bool(_))) {
                return 0;
            }
            (Side::Left(k), ip + 2)
        } else {
            return 0;
        };
        let arg = code.instrs[add_at].arg;
        let x = self.peek(1);
        let wx = self.word(x);
        let (left, right) = match side {
            Side::Right => {
                let a = self.peek(2);
                (self.word(a), wx)
            }
            Side::Left(k) => {
                let w = match self.known.get(&k).copied() {
                    Some(Av::Borrowed(w, Some(s))) if s == k => w,
                    _ => {
                        let w = self.f.load_slot(k);
                        if k >= code.total_args() as u32 || self.maybe_deleted[k as usize] {
                            self.deopt_if_empty(w);
                        }
                        w
                    }
                };
                // The error exit's stack: `x` and the local.
                self.stack.push(Av::Borrowed(w, Some(k)));
                (wx, w)
            }
        };
        self.ip = add_at;
        self.frame_slow += 1;
        let ctx = self.f.vm_ctx();
        let (s, a, at) = (self.imm(matches!(side, Side::Left(_)) as i64), self.imm(i64::from(arg)), self.imm(add_at as i64));
        let r = self.call_word(self.h.tuple_add_one, &[ctx, left, right, s, a, at]);
        self.drop_temps();
        match side {
            Side::Right => self.pop_drop(2),
            Side::Left(_) => {
                self.stack.pop();
                self.pop_drop(1);
            }
        }
        self.stack.push(Av::Owned(r));
        add_at - ip
    }

    /// Leaves before the current instruction if `w` is 0 (an empty slot).
    pub(super) fn deopt_if_empty(&mut self, w: super::translate::V) {
        let wi = self.f.word_to_i64(w);
        let z = self.f.const_i64(0);
        let empty = self.f.int_cmp(Cmp::Eq, wi, z);
        let (bad, ok) = (self.f.create_block(), self.f.create_block());
        self.f.branch(empty, bad, &[], ok, &[]);
        self.f.switch_to_block(bad);
        let st = self.state();
        self.f.deopt(st);
        self.f.switch_to_block(ok);
    }
}

/// The fused `a + b` with `x` the 1-tuple's item: `b` is `x` and the tuple
/// is the right operand (`left` 0), or `a` is `x` and the tuple the left
/// operand (`left` 1). An exact tuple operand is concatenated directly;
/// else the 1-tuple is built and BINARY_OP `arg` at `ip` runs on it.
pub(super) extern "C" fn h_tuple_add_one(ctx: *mut c_void, a: u64, b: u64, left: i64, arg: i64, ip: i64) -> u64 {
    let (va, vb) = (bw(a), bw(b));
    let (x, other) = if left != 0 { (&*va, &*vb) } else { (&*vb, &*va) };
    let r = t();
    if crate::vm::iterate::is_exact(other, &r.tuple) {
        let items = &other.downcast::<TupleData>().expect("tuple").0;
        let one = std::slice::from_ref(x);
        let v = if left != 0 { crate::object::tuple::tuple_concat(one, items) } else { crate::object::tuple::tuple_concat(items, one) };
        return v.into_raw();
    }
    let one: Value = crate::object::tuple::tuple_from_slice(std::slice::from_ref(x));
    let c = cx(ctx);
    let vm = c.vm();
    let code = &*c.frame().code;
    let ip = ip as usize;
    let (l, rr) = if left != 0 { (&one, other) } else { (other, &one) };
    let res = super::fastcall::binary_op_at(vm, l, rr, arg as u32, &code.instrs[ip], &vm.caches(code)[ip]);
    c.ret(res)
}

/// `obj[start:stop]` (BUILD_SLICE 2, BINARY_SUBSCR): an exact list or tuple
/// sliced directly, else through a slice object as the interpreter does.
pub(super) extern "C" fn h_slice_subscr(ctx: *mut c_void, obj: u64, start: u64, stop: u64) -> u64 {
    let (o, a, b) = (bw(obj), bw(start), bw(stop));
    if let Some(v) = crate::vm::seq_fuse::slice_exact(&o, &a, &b) {
        return v.into_raw();
    }
    let c = cx(ctx);
    let vm = c.vm();
    let sl = alloc(&t().slice, SliceData { start: (*a).clone(), stop: (*b).clone(), step: vm.none() }, None);
    let r = vm.getitem(&o, &sl);
    c.ret(r)
}
