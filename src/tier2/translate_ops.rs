//! Translation of the instructions that compute: arithmetic and comparisons
//! with inline int / float paths, and everything that goes through a helper
//! (names, attributes, calls, builders; subscripts in `translate_subscr`).
//!
//! Numeric instructions on operands of unknown type test the types inline:
//! two small ints take the int path (overflow exits to the interpreter),
//! two numbers of which one is a float take the float path, anything else
//! calls the interpreter's own operation through a helper.

use pyrite_jit::ir::{Block, Cmp, FloatOp, IntOp, Type};

use super::translate::{Av, Tr, V};
use crate::bytecode::{BinaryOp, CompareOp, Op};
use crate::object::Value;

/// The inline int operation of a BINARY_OP operator, if there is one.
pub(super) fn int_op(op: BinaryOp) -> Option<IntOp> {
    Some(match op {
        BinaryOp::Add => IntOp::Add,
        BinaryOp::Subtract => IntOp::Sub,
        BinaryOp::Multiply => IntOp::Mul,
        BinaryOp::FloorDivide => IntOp::FloorDiv,
        BinaryOp::Remainder => IntOp::Mod,
        BinaryOp::And => IntOp::And,
        BinaryOp::Or => IntOp::Or,
        BinaryOp::Xor => IntOp::Xor,
        BinaryOp::LShift => IntOp::Shl,
        BinaryOp::RShift => IntOp::Shr,
        _ => return None,
    })
}

/// The inline float operation of a BINARY_OP operator, if there is one.
pub(super) fn float_op(op: BinaryOp) -> Option<FloatOp> {
    Some(match op {
        BinaryOp::Add => FloatOp::Add,
        BinaryOp::Subtract => FloatOp::Sub,
        BinaryOp::Multiply => FloatOp::Mul,
        BinaryOp::TrueDivide => FloatOp::Div,
        _ => return None,
    })
}

fn cmp(op: CompareOp) -> Cmp {
    match op {
        CompareOp::Lt => Cmp::Lt,
        CompareOp::Le => Cmp::Le,
        CompareOp::Eq => Cmp::Eq,
        CompareOp::Ne => Cmp::Ne,
        CompareOp::Gt => Cmp::Gt,
        CompareOp::Ge => Cmp::Ge,
    }
}

/// The numeric result of the inline paths of an instruction.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Num {
    Int,
    Float,
}

impl<'a> Tr<'a> {
    /// `av` as an unboxed int, or a branch to `fail`.
    pub(super) fn as_int(&mut self, av: Av, fail: Block) -> Option<V> {
        match av {
            Av::Int(v) => Some(v),
            Av::Owned(w) | Av::Borrowed(w, _) => {
                let ok = self.f.is_int(w);
                let cont = self.f.create_block();
                self.f.branch(ok, cont, &[], fail, &[]);
                self.f.switch_to_block(cont);
                Some(self.f.unbox_int(w))
            }
            _ => None,
        }
    }

    /// `av` as an unboxed float (ints converted exactly), or a branch to `fail`.
    pub(super) fn as_float(&mut self, av: Av, fail: Block) -> Option<V> {
        match av {
            Av::Float(v) => Some(v),
            Av::Int(v) => Some(self.f.int_to_float(v)),
            Av::Owned(w) | Av::Borrowed(w, _) => {
                let join = self.f.create_block();
                let x = self.f.append_block_param(join, Type::F64);
                let (fl, not_fl, int) = (self.f.create_block(), self.f.create_block(), self.f.create_block());
                let isf = self.f.is_float(w);
                self.f.branch(isf, fl, &[], not_fl, &[]);
                self.f.switch_to_block(fl);
                let u = self.f.unbox_float(w);
                self.f.jump(join, &[u]);
                self.f.switch_to_block(not_fl);
                let isi = self.f.is_int(w);
                self.f.branch(isi, int, &[], fail, &[]);
                self.f.switch_to_block(int);
                let i = self.f.unbox_int(w);
                let c = self.f.int_to_float(i);
                self.f.jump(join, &[c]);
                self.f.switch_to_block(join);
                Some(x)
            }
            _ => None,
        }
    }

