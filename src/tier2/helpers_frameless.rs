//! Frame-free attribute helpers: the slow paths of LOAD_ATTR, LOAD_METHOD
//! and STORE_ATTR in code translated to run natively
//! (`translate::Options::frameless`), which has no `Frame` to give a helper.
//! Each runs only the interpreter's specialized lookups (which run no Python
//! code and raise nothing: an instance's inline attributes on another shape
//! or subclass, a cached method, a module's attribute) for the code passed
//! in (`code`, alive while its compiled code runs) and otherwise returns
//! `PENDING_WORD`, on which the code leaves before the instruction and the
//! interpreter runs it (a hot such exit recompiles the code with the frame
//! helper there: `translate::SpecSite::Frameless`).
//!
//! They use only the context's VM, never its frame or slots, so code calling
//! them may still run natively (`calls::frame_free`).

use std::ffi::c_void;

use super::helpers::{b, cx, name_at, own};
use super::layout::PENDING_WORD;
use crate::bytecode::{Code, Op};
use crate::vm::specialize;

fn code_at<'a>(code: i64) -> &'a Code {
    // SAFETY: compiled code passes the address of the `Code` it was
    // translated from, which its function keeps alive while it runs.
    unsafe { &*(code as *const Code) }
}

/// LOAD_ATTR `arg` at `ip` of `code` on `obj` (borrowed): the attribute
/// (owned), or `PENDING_WORD`.
pub(super) extern "C" fn h_load_attr_nf(ctx: *mut c_void, obj: u64, arg: i64, ip: i64, code: i64) -> u64 {
    let c = cx(ctx);
    let (vm, code) = (c.vm(), code_at(code));
    let (instr, cache) = (&code.instrs[ip as usize], &vm.caches(code)[ip as usize]);
    let o = b(obj);
    let v = match instr.op.get() {
        Op::LoadAttrInstance => vm.load_attr_instance_any(&o, cache, name_at(vm, code, arg)),
        Op::LoadAttrModule => specialize::load_attr_module(&o, cache),
        _ => None,
    };
    v.map_or(PENDING_WORD, |v| v.into_raw())
}

/// LOAD_METHOD `arg` at `ip` of `code` on `obj` (borrowed), while the
/// instruction is LOAD_METHOD_CACHED: the method (owned; `self` is `obj`),
/// or `PENDING_WORD`.
pub(super) extern "C" fn h_load_method_nf(ctx: *mut c_void, obj: u64, arg: i64, ip: i64, code: i64) -> u64 {
    let c = cx(ctx);
    let (vm, code) = (c.vm(), code_at(code));
    let (instr, cache) = (&code.instrs[ip as usize], &vm.caches(code)[ip as usize]);
    if instr.op.get() != Op::LoadMethodCached {
        return PENDING_WORD;
    }
    vm.load_method_cached_any(&b(obj), cache, name_at(vm, code, arg)).map_or(PENDING_WORD, |m| m.into_raw())
}

/// STORE_ATTR `arg` at `ip` of `code`: `obj.name = v` (both borrowed):
/// 1, or `PENDING_WORD` (nothing stored).
pub(super) extern "C" fn h_store_attr_nf(ctx: *mut c_void, obj: u64, arg: i64, v: u64, ip: i64, code: i64) -> u64 {
    let c = cx(ctx);
    let (vm, code) = (c.vm(), code_at(code));
    let (instr, cache) = (&code.instrs[ip as usize], &vm.caches(code)[ip as usize]);
    if instr.op.get() != Op::StoreAttrInstance {
        return PENDING_WORD;
    }
    match vm.store_attr_instance_any(&b(obj), cache, name_at(vm, code, arg), own(v)) {
        Ok(()) => 1,
        Err(_) => PENDING_WORD,
    }
}

/// Whether LOAD_METHOD at `ip` is of a form `h_load_method_nf` serves.
pub(super) fn method_form(code: &Code, ip: usize) -> bool {
    code.instrs[ip].op.get() == Op::LoadMethodCached
}

/// Whether LOAD_ATTR at `ip` is of a form `h_load_attr_nf` serves.
pub(super) fn attr_form(code: &Code, ip: usize) -> bool {
    matches!(code.instrs[ip].op.get(), Op::LoadAttrInstance | Op::LoadAttrModule)
}

/// Whether STORE_ATTR at `ip` is of a form `h_store_attr_nf` serves.
pub(super) fn store_form(code: &Code, ip: usize) -> bool {
    code.instrs[ip].op.get() == Op::StoreAttrInstance
}


/// Truth of `v` (borrowed) when it runs no Python code: 0 or 1, else 2 (an
/// instance of a user class with `__bool__` or `__len__`: the code leaves
/// before the instruction). Builtin types answer themselves.
pub(super) extern "C" fn h_truthy_nf(ctx: *mut c_void, v: u64) -> u64 {
    let c = cx(ctx);
    let vm = c.vm();
    let o = b(v);
    let user = o.as_header().is_some_and(|h| h.type_data().has_flag(crate::object::typeobj::tflags::HEAPTYPE));
    if user && (vm.lookup_special(&o, "__bool__").is_some() || vm.lookup_special(&o, "__len__").is_some()) {
        return TRUTH_PENDING;
    }
    match vm.truthy(&o) {
        Ok(t) => t as u64,
        Err(e) => c.fail(e),
    }
}

/// What `h_truthy_nf` returns when the interpreter must decide.
pub(super) const TRUTH_PENDING: u64 = 2;
