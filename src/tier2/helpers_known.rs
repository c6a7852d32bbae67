//! Helpers of the known-callee sites that are not CALLs of the callee
//! itself (`translate_known_class`, `translate_known_dunder`; a child
//! module of `helpers`, whose conventions hold): the allocation and
//! `__init__` of a known class, the error of an `__init__` that returned
//! something else than None, and the rest of an operator protocol after
//! the left operand's dunder gave NotImplemented.

use std::ffi::c_void;

use super::calls::before_call;
use super::*;

/// A new instance of class `cls` (a plain class: the site's guards held),
/// not initialized yet. Never fails.
pub(super) extern "C" fn h_new_instance(_ctx: *mut c_void, cls: u64) -> u64 {
    crate::tier2::fastcall::alloc_instance(&b(cls)).into_raw()
}

/// `init(obj, *args)` at a known-class site (CALL at `ip`): the new
/// instance `obj` in slot `base` (in place of the NULL), the class after
/// it and the `argc` arguments from slot `base + 2`, all borrowed; `init`
/// (borrowed: its class holds it) straight into its compiled code through
/// the site's cache `site` (a `calls::DirectSite` of the running code)
/// when it has some, else through the general call path. The result is
/// `__init__`'s (the compiled code checks it is None).
pub(super) extern "C" fn h_call_init(ctx: *mut c_void, init: u64, base: i64, argc: i64, ip: i64, site: i64) -> u64 {
    let c = cx(ctx);
    let vm = before_call(c, ip);
    let (obj, first) = (own(c.slot(base as u32)), base as u32 + 2);
    // SAFETY: `site` is the address of a `DirectSite` owned by the
    // `Compiled` whose code is running (it outlives this call).
    let site = unsafe { &*(site as *const crate::tier2::calls::DirectSite) };
    let arg = |i: usize| if i == 0 { obj.clone() } else { own(c.slot(first + i as u32 - 1)) };
    let mut native = false;
    let r = match crate::tier2::calls::call_at_site(vm, site, own(init), argc as usize + 1, arg, &mut native) {
        Ok(r) => {
            if native {
                let code = c.frame().code.clone();
                crate::tier2::upgrade_for_native_callee(vm, &code);
            }
            r
        }
        Err(func) => {
            let args: Vec<Value> = (0..argc as usize + 1).map(arg).collect();
            vm.call(&func, &args)
        }
    };
    crate::tier2::fastcall::note_instance_attrs(&vm.type_of(&obj), &obj);
    c.ret(r)
}

/// The TypeError of an `__init__` that returned `v` (borrowed), not None.
/// Always fails.
pub(super) extern "C" fn h_init_not_none(ctx: *mut c_void, v: u64) -> u64 {
    let c = cx(ctx);
    let e = crate::tier2::fastcall::init_not_none(c.vm(), &b(v));
    c.fail(e)
}

/// BINARY_OP `arg` of `a` and `b` (borrowed) after `a`'s own dunder gave
/// NotImplemented: `b`'s reflected dunder and the fallbacks
/// (`Vm::binary_op_after_left`).
pub(super) extern "C" fn h_binary_op_rest(ctx: *mut c_void, a: u64, x: u64, arg: i64) -> u64 {
    let c = cx(ctx);
    let (op, inplace) = crate::bytecode::BinaryOp::from_arg(arg as u32).expect("valid BINARY_OP arg");
    let r = c.vm().binary_op_after_left(&b(a), &b(x), op, inplace);
    c.ret(r)
}
