//! The CALL helpers of compiled code (a child module of `helpers`, whose
//! conventions hold): the generic call from the spilled slots, calls at
//! direct sites of known functions, builtin calls through the interpreter's
//! CALL_BUILTIN cache, and the finishing of a native callee that left its
//! compiled code.

use std::ffi::c_void;

use super::*;

/// CALL / CALL_KW: the callable-or-NULL, callable-or-self and `argc`
/// arguments are in slots `base..`; `names` is the keyword-names tuple or 0.
pub(super) extern "C" fn h_call(ctx: *mut c_void, base: i64, argc: i64, names: u64, ip: i64) -> u64 {
    let c = cx(ctx);
    let vm = before_call(c, ip);
    // A plain call of a compiled Python function: straight into its code.
    // (After LOAD_METHOD the method sits first and `self` is argument 0.)
    if names == 0 {
        let (callee, first, n) = if c.slot(base as u32) == t().null.raw() {
            (b(c.slot(base as u32 + 1)), base as u32 + 2, argc as usize)
        } else {
            (b(c.slot(base as u32)), base as u32 + 1, argc as usize + 1)
        };
        if let Some(r) = crate::tier2::call_direct(vm, &callee, n, |i| own(c.slot(first + i as u32))) {
            return c.ret(r);
        }
        // `C(args)` of a plain class: allocation plus a direct `__init__`
        // (found through the interpreter's CALL_PY_INIT cache when it holds).
        let code = &*c.frame().code;
        let at = ip as usize;
        if let Some(r) = crate::tier2::fastcall::call_init_cached(vm, &callee, &code.instrs[at], &vm.caches(code)[at], n, |i| own(c.slot(first + i as u32))) {
            return c.ret(r);
        }
        if let Some(r) = crate::tier2::fastcall::call_plain_class(vm, &callee, n, |i| own(c.slot(first + i as u32))) {
            return c.ret(r);
        }
    }
    call_general(c, base, argc, names)
}

/// CALL at a site compiled for a known plain Python function
/// (`translate_ops`), with the callee slot holding a word equal to that
/// function's (the function is not kept alive, so the callee is checked
/// again): slot `base + 1` after the NULL at `base`, the `argc` arguments
/// at slot `base + 2`; or a method at `base` (`translate_methods`), `self`
/// and the `argc` other arguments from slot `base + 1`. The arguments go
/// straight into its compiled code when it has some (found through the
/// site's cache `site`, a `calls::DirectSite` of the running code), else
/// through the general call path. The callee's and the arguments'
/// references are taken over (the compiled caller gave them up): they end
/// in the callee's frame or are dropped here.
pub(super) extern "C" fn h_call_known(ctx: *mut c_void, base: i64, argc: i64, ip: i64, site: i64) -> u64 {
    let c = cx(ctx);
    let vm = before_call(c, ip);
    let (at, n) = if c.slot(base as u32) == t().null.raw() { (base as u32 + 1, argc as usize) } else { (base as u32, argc as usize + 1) };
    let first = at + 1;
    // SAFETY: `site` is the address of a `DirectSite` owned by the
    // `Compiled` whose code is running (it outlives this call).
    let site = unsafe { &*(site as *const crate::tier2::calls::DirectSite) };
    let func = Value::from_raw(c.slot(at));
    let mut native = false;
    let r = match crate::tier2::calls::call_at_site(vm, site, func, n, |i| Value::from_raw(c.slot(first + i as u32)), &mut native) {
        Ok(r) => {
            if native {
                let code = c.frame().code.clone();
                crate::tier2::upgrade_for_native_callee(vm, &code);
            }
            r
        }
        // Not taken: the general path takes the references over from the
        // slots (`func` is the callee slot's reference, given back; a
        // NULL is immortal).
        Err(func) => {
            std::mem::forget(func);
            return call_from_slots(c, base, argc, 0, Value::from_raw);
        }
    };
    c.ret(r)
}