    /// Both operands as floats, at least one of them a float (the other may
    /// be an int, converted), or a branch to `fail`.
    fn float_pair(&mut self, a: Av, b: Av, fail: Block) -> (V, V) {
        if matches!(a, Av::Float(_)) || matches!(b, Av::Float(_)) {
            return (self.as_float(a, fail).expect("float operand"), self.as_float(b, fail).expect("float operand"));
        }
        let join = self.f.create_block();
        let x = self.f.append_block_param(join, Type::F64);
        let y = self.f.append_block_param(join, Type::F64);
        let (a_fl, a_not, b_fl) = (self.f.create_block(), self.f.create_block(), self.f.create_block());
        // `a` is a float: `b` may be a float or an int.
        let wa = match a {
            Av::Owned(w) | Av::Borrowed(w, _) => Some(w),
            _ => None,
        };
        match wa {
            Some(w) => {
                let t = self.f.is_float(w);
                self.f.branch(t, a_fl, &[], a_not, &[]);
            }
            None => self.f.jump(a_not, &[]),
        }
        self.f.switch_to_block(a_fl);
        if let Some(w) = wa {
            let xa = self.f.unbox_float(w);
            let yb = self.as_float(b, fail).expect("float operand");
            self.f.jump(join, &[xa, yb]);
        } else {
            self.f.jump(fail, &[]);
        }
        // `a` is not a float: `b` must be one, and `a` an int.
        self.f.switch_to_block(a_not);
        let wb = match b {
            Av::Owned(w) | Av::Borrowed(w, _) => Some(w),
            _ => None,
        };
        match wb {
            Some(w) => {
                let t = self.f.is_float(w);
                self.f.branch(t, b_fl, &[], fail, &[]);
                self.f.switch_to_block(b_fl);
                let yb = self.f.unbox_float(w);
                let xa = self.as_float(a, fail).expect("float operand");
                self.f.jump(join, &[xa, yb]);
            }
            None => {
                self.f.jump(fail, &[]);
                self.f.switch_to_block(b_fl);
                self.f.jump(fail, &[]);
            }
        }
        self.f.switch_to_block(join);
        (x, y)
    }

    fn maybe(av: Av, kind: Num) -> bool {
        match av {
            Av::Int(_) => true,
            Av::Float(_) => kind == Num::Float,
            Av::Owned(_) | Av::Borrowed(_, _) => true,
            _ => false,
        }
    }

