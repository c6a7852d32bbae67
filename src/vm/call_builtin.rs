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

/// The error CPython raises before running builtin `b` on `args` (`self`
/// first when `b` is an unbound method; the last `nkw` are keyword
/// values), or `None`: an unbound method given no `self` or (unless
/// `self_checked`: LOAD_METHOD found it on the object's own type) a `self`
/// of another type; a slot wrapper given keywords or the wrong number of
/// arguments.
#[inline]
pub fn call_error(vm: &Vm, b: &BuiltinData, args: &[Value], nkw: usize, self_checked: bool) -> Option<PyErr> {
    let unbound = b.kind == BuiltinKind::Method && b.self_.is_none();
    if !unbound || self_checked {
        let given = args.len() - unbound as usize;
        match b.sig {
            Sig::Native => return None,
            Sig::NoArgs | Sig::Exact(0) if given == 0 => return None,
            Sig::OneArg | Sig::Exact(1) if given == 1 && nkw == 0 => return None,
            _ => {}
        }
    }
    call_error_slow(vm, b, args, nkw, unbound, self_checked)
}

/// The type part of builtin method `b`'s `__qualname__`: the owner of an
/// unbound method; for a bound one, as CPython's `meth_get__qualname__`,
/// its `self` if that is a class, else the class of its `self`
/// (`(0).__dir__.__qualname__` is `int.__dir__`).
pub fn method_owner_name(vm: &Vm, b: &BuiltinData) -> String {
    match &b.self_ {
        Some(s) if s.downcast::<TypeData>().is_some() => type_qualname(s),
        Some(s) => type_qualname(&vm.type_of(s)),
        None => b.owner.to_string(),
    }
}

fn type_qualname(ty: &Value) -> String {
    ty.downcast::<TypeData>().map_or_else(String::new, |td| td.qualname.borrow().to_string())
}

#[cold]
fn call_error_slow(vm: &Vm, b: &BuiltinData, args: &[Value], nkw: usize, unbound: bool, self_checked: bool) -> Option<PyErr> {
    let wrapper = b.sig.is_wrapper();
    let npos = args.len() - nkw;
    let owner_name = || b.owner_ty.as_ref().map_or_else(|| b.owner.to_string(), |ty| vm.tp_name(ty));
    if unbound && npos == 0 {
        return Some(type_error(if wrapper {
            format!("descriptor '{}' of '{}' object needs an argument", b.name, owner_name())
        } else {
            format!("unbound method {}.{}() needs an argument", b.owner, b.name)
        }));
    }
    if unbound && !self_checked {
        if let Some(ty) = &b.owner_ty {
            let st = vm.type_of(&args[0]);
            if !st.is(ty) && !vm.is_subtype(&st, ty) {
                let got = vm.tp_name(&st);
                return Some(type_error(if wrapper {
                    format!("descriptor '{}' requires a '{}' object but received a '{got}'", b.name, owner_name())
                } else {
                    format!("descriptor '{}' for '{}' objects doesn't apply to a '{got}' object", b.name, owner_name())
                }));
            }
        }
    }
    if nkw > 0 && matches!(b.sig, Sig::NoArgs | Sig::OneArg) {
        return Some(type_error(format!("{}.{}() takes no keyword arguments", method_owner_name(vm, b), b.name)));
    }
    if wrapper && nkw > 0 && b.sig != Sig::Any {
        return Some(type_error(format!("wrapper {}() takes no keyword arguments", b.name)));
    }
    let got = npos - unbound as usize;
    crate::object::slot_sig::arity_error(b.sig, got).map(|m| type_error(m.message(&method_owner_name(vm, b), b.name)))
}

/// The native function a CALL_BUILTIN site may call for `argc` arguments
/// on top of `stack`, or `None` when its guard fails.
#[inline(always)]
fn cached_native(stack: &[Value], c: &InlineCache, argc: usize) -> Option<NativeFn> {
    let start = stack.len() - argc;
    let layout = c.index.get();
    if layout == TYPE_LAYOUT {
        if stack[start - 1].raw() != c.key.get() || !stack[start - 2].is(&t().null) {
            return None;
        }
        // `value` is the class's `__new__`, owned by its immutable namespace.
        let new = ManuallyDrop::new(Value::from_raw(c.value.get()));
        return new.downcast::<BuiltinData>().map(|b| b.func);
    }
    let b = stack[start - 2 + layout as usize].downcast::<BuiltinData>()?;
    if b.func as usize as u64 != c.value.get() || b.self_.is_some() {
        return None;
    }
    if layout == NULL_LAYOUT && !stack[start - 2].is(&t().null) {
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
        let r = self.call_builtin_on(&f.stack, c, argc)?;
        f.stack.truncate(f.stack.len() - argc - 2);
        Some(r)
    }

    /// The call of `call_builtin_cached` on the top `argc + 2` entries of
    /// `stack` (the callable's layout, then the arguments), which stay
    /// where they are (the JIT calls it on its slots).
    #[inline(always)]
    pub fn call_builtin_on(&mut self, stack: &[Value], c: &InlineCache, argc: usize) -> Option<PyResult<Value>> {
        let func = cached_native(stack, c, argc)?;
        let base = stack.len() - argc - 2;
        let layout = c.index.get();
        // METHOD_LAYOUT: `self` (slot base + 1) is the first argument;
        // TYPE_LAYOUT: the class is.
        let first = base + if layout == NULL_LAYOUT { 2 } else { 1 };
        let mut r = func(self, Args { all: &stack[first..], kwnames: &[] });
        if layout == TYPE_LAYOUT {
            if let Ok(obj) = r {
                // An instance of exactly the class is done; anything else
                // finishes as `type.__call__` would.
                r = if self.type_of(&obj).raw() == c.key.get() {
                    Ok(obj)
                } else {
                    self.builtin_type_after_new(&stack[first..], obj)
                };
            }
        }
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
            // An unbound method called as `list.append(x, v)` would need
            // its `self` checked per call: those stay generic.
            Some(b)
                if b.self_.is_none()
                    && !is_frame_builtin(b)
                    && !(layout == NULL_LAYOUT && b.kind == BuiltinKind::Method)
                    && call_error(self, b, &f.stack[start - 1 + layout as usize..], 0, true).is_none() =>
            {
                c.index.set(layout);
                c.value.set(b.func as usize as u64);
                instr.op.set(Op::CallBuiltin);
            }
            _ => back_off(instr, c),
        }
    }
}
