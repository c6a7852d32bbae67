//! Calls of known builtins done inline: `sqrt(x)` where the callable is, at
//! run time, the `math.sqrt` builtin (plain call form: NULL, callable, one
//! argument) and `x` a float or small int that is not negative, at sites
//! where the interpreter saw `math.sqrt` called (CALL_BUILTIN's cache).
//!
//! The callable is recognized by its exact type (`builtin_function_or_method`)
//! and its implementation pointer (`BUILTIN_FUNC_OFFSET`), so an alias
//! (`sqrt = math.sqrt`) or the module attribute both qualify, and rebinding
//! the name to anything else is seen at once. Anything else (another
//! callable, a negative, NaN or non-number argument) branches to the
//! generic call, which raises as the interpreter does: no exits.

use pyrite_jit::ir::{Block, Cmp, Type};

use super::translate::{Av, Tr};
use crate::bytecode::Op;
use crate::object::bodies::BUILTIN_FUNC_OFFSET;
use crate::object::t;

impl<'a> Tr<'a> {
    /// Emits the inline path of a one-argument CALL when it may be a
    /// `math.sqrt` call; returns the join block (taking the Boxed result)
    /// with the current block being the generic call's.
    pub(super) fn sqrt_fast_path(&mut self) -> Option<Block> {
        let (null, callee, x) = (self.peek(3), self.peek(2), self.peek(1));
        let wc = match (null, callee) {
            (Av::Null, Av::Owned(w) | Av::Borrowed(w, _)) => w,
            _ => return None,
        };
        if !matches!(x, Av::Float(_) | Av::Int(_) | Av::Owned(_) | Av::Borrowed(_, _)) {
            return None;
        }
        // Only where the interpreter saw `math.sqrt` called (its CALL_BUILTIN
        // cache holds the implementation): other one-argument calls would
        // carry the probe's code for nothing.
        let cache = &self.code.inline_caches()[self.ip];
        if self.code.instrs[self.ip].op.get() != Op::CallBuiltin || cache.value.get() != crate::stdlib::math::sqrt_impl() as usize as u64 {
            return None;
        }
        let (join, slow) = (self.f.create_block(), self.f.create_block());
        self.f.append_block_param(join, Type::Boxed);
        let is_builtin = self.f.has_type(wc, t().builtin_function.raw());
        let (typed, is_sqrt, nonneg) = (self.f.create_block(), self.f.create_block(), self.f.create_block());
        self.f.branch(is_builtin, typed, &[], slow, &[]);
        self.f.switch_to_block(typed);
        let func = self.f.load_field(wc, BUILTIN_FUNC_OFFSET as i32, Type::I64);
        let sqrt = self.f.const_i64(crate::stdlib::math::sqrt_impl() as usize as i64);
        let same = self.f.int_cmp(Cmp::Eq, func, sqrt);
        self.f.branch(same, is_sqrt, &[], slow, &[]);
        self.f.switch_to_block(is_sqrt);
        let v = self.as_float(x, slow).expect("number argument");
        // NaN fails the test too (the call returns it, without an error).
        let zero = self.f.const_f64(0.0);
        let ok = self.f.float_cmp(Cmp::Ge, v, zero);
        self.f.branch(ok, nonneg, &[], slow, &[]);
        self.f.switch_to_block(nonneg);
        // Never negative here; the op's exit (a domain error) is unused.
        let st = self.state();
        let r = self.f.float_sqrt(v, st);
        let w = self.f.box_float(r);
        let saved = self.stack.clone();
        self.pop_drop(3);
        self.f.jump(join, &[w]);
        self.stack = saved;
        self.f.switch_to_block(slow);
        Some(join)
    }

    /// Ends the generic call's block: its result (top entry, owned) goes to
    /// `join`, where the stack goes on with the join's parameter.
    pub(super) fn join_call(&mut self, join: Block) {
        let r = match self.pop() {
            Av::Owned(w) => w,
            other => self.materialize(other),
        };
        self.f.jump(join, &[r]);
        self.f.switch_to_block(join);
        let result = self.f.blocks[join.0 as usize].params[0];
        self.stack.push(Av::Owned(result));
    }
}