    /// BINARY_OP and COMPARE_OP: inline int and float paths, then the helper.
    fn numeric(&mut self, op: Op, arg: u32) {
        let (a, b) = (self.peek(2), self.peek(1));
        let generalized = self.opts.generalized.contains(&(self.ip as u32));
        let (iop, fop, cop) = match op {
            Op::BinaryOp => {
                let (bop, _) = BinaryOp::from_arg(arg).expect("valid BINARY_OP arg");
                (int_op(bop), float_op(bop), None)
            }
            _ => (None, None, Some(cmp(CompareOp::from_arg(arg).expect("valid COMPARE_OP arg")))),
        };
        let try_int = (iop.is_some() || cop.is_some()) && !generalized && Self::maybe(a, Num::Int) && Self::maybe(b, Num::Int);
        // A generalized site (its inline path kept failing: overflow, zero
        // division) keeps only the paths that cannot exit.
        let try_float = (fop.is_some() || cop.is_some())
            && !(generalized && fop.is_some_and(FloatOp::can_fail))
            && Self::maybe(a, Num::Float)
            && Self::maybe(b, Num::Float)
            && !(matches!(a, Av::Int(_)) && matches!(b, Av::Int(_)) && fop.is_none());
        if !generalized && self.profiled(iop, fop, cop, a, b) {
            return;
        }
        // Both known unboxed: one straight-line path, no join.
        let known = |x: Av| matches!(x, Av::Int(_) | Av::Float(_));
        if known(a) && known(b) {
            let both_int = matches!((a, b), (Av::Int(_), Av::Int(_)));
            if both_int && try_int {
                let (x, y) = (self.as_int(a, Block(0)).expect("int"), self.as_int(b, Block(0)).expect("int"));
                let r = self.int_path(iop, cop, x, y);
                self.stack.truncate(self.stack.len() - 2);
                self.stack.push(r);
                return;
            }
            if try_float && (!both_int || fop == Some(FloatOp::Div)) {
                let (x, y) = (self.as_float(a, Block(0)).expect("float"), self.as_float(b, Block(0)).expect("float"));
                let r = self.float_path(fop, cop, x, y);
                self.stack.truncate(self.stack.len() - 2);
                self.stack.push(r);
                return;
            }
        }
        let join = self.f.create_block();
        let result = self.f.append_block_param(join, Type::Boxed);
        let slow = self.f.create_block();
        let mut next = self.f.create_block();
        if try_int {
            let x = self.as_int(a, next).expect("int operand");
            let y = self.as_int(b, next).expect("int operand");
            let r = self.int_path(iop, cop, x, y);
            let w = self.materialize(r);
            self.f.jump(join, &[w]);
            self.f.switch_to_block(next);
            next = self.f.create_block();
        }
        if try_float {
            // Two ints may take the float path only where the result is the
            // same (true division, comparisons); `+ - *` need a float operand.
            let ints_ok = cop.is_some() || fop == Some(FloatOp::Div);
            let (x, y) = if ints_ok { (self.as_float(a, next).expect("float operand"), self.as_float(b, next).expect("float operand")) } else { self.float_pair(a, b, next) };
            let r = self.float_path(fop, cop, x, y);
            let w = self.materialize(r);
            self.f.jump(join, &[w]);
            self.f.switch_to_block(next);
        } else {
            self.f.jump(next, &[]);
            self.f.switch_to_block(next);
        }
        self.f.jump(slow, &[]);
        self.f.switch_to_block(slow);
        if op == Op::BinaryOp {
            self.known_dunder(a, b, arg, join);
        }
        let (wa, wb) = (self.word(a), self.word(b));
        let ctx = self.f.vm_ctx();
        let k = self.imm(arg as i64);
        let appends = op == Op::BinaryOp && self.appends_to_local(arg, a);
        // A site the interpreter found calling a dunder or comparing strs
        // needs the frame; so does one whose frameless exits got hot.
        let others = matches!(self.code.instrs[self.ip].op.get(), Op::BinaryOpPy | Op::CompareOpStr) || self.opts.framed.contains(&(self.ip as u32));
        let r = if self.opts.frameless && !appends && !others {
            // Numbers only (no frame to run a dunder on): other operands
            // leave before the instruction.
            let cmp = self.imm((op != Op::BinaryOp) as i64);
            let r = self.call_word(self.h.num_op, &[ctx, wa, wb, k, cmp]);
            let word = self.f.word_to_i64(r);
            let other = self.imm(super::layout::PENDING_WORD as i64);
            let leave = self.f.int_cmp(Cmp::Eq, word, other);
            let (out, on) = (self.f.create_block(), self.f.create_block());
            self.f.branch(leave, out, &[], on, &[]);
            self.f.switch_to_block(out);
            self.exit_before_instr();
            self.spec_sites.insert(self.f.exits.len() as u32 - 1, super::translate::SpecSite::Frameless(self.ip as u32));
            self.f.switch_to_block(on);
            r
        } else if op == Op::BinaryOp {
            if !appends && !others {
                self.frame_slow += 1;
            }
            let at = self.imm(self.ip as i64);
            let helper = if appends { self.h.binary_op_into_local } else { self.h.binary_op };
            self.call_word(helper, &[ctx, wa, wb, k, at])
        } else {
            if !others {
                self.frame_slow += 1;
            }
            self.call_word(self.h.compare_op, &[ctx, wa, wb, k])
        };
        // Only the helper path can hold heap operands (the inline paths
        // checked for int / float tags), so only it drops them and polls
        // for finalizers; the join inherits nothing to release.
        self.drop_temps();
        self.pop_drop(2);
        if self.freed {
            self.safe_point();
        }
        self.f.jump(join, &[r]);
        self.f.switch_to_block(join);
        self.stack.push(Av::Owned(result));
    }

    /// Whether this BINARY_OP is `local = local + x` (or `+=`) with the left
    /// operand borrowed from that local and no other stack entry borrowing
    /// it: a str held only by the local may then grow in place.
    fn appends_to_local(&self, arg: u32, a: Av) -> bool {
        let Av::Borrowed(_, Some(slot)) = a else { return false };
        if BinaryOp::from_arg(arg).map(|(op, _)| op) != Some(BinaryOp::Add) {
            return false;
        }
        let next = self.code.instrs.get(self.ip + 1).map(|i| (i.op.get(), i.arg));
        if next != Some((Op::StoreFast, slot)) {
            return false;
        }
        let below = &self.stack[..self.stack.len() - 2];
        !below.iter().any(|e| matches!(e, Av::Borrowed(_, Some(s)) if *s == slot))
    }

