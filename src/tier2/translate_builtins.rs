//! Calls of known builtins done inline: `f(x)` where the callable is, at
//! run time, one of the math module's one-argument float functions
//! (plain call form: NULL, callable, one argument) and `x` a float or small
//! int, at sites where the interpreter saw that function called
//! (CALL_BUILTIN's cache). `math.sqrt` of a number that is not negative is
//! Cranelift's square root; the others (`sin`, `cos`, `exp`, ...) call their
//! kernel (`math::FLOAT_KERNELS`) straight, without boxing the argument or
//! parsing arguments, and take the result when it is finite.
//!
//! The callable is recognized by its exact type (`builtin_function_or_method`)
//! and its implementation pointer (`BUILTIN_FUNC_OFFSET`), so an alias
//! (`sqrt = math.sqrt`) or the module attribute both qualify, and rebinding
//! the name to anything else is seen at once. Anything else (another
//! callable, a negative, NaN or non-number argument, a result that is not
//! finite: an error or a special value) branches to the generic call, which
//! gives the result or raises as the interpreter does: no exits.
//!
//! `len(x)` is recognized the same way (where the interpreter saw `len`
//! called): the length of a builtin sized object (`convert::builtin_len`:
//! exact lists, tuples, strs, dicts, sets, ...) comes from a lean helper
//! with no context (`h_builtin_len`); anything else takes the generic call.

use pyrite_jit::ir::{Block, Cmp, FloatOp, Type};

use super::translate::{Av, Tr, V};
use crate::bytecode::Op;
use crate::object::bodies::BUILTIN_FUNC_OFFSET;
use crate::object::t;

/// `len(x)` of a builtin sized object (`x` borrowed), or -1 when the
/// generic call must decide.
pub(super) extern "C" fn h_builtin_len(x: u64) -> i64 {
    let x = std::mem::ManuallyDrop::new(crate::object::Value::from_raw(x));
    match crate::vm::convert::builtin_len(&x) {
        Some(n) => n as i64,
        None => -1,
    }
}

impl<'a> Tr<'a> {
    /// For a one-argument CALL (NULL or a word to test, callee, argument
    /// on top of the stack) at a site where the interpreter saw native
    /// function `imp` called (`pick` chooses it from CALL_BUILTIN's cached
    /// implementation), the test that the callee is that builtin now: a
    /// join block (taking the Boxed result) and the generic call's block,
    /// with the current block being the inline path's.
    fn builtin_site(&mut self, pick: impl FnOnce(u64) -> Option<i64>) -> Option<(Block, Block, i64)> {
        let (null, callee) = (self.peek(3), self.peek(2));
        // The NULL is known, or a word to test (a module attribute's
        // LOAD_METHOD pushes NULL on its fast path only).
        let (wn, wc) = match (null, callee) {
            (Av::Null, Av::Owned(w) | Av::Borrowed(w, _)) => (None, w),
            (Av::Owned(n) | Av::Borrowed(n, _), Av::Owned(w) | Av::Borrowed(w, _)) => (Some(n), w),
            _ => return None,
        };
        // Only where the interpreter saw such a function called (its
        // CALL_BUILTIN cache holds the implementation): other one-argument
        // calls would carry the probe's code for nothing.
        let cache = &self.code.inline_caches()[self.ip];
        if self.code.instrs[self.ip].op.get() != Op::CallBuiltin {
            return None;
        }
        let imp = pick(cache.value.get())?;
        let (join, slow) = (self.f.create_block(), self.f.create_block());
        self.f.append_block_param(join, Type::Boxed);
        if let Some(wn) = wn {
            let null = self.f.const_i64(t().null.raw() as i64);
            let bits = self.f.word_to_i64(wn);
            let is_null = self.f.int_cmp(Cmp::Eq, bits, null);
            let after = self.f.create_block();
            self.f.branch(is_null, after, &[], slow, &[]);
            self.f.switch_to_block(after);
        }
        let is_builtin = self.f.has_type(wc, t().builtin_function.raw());
        let (typed, is_it) = (self.f.create_block(), self.f.create_block());
        self.f.branch(is_builtin, typed, &[], slow, &[]);
        self.f.switch_to_block(typed);
        let func = self.f.load_field(wc, BUILTIN_FUNC_OFFSET as i32, Type::I64);
        let expected = self.f.const_i64(imp);
        let same = self.f.int_cmp(Cmp::Eq, func, expected);
        self.f.branch(same, is_it, &[], slow, &[]);
        self.f.switch_to_block(is_it);
        Some((join, slow, imp))
    }

