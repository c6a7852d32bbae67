//! CALL_BUILTIN: a CALL site whose callable is a builtin function or an
//! unbound builtin method descriptor (`s.add(x)` after LOAD_METHOD,
//! `abs(x)`) called with positional arguments only. The site caches the
//! native function pointer and the stack layout; the guard re-checks that
//! the callable slot holds a builtin with that very function and no bound
//! `self`, then calls it on the stack slice (no lookups, no `Vec`).
//! Anything else (another callable, a bound method, a frame-aware builtin
//! such as `locals`) backs the site off to the generic CALL.

use crate::bytecode::{InlineCache, Instr, Op};
use crate::error::PyResult;
use crate::object::*;

use super::frame::Frame;
use super::specialize::back_off;
use super::Vm;

/// `InlineCache::index` of a site called as `[callable, self, args...]`
/// (a method found by LOAD_METHOD).
const METHOD_LAYOUT: u32 = 0;
/// `InlineCache::index` of a site called as `[NULL, callable, args...]`.
const NULL_LAYOUT: u32 = 1;

/// Whether `b` is one of the builtins that read their caller's frame
/// (`globals`, `locals`, `vars`, `dir`, `exec`, `eval`; they need the
/// generic path, which passes the frame).
#[inline(always)]
pub fn is_frame_builtin(b: &BuiltinData) -> bool {
    b.owner.is_empty() && matches!(b.name, "globals" | "locals" | "vars" | "dir" | "exec" | "eval")
}

/// The native function a CALL_BUILTIN site may call for `argc` arguments
/// on `f`'s stack, or `None` when its guard fails.
#[inline(always)]
fn cached_native(f: &Frame, c: &InlineCache, argc: usize) -> Option<NativeFn> {
    let start = f.stack.len() - argc;
    let layout = c.index.get();
    let b = f.stack[start - 2 + layout as usize].downcast::<BuiltinData>()?;
    if b.func as usize as u64 != c.value.get() || b.self_.is_some() {
        return None;
    }
    if layout == NULL_LAYOUT && !f.stack[start - 2].is(&t().null) {
        return None;
    }
    Some(b.func)
}

impl Vm {
    /// CALL_BUILTIN: `Some(result)` after calling the cached native function
    /// (the callable, `self` and arguments are popped); `None` when the
    /// guard fails (nothing was done).
    #[inline(always)]
    pub fn call_builtin_cached(&mut self, f: &mut Frame, c: &InlineCache, argc: usize) -> Option<PyResult<Value>> {
        let func = cached_native(f, c, argc)?;
        let base = f.stack.len() - argc - 2;
        // METHOD_LAYOUT: `self` (slot base + 1) is the first argument.
        let first = base + 1 + c.index.get() as usize;
        let r = func(self, Args { all: &f.stack[first..], kwnames: &[] });
        f.stack.truncate(base);
        Some(r)
    }

    /// At a generic CALL about to call a builtin (`Vm::calls_builtin`):
    /// makes the site CALL_BUILTIN when the callable is an unbound builtin
    /// that needs no frame, backs it off otherwise.
    #[cold]
    pub fn specialize_call_builtin(&mut self, instr: &Instr, c: &InlineCache, f: &Frame, argc: usize) {
        let start = f.stack.len() - argc;
        let layout = if f.stack[start - 2].is(&t().null) { NULL_LAYOUT } else { METHOD_LAYOUT };
        match f.stack[start - 2 + layout as usize].downcast::<BuiltinData>() {
            Some(b) if b.self_.is_none() && !is_frame_builtin(b) => {
                c.index.set(layout);
                c.value.set(b.func as usize as u64);
                instr.op.set(Op::CallBuiltin);
            }
            _ => back_off(instr, c),
        }
    }
}