    /// A site the interpreter quickened for floats (BINARY_OP_FLOAT,
    /// COMPARE_OP_FLOAT) or small ints (BINARY_OP_INT, COMPARE_OP_INT):
    /// each boxed operand gets one guard of that kind (a failing guard exits
    /// before the instruction; a hot one generalizes the site), so the
    /// result is unboxed and known to the rest of the block. Returns whether
    /// the instruction was translated.
    fn profiled(&mut self, iop: Option<IntOp>, fop: Option<FloatOp>, cop: Option<Cmp>, a: Av, b: Av) -> bool {
        let boxed = |x: Av| matches!(x, Av::Owned(_) | Av::Borrowed(_, _));
        if !boxed(a) && !boxed(b) {
            return false;
        }
        let r = match self.code.instrs[self.ip].op.get() {
            Op::BinaryOpFloat | Op::CompareOpFloat if fop.is_some() || cop.is_some() => {
                if ![a, b].iter().all(|&x| boxed(x) || matches!(x, Av::Int(_) | Av::Float(_))) {
                    return false;
                }
                let (x, y) = (self.guarded(a, Num::Float), self.guarded(b, Num::Float));
                self.float_path(fop, cop, x, y)
            }
            Op::BinaryOpInt | Op::CompareOpInt if iop.is_some() || cop.is_some() => {
                if ![a, b].iter().all(|&x| boxed(x) || matches!(x, Av::Int(_))) {
                    return false;
                }
                let (x, y) = (self.guarded(a, Num::Int), self.guarded(b, Num::Int));
                self.int_path(iop, cop, x, y)
            }
            _ => return false,
        };
        // Both operands are now known ints / floats: nothing to release.
        self.stack.truncate(self.stack.len() - 2);
        self.stack.push(r);
        true
    }

    /// Operand `av` (boxed, or unboxed of a kind `kind` accepts) unboxed as
    /// `kind`; a boxed word is guarded (a speculation site of this
    /// instruction).
    fn guarded(&mut self, av: Av, kind: Num) -> V {
        match (av, kind) {
            (Av::Int(v), Num::Int) | (Av::Float(v), Num::Float) => v,
            (Av::Int(v), Num::Float) => self.f.int_to_float(v),
            (Av::Owned(w) | Av::Borrowed(w, _), _) => {
                let st = self.state();
                let v = if kind == Num::Int { self.f.guard_int(w, st) } else { self.f.guard_float(w, st) };
                self.spec_sites.insert(self.f.exits.len() as u32 - 1, super::translate::SpecSite::Operand(self.ip as u32));
                let proven = if kind == Num::Int { Av::Int(v) } else { Av::Float(v) };
                if let Av::Borrowed(_, Some(slot)) = av {
                    // The slot still holds `w` (a store would have replaced
                    // the entry): later loads in this block reuse the unboxed value.
                    self.prove_slot(slot, w, proven);
                }
                v
            }
            _ => unreachable!("operand kinds checked by `profiled`"),
        }
    }

    fn int_path(&mut self, iop: Option<IntOp>, cop: Option<Cmp>, x: V, y: V) -> Av {
        if let Some(c) = cop {
            return Av::Bool(self.f.int_cmp(c, x, y));
        }
        let k = self.const_right_operand();
        let (iop, y) = self.int_op_by_const(iop.expect("int op"), k, y);
        let st = if iop.can_fail() { Some(self.state()) } else { None };
        Av::Int(self.f.int_binary(iop, x, y, st))
    }

    /// Int operation `iop` with right operand `y`, known to be the
    /// constant `k` when `Some`: `a // 2**k` is `a >> k` and `a % 2**k` is
    /// `a & (2**k - 1)` for every int (Python floors), no division.
    pub(super) fn int_op_by_const(&mut self, iop: IntOp, k: Option<i64>, y: V) -> (IntOp, V) {
        match (iop, k) {
            (IntOp::FloorDiv, Some(k)) if k > 0 && (k as u64).is_power_of_two() => (IntOp::Shr, self.f.const_i64(k.trailing_zeros() as i64)),
            (IntOp::Mod, Some(k)) if k > 0 && (k as u64).is_power_of_two() => (IntOp::And, self.f.const_i64(k - 1)),
            (op, _) => (op, y),
        }
    }

    /// The small-int constant the instruction's right operand is, when the
    /// instruction just before (in the same block) loaded it.
    fn const_right_operand(&self) -> Option<i64> {
        let prev = self.ip.checked_sub(1)?;
        if self.an.leader[self.ip] || super::analysis::op_at(self.code, prev) != Op::LoadConst || !matches!(self.peek(1), Av::Int(_)) {
            return None;
        }
        self.consts.get(self.code.instrs[prev].arg as usize)?.as_small_int()
    }

    fn float_path(&mut self, fop: Option<FloatOp>, cop: Option<Cmp>, x: V, y: V) -> Av {
        if let Some(c) = cop {
            return Av::Bool(self.f.float_cmp(c, x, y));
        }
        let fop = fop.expect("float op");
        let st = if fop.can_fail() { Some(self.state()) } else { None };
        Av::Float(self.f.float_binary(fop, x, y, st))
    }