    /// `len(x)` where the interpreter saw `len` called (see the module
    /// docs); returns the join block as `math_fast_path` does.
    pub(super) fn len_fast_path(&mut self) -> Option<Block> {
        let x = self.peek(1);
        let (Av::Owned(wx) | Av::Borrowed(wx, _)) = x else { return None };
        let len = crate::builtins::reflect::len_impl() as usize as u64;
        let (join, slow, _) = self.builtin_site(|seen| (seen == len).then_some(len as i64))?;
        let n = self.f.call_helper(self.h.builtin_len, &[wx], Some(Type::I64), None).expect("builtin_len returns");
        let zero = self.f.const_i64(0);
        let known = self.f.int_cmp(Cmp::Ge, n, zero);
        let sized = self.f.create_block();
        self.f.branch(known, sized, &[], slow, &[]);
        self.f.switch_to_block(sized);
        // A length is a small int: the box's exit (a failed big-int
        // allocation) is never taken.
        let st = self.state();
        let w = self.f.box_int(n, st);
        self.fast_result(w, join, slow)
    }

    /// Emits the inline path of a one-argument CALL when it may be a call
    /// of a math function with a float kernel; returns the join block
    /// (taking the Boxed result) with the current block being the generic
    /// call's.
    pub(super) fn math_fast_path(&mut self) -> Option<Block> {
        let x = self.peek(1);
        if !matches!(x, Av::Float(_) | Av::Int(_) | Av::Owned(_) | Av::Borrowed(_, _)) {
            return None;
        }
        let kernels = crate::stdlib::math::FLOAT_KERNELS;
        let mut k = 0;
        let (join, slow, imp) = self.builtin_site(|seen| {
            k = kernels.iter().position(|k| k.imp as usize as u64 == seen)?;
            Some(kernels[k].imp as usize as i64)
        })?;
        let v = self.as_float(x, slow).expect("number argument");
        let r = if imp == crate::stdlib::math::sqrt_impl() as usize as i64 {
            // NaN fails the test too (the call returns it, without an error).
            let zero = self.f.const_f64(0.0);
            let ok = self.f.float_cmp(Cmp::Ge, v, zero);
            let nonneg = self.f.create_block();
            self.f.branch(ok, nonneg, &[], slow, &[]);
            self.f.switch_to_block(nonneg);
            // Never negative here; the op's exit (a domain error) is unused.
            let st = self.state();
            self.f.float_sqrt(v, st)
        } else {
            let h = pyrite_jit::abi::HelperId(self.h.math_kernels.0 + k as u32);
            let r = self.f.call_helper(h, &[v], Some(Type::F64), None).expect("a kernel's result");
            // `r - r` is 0 exactly when `r` is finite (NaN for inf and NaN).
            let d = self.f.float_binary(FloatOp::Sub, r, r, None);
            let zero = self.f.const_f64(0.0);
            let finite = self.f.float_cmp(Cmp::Eq, d, zero);
            // Created here: blocks are lowered in order, after the blocks
            // defining the values they use (`as_float` made some).
            let computed = self.f.create_block();
            self.f.branch(finite, computed, &[], slow, &[]);
            self.f.switch_to_block(computed);
            r
        };
        let w = self.f.box_float(r);
        self.fast_result(w, join, slow)
    }

    /// Ends a builtin site's inline path: its result `w` (owned) goes to
    /// `join` without the CALL's three operands; the current block becomes
    /// `slow` (the generic call's, the stack as it was). Returns `join`.
    fn fast_result(&mut self, w: V, join: Block, slow: Block) -> Option<Block> {
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
