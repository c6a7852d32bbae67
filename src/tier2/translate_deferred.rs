//! Deferred stores of float locals: a `STORE_FAST` of an unboxed float over
//! a local known to hold a float leaves the frame slot stale (the value
//! lives in SSA only) until something could look at the frame.
//!
//! Invariants (`Tr::dirty` lists the stale locals):
//! - A stale local is known (`Tr::known`) as `Av::Float`; its slot holds
//!   some older float word (floats are inline: nothing to release).
//! - Every frame state lists the stale locals (`ValueSource::Float`), so an
//!   exit writes them back.
//! - Before an instruction that may call out (helpers, calls, anything that
//!   could run Python code and see the frame) they are written back; only
//!   instructions on unboxed operands keep them stale (`keeps_deferred`).
//!   Cold calls that cannot be avoided there (finalizers at a safe point,
//!   the Ctrl-C check) write them back on their own path first.
//! - A jump writes back the stale locals its target does not carry as
//!   floats and passes the others stale; a block starts with the carried
//!   float locals some jump into it passes stale. Blocks are translated
//!   before all jumps into them are known (loops), so `translate` assumes
//!   a set per block, records what the jumps pass, and translates again
//!   with the union until nothing new is passed.
//! - Backstop: an instruction kept deferred that emitted a call anyway
//!   marks the translation broken (`check_no_calls`), and `translate` then
//!   redoes it without deferral.

use pyrite_jit::deopt::{FrameState, ValueSource};
use pyrite_jit::ir::{Block, InstKind};

use super::infer::Ty;
use super::translate::{Av, Tr};
use crate::bytecode::Op;

/// Where an instruction's IR started: its block, the instruction count
/// there, and the number of blocks.
pub(super) struct Mark(Block, usize, usize);

impl Tr<'_> {
    /// Whether `op` (with the current stack) can run with stale locals.
    pub(super) fn keeps_deferred(&self, op: Op) -> bool {
        let unboxed = |av: Av| matches!(av, Av::Int(_) | Av::Float(_) | Av::Bool(_));
        let top = |i: usize| self.stack.len() >= i && unboxed(self.peek(i));
        match op {
            Op::Nop | Op::LoadFast | Op::StoreFast | Op::LoadConst | Op::Copy | Op::Swap | Op::Jump | Op::JumpBackward => true,
            Op::PopTop | Op::UnaryNegative | Op::PopJumpIfFalse | Op::PopJumpIfTrue => top(1),
            Op::BinaryOp | Op::CompareOp => top(1) && top(2),
            _ => false,
        }
    }

    /// `st` with the stale locals' values.
    pub(super) fn with_deferred(&self, mut st: FrameState) -> FrameState {
        for &i in &self.dirty {
            if let Some(Av::Float(v)) = self.known.get(&i) {
                st = st.with(i as usize, ValueSource::Float(*v));
            }
        }
        st
    }

    /// Writes the stale locals `which` back to their slots (they stay
    /// listed: for code on a side path).
    pub(super) fn write_back(&mut self, which: &[u32]) {
        for &i in which {
            if let Some(Av::Float(v)) = self.known.get(&i).copied() {
                let w = self.f.box_float(v);
                self.f.store_slot(i, w);
            }
        }
    }

    /// Writes all stale locals back; the slots are up to date after this.
    pub(super) fn flush_deferred(&mut self) {
        let d = std::mem::take(&mut self.dirty);
        self.write_back(&d);
    }

    /// Before a jump to `ip`: writes back the stale locals the target does
    /// not carry as floats.
    pub(super) fn write_back_for_jump(&mut self, ip: usize) {
        let carried = self.carried_at(ip);
        let (kept, d): (Vec<u32>, Vec<u32>) = self.dirty.iter().partition(|i| carried.contains(&(**i, Ty::Float)));
        self.write_back(&d);
        let passed = self.passed_dirty.entry(ip).or_default();
        for i in kept {
            if !passed.contains(&i) {
                passed.push(i);
            }
        }
    }

    /// Records `local` as stale after a deferred store.
    pub(super) fn defer_store(&mut self, local: u32) {
        if !self.dirty.contains(&local) {
            self.dirty.push(local);
        }
    }

    /// Where the next instruction's IR starts.
    pub(super) fn mark(&self) -> Mark {
        let b = self.f.current_block();
        Mark(b, self.f.blocks[b.0 as usize].insts.len(), self.f.blocks.len())
    }

    /// Marks the translation broken if IR emitted since `m` calls anything
    /// but the helpers that write stale locals back on their own path.
    pub(super) fn check_no_calls(&mut self, m: Mark) {
        let Mark(b, from, nblocks) = m;
        let allowed = [self.h.safepoint, self.h.check_interrupt];
        let first = self.f.blocks[b.0 as usize].insts[from..].iter();
        let rest = self.f.blocks[nblocks..].iter().flat_map(|bd| bd.insts.iter());
        let calls = first.chain(rest).any(|inst| match &inst.kind {
            InstKind::CallHelper(h, _, _) | InstKind::CallHelperCatch(h, _, _, _) => !allowed.contains(h),
            InstKind::CallEntry(..) => true,
            _ => false,
        });
        if calls {
            self.defer_broken = true;
        }
    }
}