    /// Unary operators: inline for unboxed operands, and `not` of any
    /// object through its truth value.
    fn unary(&mut self, op: Op) {
        let a = self.peek(1);
        match (op, a) {
            (Op::UnaryNegative, Av::Int(v)) => {
                let st = self.state();
                let r = self.f.int_neg(v, st);
                self.stack.pop();
                self.stack.push(Av::Int(r));
            }
            (Op::UnaryNegative, Av::Float(v)) => {
                let r = self.f.float_neg(v);
                self.stack.pop();
                self.stack.push(Av::Float(r));
            }
            (Op::UnaryNot, Av::Bool(v)) => {
                let r = self.f.bool_not(v);
                self.stack.pop();
                self.stack.push(Av::Bool(r));
            }
            (Op::UnaryNot, Av::Owned(_) | Av::Borrowed(..)) => {
                // True / False inline, anything else through the truth
                // helper (which may raise: the error exit unwinds from here).
                let snapshot = self.stack.clone();
                let c = self.truth(a, &snapshot);
                let r = self.f.bool_not(c);
                self.pop_drop(1);
                self.stack.push(Av::Bool(r));
            }
            _ => {
                let kind = match op {
                    Op::UnaryNegative => 0,
                    Op::UnaryPositive => 1,
                    Op::UnaryInvert => 2,
                    _ => 3,
                };
                let w = self.word(a);
                let ctx = self.f.vm_ctx();
                let k = self.imm(kind);
                let r = self.call_word(self.h.unary, &[ctx, w, k]);
                self.drop_temps();
                self.pop_drop(1);
                self.stack.push(Av::Owned(r));
            }
        }
    }

    /// Calls helper `h` with `ctx`, the words of the top `n` stack entries
    /// and `extra` immediates; pops and drops the entries; pushes the result
    /// if `push`.
    pub(super) fn helper_op(&mut self, h: pyrite_jit::abi::HelperId, n: usize, extra: &[i64], push: bool) {
        let mut args = vec![self.f.vm_ctx()];
        for i in (1..=n).rev() {
            let av = self.peek(i);
            let w = self.word(av);
            args.push(w);
        }
        for &e in extra {
            let v = self.imm(e);
            args.push(v);
        }
        let r = self.call_word(h, &args);
        self.drop_temps();
        self.pop_drop(n);
        if push {
            self.stack.push(Av::Owned(r));
        }
    }

    /// SEND (`yield from`): the receiver's next value, going on at the next
    /// instruction (a YIELD_VALUE), or its return value, jumping to `exit_ip`
    /// with the receiver popped.
    pub(super) fn send(&mut self, exit_ip: usize) {
        let (recv, v) = (self.peek(2), self.peek(1));
        let (wr, wv) = (self.word(recv), self.word(v));
        let out_pos = self.base + self.stack.len() as u32 - 1;
        let ctx = self.f.vm_ctx();
        let out = self.imm(out_pos as i64);
        let st = self.state();
        let r = self.f.call_helper(self.h.send, &[ctx, wr, wv, out], Some(Type::I64), Some(st)).expect("send returns");
        self.drop_temps();
        self.pop_drop(1);
        let res = self.f.load_slot(out_pos);
        let two = self.f.const_i64(2);
        let returned = self.f.int_cmp(Cmp::Eq, r, two);
        let (ret, yielded) = (self.f.create_block(), self.f.create_block());
        self.f.branch(returned, ret, &[], yielded, &[]);
        let saved = self.stack.clone();
        self.f.switch_to_block(ret);
        self.pop_drop(1);
        self.stack.push(Av::Owned(res));
        self.jump_to(exit_ip);
        self.f.switch_to_block(yielded);
        self.stack = saved;
        self.stack.push(Av::Owned(res));
        self.jump_to(self.ip + 1);
    }

    /// An instruction the eval loop runs in `Vm::exec_rare`: the whole stack
    /// goes to the slots (owned), the helper runs the instruction on the
    /// frame, and the resulting stack comes back from the slots.
    fn rare(&mut self, op: Op, arg: u32) {
        let depth = self.stack.len();
        for i in 0..depth {
            let av = self.stack[i];
            let w = self.materialize(av);
            self.stack[i] = Av::Owned(w);
            self.f.store_slot(self.base + i as u32, w);
        }
        self.stack.clear();
        // An error leaves the interpreter's own stack on the frame: the
        // exit's state has none (see `call_exec`).
        let ctx = self.f.vm_ctx();
        let (at, b, d) = (self.imm(self.ip as i64), self.imm(self.base as i64), self.imm(depth as i64));
        self.call_exec(&[ctx, at, b, d]);
        self.forget_slots();
        let after = (depth as i32 + op.stack_effect(arg, false)) as u32;
        for i in 0..after {
            let v = self.f.load_slot(self.base + i);
            self.stack.push(Av::Owned(v));
        }
    }