/// A native call (`translate_native`) at `ip` whose callee left its code
/// through an exit: raw status `raw`, slot array at `area` (the caller's
/// stack area), callee function `func` (the reference is taken), entry
/// `compiled` (an `Rc<Compiled>` alive while the caller's code runs,
/// borrowed). The callee's frame is made and finished by the interpreter
/// (`calls::native_exit`); the result is the call's, or `PENDING_WORD` when
/// the caller runs natively itself and must leave too.
pub(super) extern "C" fn h_native_exit(ctx: *mut c_void, area: i64, raw: i64, func: u64, compiled: i64, ip: i64) -> u64 {
    let c = cx(ctx);
    // A failed helper of the callee (it ran on this context) left its
    // exception here.
    let err = c.err.take();
    if c.vm().depth == c.depth {
        // The caller runs on the context's frame; the callee may look at
        // its caller's line (`sys._getframe`).
        c.frame().lasti = ip as usize;
    }
    // SAFETY: `compiled` is `Rc::as_ptr` of an entry the running code's
    // `Compiled::native_callees` holds or of the running code's own
    // `Compiled` (alive for this call); the view gives up no count
    // (`ManuallyDrop`).
    let entry = ManuallyDrop::new(unsafe { std::rc::Rc::from_raw(compiled as *const crate::tier2::Compiled) });
    // SAFETY: compiled code passes the stack area its callee ran on, sized
    // for the callee's code (`frame_words`), with the exit just left there.
    match unsafe { crate::tier2::calls::native_exit(c, area as *const u64, raw as u64, Value::from_raw(func), &entry, err) } {
        Some(r) => c.ret(r),
        None => crate::tier2::layout::PENDING_WORD,
    }
}

/// CALL at a site the interpreter made CALL_BUILTIN (positional arguments
/// only, callable, self/NULL and `argc` arguments at slot `base`, all
/// borrowed): the cached native function is called on the slots themselves
/// under the interpreter's own guard (`Vm::call_builtin_on`); when the site
/// was since backed off or the guard fails, the general call path.
pub(super) extern "C" fn h_call_builtin(ctx: *mut c_void, base: i64, argc: i64, ip: i64) -> u64 {
    let c = cx(ctx);
    let vm = before_call(c, ip);
    let code = c.frame().code.clone();
    if code.instrs[ip as usize].op.get() == Op::CallBuiltin {
        // SAFETY: slots `base..base + argc + 2` hold the spilled Value words
        // (the compiled code keeps their references while the call runs),
        // and `Value` is one transparent word.
        let stack = unsafe { std::slice::from_raw_parts(c.slots.add(base as usize).cast::<Value>(), argc as usize + 2) };
        if let Some(r) = vm.call_builtin_on(stack, &code.inline_caches()[ip as usize], argc as usize) {
            return c.ret(r);
        }
    }
    call_general(c, base, argc, 0)
}

/// What every call from compiled code does first (the call is at `ip`).
#[inline(always)]
pub(crate) fn before_call<'a>(c: &JitCtx, ip: i64) -> &'a mut Vm {
    let vm = c.vm();
    // The callee may look at its caller's line (`sys._getframe`, warnings).
    c.frame().lasti = ip as usize;
    // A call is a safe point: run the `__del__` methods of objects freed so
    // far, as the interpreter does between instructions.
    if crate::object::header::has_pending_finalizers() {
        vm.run_finalizers();
    }
    vm
}

/// The general CALL path: callable, self/NULL and `argc` arguments at slot
/// `base`, keyword names `names` (a tuple word, or 0).
pub(super) fn call_general(c: &mut JitCtx, base: i64, argc: i64, names: u64) -> u64 {
    call_from_slots(c, base, argc, names, own)
}

/// `call_general` with the slot words made Values by `entry`: `own` (the
/// compiled code keeps its references) or `Value::from_raw` (it gave them
/// up).
pub(super) fn call_from_slots(c: &mut JitCtx, base: i64, argc: i64, names: u64, entry: fn(u64) -> Value) -> u64 {
    let (vm, f) = (c.vm(), c.frame());
    debug_assert!(f.stack.is_empty());
    for i in 0..argc as u32 + 2 {
        f.stack.push(entry(c.slot(base as u32 + i)));
    }
    let kw = if names == 0 { None } else { Some(own(names)) };
    let r = vm.call_from_stack(f, argc as usize, kw);
    f.stack.clear();
    c.ret(r)
}
