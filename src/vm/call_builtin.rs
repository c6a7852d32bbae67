//! CALL_BUILTIN: a CALL site whose callable is a builtin function or an
//! unbound builtin method descriptor (`s.add(x)` after LOAD_METHOD,
//! `abs(x)`) called with positional arguments only. The site caches the
//! native function pointer and the stack layout; the guard re-checks that
//! the callable slot holds a builtin with that very function and no bound
//! `self`, then calls it on the stack slice (no lookups, no `Vec`).
//! Anything else (another callable, a bound method, a frame-aware builtin
//! such as `locals`) backs the site off to the generic CALL.

use std::mem::ManuallyDrop;

use crate::bytecode::{InlineCache, Instr, Op};
use crate::error::{PyErr, PyResult};
use crate::object::exception::type_error;
use crate::object::*;

use super::frame::Frame;
use super::specialize::back_off;
use super::Vm;

/// `InlineCache::index` of a site called as `[callable, self, args...]`
/// (a method found by LOAD_METHOD).
const METHOD_LAYOUT: u32 = 0;
/// `InlineCache::index` of a site called as `[NULL, callable, args...]`.
const NULL_LAYOUT: u32 = 1;
/// `InlineCache::index` of a site calling a builtin class as
/// `[NULL, cls, args...]` (`enumerate(x)`, `set()`): `key` is the class,
/// `value` its builtin `__new__` (whose function takes `[cls, args...]`).
const TYPE_LAYOUT: u32 = 2;

/// Whether `b` is one of the builtins that read their caller's frame
/// (`globals`, `locals`, `vars`, `dir`, `exec`, `eval`; they need the
/// generic path, which passes the frame).
#[inline(always)]
pub fn is_frame_builtin(b: &BuiltinData) -> bool {
    b.owner.is_empty() && matches!(b.name, "globals" | "locals" | "vars" | "dir" | "exec" | "eval")
}

/// The error CPython raises for an unbound builtin method descriptor
/// called with no positional argument (`range.__len__()`, `list.append()`):
/// slot wrappers name the descriptor, plain methods the unbound method.
pub fn missing_self(b: &BuiltinData, npos: usize) -> Option<PyErr> {
    if b.kind != BuiltinKind::Method || b.self_.is_some() || npos > 0 {
        return None;
    }
    let n = b.name;
    let plain_method = !(n.starts_with("__") && n.ends_with("__"))
        || matches!(
            n,
            "__format__" | "__reduce__" | "__reduce_ex__" | "__sizeof__" | "__dir__" | "__getstate__" | "__setstate__"
                | "__getnewargs__" | "__getnewargs_ex__" | "__reversed__" | "__length_hint__" | "__round__" | "__trunc__"
                | "__floor__" | "__ceil__" | "__copy__" | "__deepcopy__" | "__enter__" | "__exit__" | "__complex__"
                | "__bytes__" | "__index__" | "__class_getitem__" | "__subclasses__" | "__instancecheck__" | "__subclasscheck__"
        );
    Some(type_error(if plain_method {
        format!("unbound method {}.{}() needs an argument", b.owner, n)
    } else {
        format!("descriptor '{}' of '{}' object needs an argument", n, b.owner)
    }))
}

/// The native function a CALL_BUILTIN site may call for `argc` arguments
/// on `f`'s stack, or `None` when its guard fails.
#[inline(always)]
fn cached_native(f: &Frame, c: &InlineCache, argc: usize) -> Option<NativeFn> {
    let start = f.stack.len() - argc;
    let layout = c.index.get();
    if layout == TYPE_LAYOUT {
        if f.stack[start - 1].raw() != c.key.get() || !f.stack[start - 2].is(&t().null) {
            return None;
        }
        // `value` is the class's `__new__`, owned by its immutable namespace.
        let new = ManuallyDrop::new(Value::from_raw(c.value.get()));
        return new.downcast::<BuiltinData>().map(|b| b.func);
    }
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
        let layout = c.index.get();
        // METHOD_LAYOUT: `self` (slot base + 1) is the first argument;
        // TYPE_LAYOUT: the class is.
        let first = base + if layout == NULL_LAYOUT { 2 } else { 1 };
        let mut r = func(self, Args { all: &f.stack[first..], kwnames: &[] });
        if layout == TYPE_LAYOUT {
            if let Ok(obj) = r {
                // An instance of exactly the class is done; anything else
                // finishes as `type.__call__` would.
                r = if self.type_of(&obj).raw() == c.key.get() {
                    Ok(obj)
                } else {
                    self.builtin_type_after_new(&f.stack[first..], obj)
                };
            }
        }
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
        if layout == NULL_LAYOUT && f.stack[start - 1].downcast::<TypeData>().is_some() {
            let cls = f.stack[start - 1].clone();
            match self.builtin_type_new(&cls) {
                Some((new, _, false)) => {
                    c.index.set(TYPE_LAYOUT);
                    c.key.set(cls.raw());
                    c.value.set(new.raw());
                    instr.op.set(Op::CallBuiltin);
                }
                _ => back_off(instr, c),
            }
            return;
        }
        match f.stack[start - 2 + layout as usize].downcast::<BuiltinData>() {
            Some(b) if b.self_.is_none() && !is_frame_builtin(b) && missing_self(b, argc + (layout == METHOD_LAYOUT) as usize).is_none() => {
                c.index.set(layout);
                c.value.set(b.func as usize as u64);
                instr.op.set(Op::CallBuiltin);
            }
            _ => back_off(instr, c),
        }
    }
}