    /// The instructions without control flow of their own.
    pub(super) fn generic(&mut self, op: Op, arg: u32) -> Result<(), String> {
        let h = *self.h;
        let ip = self.ip as i64;
        match op {
            Op::BinaryOp | Op::CompareOp => self.numeric(op, arg),
            Op::UnaryNegative | Op::UnaryPositive | Op::UnaryInvert | Op::UnaryNot => self.unary(op),
            Op::IsOp => {
                let (a, b) = (self.peek(2), self.peek(1));
                let (wa, wb) = (self.word(a), self.word(b));
                let (ia, ib) = (self.f.word_to_i64(wa), self.f.word_to_i64(wb));
                let c = if arg == 1 { Cmp::Ne } else { Cmp::Eq };
                let r = self.f.int_cmp(c, ia, ib);
                self.drop_temps();
                self.pop_drop(2);
                self.stack.push(Av::Bool(r));
            }
            Op::ContainsOp => self.contains_op(arg),
            Op::LoadGlobal => {
                if arg & 1 != 0 {
                    self.stack.push(Av::Null);
                }
                self.load_global(arg);
            }
            Op::StoreGlobal => self.helper_op_first(h.store_global, arg, false),
            Op::LoadName => self.load_name(arg),
            Op::StoreName => self.helper_op_first(h.store_name, arg, false),
            Op::LoadAttr => self.load_attr(arg),
            Op::StoreAttr => self.store_attr(arg),
            Op::LoadMethod => self.load_method(arg),
            Op::BinarySubscr => self.binary_subscr(),
            Op::StoreSubscr => self.store_subscr(),
            Op::DeleteSubscr => {
                let (obj, key) = (self.peek(2), self.peek(1));
                let (wo, wk) = (self.word(obj), self.word(key));
                let ctx = self.f.vm_ctx();
                self.call_word(h.delitem, &[ctx, wo, wk]);
                self.drop_temps();
                self.pop_drop(2);
            }
            Op::GetIter => self.helper_op(h.get_iter, 1, &[], true),
            // BUILD_SET too (each set comprehension starts with one): a
            // direct helper call rather than the `exec_rare` round trip.
            Op::BuildTuple if arg == 1 && {
                self.skip = self.fused_tuple_concat();
                self.skip > 0
            } => {}
            Op::BuildTuple | Op::BuildList | Op::BuildSet => {
                let n = arg as usize;
                let from = self.stack.len() - n;
                self.spill(from);
                let ctx = self.f.vm_ctx();
                let kind = match op {
                    Op::BuildTuple => 0,
                    Op::BuildList => 1,
                    _ => 2,
                };
                let (b, c, k) = (self.imm(self.base as i64 + from as i64), self.imm(n as i64), self.imm(kind));
                let r = self.call_word(h.build, &[ctx, b, c, k]);
                self.drop_temps();
                self.pop_drop(n);
                self.stack.push(Av::Owned(r));
            }
            Op::BuildString => {
                let n = arg as usize;
                let from = self.stack.len() - n;
                self.spill(from);
                let ctx = self.f.vm_ctx();
                let (b, c) = (self.imm(self.base as i64 + from as i64), self.imm(n as i64));
                let r = self.call_word(h.build_string, &[ctx, b, c]);
                self.drop_temps();
                self.pop_drop(n);
                self.stack.push(Av::Owned(r));
            }
            Op::ListAppend => {
                let v = self.peek(1);
                let list = self.peek(arg as usize + 1);
                let (wl, wv) = (self.word(list), self.word(v));
                let ctx = self.f.vm_ctx();
                self.call_word(h.list_append, &[ctx, wl, wv]);
                self.drop_temps();
                self.pop_drop(1);
            }
            Op::SetAdd => {
                let (v, set) = (self.peek(1), self.peek(arg as usize + 1));
                let (ws, wv) = (self.word(set), self.word(v));
                let ctx = self.f.vm_ctx();
                self.call_word(h.set_add, &[ctx, ws, wv]);
                self.drop_temps();
                self.pop_drop(1);
            }
            Op::MapAdd => {
                let (v, k, d) = (self.peek(1), self.peek(2), self.peek(arg as usize + 2));
                let (wd, wk, wv) = (self.word(d), self.word(k), self.word(v));
                let ctx = self.f.vm_ctx();
                self.call_word(h.map_add, &[ctx, wd, wk, wv]);
                self.drop_temps();
                self.pop_drop(2);
            }
            Op::BuildSlice if arg == 2 && {
                self.skip = self.fused_slice();
                self.skip > 0
            } => {}
            Op::BuildSlice => {
                let n = arg as usize;
                let mut ws = Vec::new();
                for i in (1..=n).rev() {
                    let av = self.peek(i);
                    ws.push(self.word(av));
                }
                if n == 2 {
                    ws.push(self.f.const_boxed(0));
                }
                let ctx = self.f.vm_ctx();
                let r = self.call_word(h.build_slice, &[ctx, ws[0], ws[1], ws[2]]);
                self.drop_temps();
                self.pop_drop(n);
                self.stack.push(Av::Owned(r));
            }
            Op::UnpackSequence => self.unpack_sequence(arg),
            Op::FormatValue => {
                let has_spec = arg & 4 != 0;
                let n = 1 + has_spec as usize;
                let v = self.peek(n);
                let wv = self.word(v);
                let ws = if has_spec {
                    let s = self.peek(1);
                    self.word(s)
                } else {
                    self.f.const_boxed(0)
                };
                let ctx = self.f.vm_ctx();
                let conv = self.imm((arg & 3) as i64);
                let r = self.call_word(h.format, &[ctx, wv, ws, conv]);
                self.drop_temps();
                self.pop_drop(n);
                self.stack.push(Av::Owned(r));
            }
            Op::Call | Op::CallKw => {
                // `sqrt(x)`, `sin(x)`, ... of the math module: inline, the call
                // below as fallback.
                let argc = arg as usize;
                let kw = op == Op::CallKw;
                let names = if kw { Some(self.peek(1)) } else { None };
                let top = self.stack.len() - kw as usize;
                let from = top - argc - 2;
                // The known callee's position: after the NULL, or first (a
                // method, `self` after it as argument 0).
                let known = if kw { None } else { self.known_callee(from, top) };
                if let Some((func, callee_at)) = &known {
                    if self.try_inline(func, *callee_at, from, top) {
                        return Ok(());
                    }
                }
                let mut math = if known.is_none() && op == Op::Call && arg == 1 { self.math_fast_path().or_else(|| self.len_fast_path()) } else { None };
                // Spill the callable, self/NULL and arguments (not the names)
                // for the helpers. A native call in code that runs natively
                // has no helpers (its slow paths are exits, which write the
                // stack themselves): it boxes its arguments itself.
                let native = known.as_ref().and_then(|(f, at)| self.native_callee(f, top - at - 1));
                let frameless = native.is_some() && self.opts.frameless;
                let names_av = if kw { self.stack.pop() } else { None };
                if !frameless {
                    self.spill(from);
                }
                if let Some(n) = names_av {
                    self.stack.push(n);
                }
                let wn = match names {
                    Some(n) => self.word(n),
                    None => self.f.const_boxed(0),
                };
                let ctx = self.f.vm_ctx();
                let (b, c) = (self.imm(self.base as i64 + from as i64), self.imm(argc as i64));
                let at = self.imm(ip);
                match known {
                    Some((func, callee_at)) => {
                        // The function seen when compiling: while the callee
                        // is at its address, the direct-call helper (which
                        // still checks it: the function is not kept alive,
                        // its address may be reused).
                        let join = self.f.create_block();
                        let out = self.f.append_block_param(join, Type::Boxed);
                        let (known, other) = (self.f.create_block(), self.f.create_block());
                        let wf = self.word(self.stack[callee_at]);
                        let now = self.f.word_to_i64(wf);
                        let want = self.f.const_i64(func.raw() as i64);
                        let same = self.f.int_cmp(Cmp::Eq, now, want);
                        self.f.branch(same, known, &[], other, &[]);
                        // The known path gives the helper the callee's and
                        // arguments' references (borrowed ones get their
                        // own, boxed temporaries are handed over): its exit
                        // sees the stack without them.
                        self.f.switch_to_block(known);
                        // A callee that runs natively: called so, the
                        // helpers below when a guard fails (exits in code
                        // that runs natively itself: they need the frame).
                        if let Some(callee) = native {
                            let slow = self.f.create_block();
                            self.native_call(&func, callee, wf, from..top, callee_at + 1, slow, join);
                            self.f.switch_to_block(slow);
                            if frameless {
                                self.exit_before_instr();
                                self.f.switch_to_block(other);
                                self.exit_before_instr();
                            } else {
                                self.frame_slow += 2;
                            }
                        }
                        if !frameless {
                            for pos in from..top {
                                if let Av::Borrowed(v, _) = self.stack[pos] {
                                    self.f.incref(v);
                                }
                            }
                            let operands: Vec<Av> = self.stack.drain(from..).collect();
                            let temps = std::mem::take(&mut self.temps);
                            let site = Box::<super::calls::DirectSite>::default();
                            let sp = self.imm(&*site as *const super::calls::DirectSite as i64);
                            self.direct_sites.push(site);
                            let r = self.call_word(h.call_known, &[ctx, b, c, at, sp]);
                            self.f.jump(join, &[r]);
                            self.stack.extend(operands);
                            self.temps = temps;
                            self.f.switch_to_block(other);
                            let r = self.call_word(h.call, &[ctx, b, c, wn, at]);
                            self.drop_temps();
                            for pos in from..top {
                                let av = self.stack[pos];
                                self.drop_av(av);
                            }
                            self.f.jump(join, &[r]);
                        }
                        self.temps.clear();
                        self.f.switch_to_block(join);
                        // Both paths let go of the operands; the helper may
                        // have freed objects with `__del__`.
                        self.stack.truncate(from);
                        self.freed = true;
                        self.stack.push(Av::Owned(out));
                    }
                    None if !kw && self.known_class_call(from, top) => {}
                    // A math kernel's generic call (a result the inline
                    // path does not give) in code translated to run
                    // natively: the interpreter makes it.
                    None if math.is_some() && self.opts.frameless && !self.opts.framed.contains(&(self.ip as u32)) => {
                        self.exit_before_instr();
                        self.spec_sites.insert(self.f.exits.len() as u32 - 1, super::translate::SpecSite::Frameless(self.ip as u32));
                        let join = math.take().expect("a math site");
                        self.stack.truncate(from);
                        self.temps.clear();
                        self.f.switch_to_block(join);
                        let result = self.f.blocks[join.0 as usize].params[0];
                        self.stack.push(Av::Owned(result));
                    }
                    None => {
                        if math.is_some() && !self.opts.framed.contains(&(self.ip as u32)) {
                            self.frame_slow += 1;
                        }
                        let set_update = if kw { None } else { self.set_update_site(from, argc) };
                        let r = if let Some(discard) = set_update {
                            let call_builtin = h.call_builtin;
                            self.set_update_call(discard, from, |tr| tr.call_word(call_builtin, &[ctx, b, c, at]))
                        } else if !kw && self.code.instrs[self.ip].op.get() == Op::CallBuiltin {
                            self.call_word(h.call_builtin, &[ctx, b, c, at])
                        } else {
                            self.call_word(h.call, &[ctx, b, c, wn, at])
                        };
                        self.drop_temps();
                        self.pop_drop(argc + 2 + kw as usize);
                        self.stack.push(Av::Owned(r));
                    }
                }
                if let Some(join) = math {
                    self.join_call(join);
                }
            }
            Op::LoadDeref => self.load_deref(arg),
            Op::StoreDeref => self.store_deref(arg),
            Op::LoadClosure => self.load_closure(arg),
            Op::MakeFunction if {
                self.skip = self.fused_comprehension(arg);
                self.skip > 0
            } => {}
            Op::MakeFunction => self.make_function(arg),
            op if crate::vm::eval_rare::is_rare(op) => self.rare(op, arg),
            other => return Err(format!("internal: {} reached the generic translator", other.name())),
        }
        Ok(())
    }

