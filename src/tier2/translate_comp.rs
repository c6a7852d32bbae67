//! Comprehension calls without the function object: MAKE_FUNCTION (no
//! defaults or annotations; a closure is fine) of a constant code object
//! taking one argument and not a generator, directly followed by `LOAD_FAST
//! k; GET_ITER; CALL 0` (how `[... for x in k]`, `{...}` and dict
//! comprehensions call their code), is one fused step:
//! - the iterator is made by the GET_ITER helper (its error exit is
//!   GET_ITER's, so the traceback points at the iterable);
//! - `h_call_comp` runs the comprehension's compiled ip-0 entry on a pooled
//!   frame holding the iterator and the closure's cells
//!   (`calls::call_comprehension`), with no function object made or freed;
//!   without a compiled entry (not hot yet, other globals) it makes the
//!   function and calls it as the interpreter would (which counts it
//!   towards compiling).
//!
//! The instructions taken with the first are no block starts, so nothing
//! else jumps between them. Frame states, as for `translate_fused`: before
//! MAKE_FUNCTION until the first helper (an empty local deopts there, the
//! interpreter raises); the helpers' error exits are GET_ITER's and CALL's,
//! with MAKE_FUNCTION's first operand (the closure tuple, or the code
//! constant) in place of the function, which unwinding only drops.

use std::ffi::c_void;

use super::analysis::op_at;
use super::helpers::{b as bw, cx, own};
use super::infer::Ty;
use super::translate::{Av, Tr};
use crate::bytecode::code::flags;
use crate::bytecode::Op;
use crate::object::{CodeData, Value};

/// The fused comprehension call: slots `base..` hold MAKE_FUNCTION's
/// operands (borrowed: the closure tuple first when `fl` has it, the code
/// object last), `it` is the iterator (owned, taken); the call is at `ip`.
pub(super) extern "C" fn h_call_comp(ctx: *mut c_void, base: i64, fl: i64, it: u64, ip: i64) -> u64 {
    let c = cx(ctx);
    let vm = super::helpers::before_call_at(c, ip);
    let f = c.frame();
    let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
    let has_closure = fl & 8 != 0;
    let codev = bw(c.slot(base as u32 + has_closure as u32));
    let closure = has_closure.then(|| bw(c.slot(base as u32)));
    let it = Value::from_raw(it);
    let it = match codev.downcast::<CodeData>() {
        Some(cd) => match crate::tier2::calls::call_comprehension(vm, &cd.0, &globals, &builtins, closure.as_deref(), it) {
            Ok(r) => return c.ret(r),
            Err(it) => it,
        },
        None => it,
    };
    let mut top = base as u32 + 1 + (fl as u32 & 0xf).count_ones();
    let func = vm.new_function(&globals, &builtins, fl as u32, || {
        top -= 1;
        own(c.slot(top))
    });
    let r = func.and_then(|func| vm.call(&func, &[it]));
    c.ret(r)
}

impl Tr<'_> {
    /// MAKE_FUNCTION `fl` at `self.ip` fused with `LOAD_FAST k; GET_ITER;
    /// CALL 0` after it (see the module docs); returns 3 when fused, 0 when
    /// not (nothing emitted).
    pub(super) fn fused_comprehension(&mut self, fl: u32) -> usize {
        let (ip, code) = (self.ip, self.code);
        if self.opts.frameless || fl & !8 != 0 || ip == 0 || op_at(code, ip - 1) != Op::LoadConst {
            return 0;
        }
        let after = |k: usize| (ip + k < code.instrs.len() && !self.an.leader[ip + k]).then(|| (op_at(code, ip + k), code.instrs[ip + k].arg));
        let (Some((Op::LoadFast, k)), Some((Op::GetIter, _)), Some((Op::Call, 0))) = (after(1), after(2), after(3)) else { return 0 };
        let Some(cd) = self.consts.get(code.instrs[ip - 1].arg as usize).and_then(|v| v.downcast::<CodeData>()) else { return 0 };
        let cc = &cd.0;
        if cc.argcount != 1 || cc.kwonlyargcount != 0 || cc.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::SUSPENDS) != 0 || !cc.cellvars.is_empty() {
            return 0;
        }
        let n = 1 + (fl & 8 != 0) as usize;
        let from = self.stack.len() - n;
        // The code entry is the constant (borrowed: leaving it out of the
        // error states leaks nothing).
        if !matches!(self.stack[self.stack.len() - 1], Av::Borrowed(_, None)) {
            return 0;
        }
        // The iterable local: a boxed word (a local known or predicted to
        // be an unboxed number is no iterable: the interpreter raises).
        let known = match self.known.get(&k).copied() {
            Some(Av::Borrowed(w, Some(s))) if s == k => Some(w),
            Some(_) => return 0,
            None => None,
        };
        if known.is_none() && matches!(self.spec.get(k as usize).copied(), Some(Ty::Int | Ty::Float)) {
            return 0;
        }
        self.spill(from);
        let w = match known {
            Some(w) => w,
            None => {
                let w = self.f.load_slot(k);
                if k >= code.total_args() as u32 || self.maybe_deleted[k as usize] {
                    self.deopt_if_empty(w);
                }
                w
            }
        };
        self.frame_slow += 1;
        let saved = self.stack.clone();
        // GET_ITER's error state: the function's stand-in, the local.
        self.stack.truncate(from + 1);
        self.stack.push(Av::Borrowed(w, Some(k)));
        self.ip = ip + 2;
        let ctx = self.f.vm_ctx();
        let it = self.call_word(self.h.get_iter, &[ctx, w]);
        // CALL's error state: the stand-in (the helper takes the iterator).
        self.stack.truncate(from + 1);
        self.ip = ip + 3;
        let (b, f, at) = (self.imm(self.base as i64 + from as i64), self.imm(fl as i64), self.imm(ip as i64 + 3));
        let r = self.call_word(self.h.call_comp, &[ctx, b, f, it, at]);
        self.stack = saved;
        self.drop_temps();
        self.pop_drop(n);
        self.stack.push(Av::Owned(r));
        3
    }
}