    /// Leaves before the current instruction (a CALL's operands spilled):
    /// the interpreter runs it. The boxed temporaries are dropped (the exit
    /// boxes unboxed entries itself).
    pub(super) fn exit_before_instr(&mut self) {
        for v in self.temps.clone() {
            self.f.decref(v);
        }
        let st = self.state();
        self.f.deopt(st);
    }

    /// Helpers of the shape `(ctx, arg, value)` consuming the top entry.
    fn helper_op_first(&mut self, h: pyrite_jit::abi::HelperId, arg: u32, push: bool) {
        let v = self.peek(1);
        let w = self.word(v);
        let ctx = self.f.vm_ctx();
        let k = self.imm(arg as i64);
        let r = self.call_word(h, &[ctx, k, w]);
        self.drop_temps();
        self.pop_drop(1);
        if push {
            self.stack.push(Av::Owned(r));
        }
    }

    /// The plain Python function the callable of the CALL whose operands
    /// are stack positions `from..top` held when compiling, if the call
    /// (no keywords) passes it exactly its positional parameters, and the
    /// callable's position: `from + 1` after a NULL (a global), or `from`,
    /// a method with `self` after it (`translate_methods`).
    fn known_callee(&self, from: usize, top: usize) -> Option<(Value, usize)> {
        let at = if matches!(self.stack[from], Av::Null) { from + 1 } else { from };
        let Av::Owned(v) = self.stack[at] else { return None };
        let func = self.known_fns.get(&v)?;
        let fd = super::calls::plain_function(func)?;
        (fd.code.argcount as usize == top - at - 1).then(|| (func.clone(), at))
    }
}
