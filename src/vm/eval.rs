//! The eval loop: runs a `Frame` until it returns or yields.
//!
//! Each arm is short; the work lives in the `Vm` methods of the sibling
//! modules. `frame.lasti` is set before every instruction, so any error is
//! attributed to the right line. Errors unwind through the code's
//! exception table (`handle_error`); an unhandled one leaves the frame with
//! a traceback entry added.
//!
//! Calls of plain Python functions (and `__init__` of plain classes) do
//! not recurse: the callee frame is pushed on the invocation's stack of
//! inlined frames and the loop switches to it (`vm/inline_call.rs`);
//! RETURN_VALUE pops it and continues the caller, and an unhandled error
//! leaves it with its traceback entry and continues unwinding in the caller
//! at its CALL (`interpret_frame`).
//!
//! Quickening: generic instructions with an inline cache try to rewrite
//! themselves into specialized forms (`vm/specialize.rs`); a specialized
//! arm whose guard fails backs off and re-runs the instruction generically
//! (`ip = cur`), so it never computes anything the generic form would not.

use crate::bytecode::{BinaryOp, CompareOp, Op};
use crate::error::{PyErr, PyResult};
use crate::object::header::has_pending_finalizers;
use crate::object::*;

use super::fastpaths::{self, compare_f64, compare_i64};
use super::frame::Frame;
use super::inline_call::{binop_marker, InlinedFrames};
use super::names::unbound_local;
use crate::tier2::Entered;
use super::specialize::{back_off, compare_op_form, float_operands, for_iter_form, is_exact, load_attr_hit, load_attr_module, load_method_hit, should_specialize, specialize_to, store_attr_hit, subscr_form};
use super::Vm;

/// How a frame stopped running.
pub enum FrameExit {
    /// `return` (or the end of a module / class body).
    Return(Value),
    /// `yield`: the frame is suspended at `frame.ip`.
    Yield(Value),
}

impl Vm {
    /// Runs the innermost frame (the last of `inl`, else `base`) from its
    /// `ip` until `base` returns or yields, or an error leaves the innermost
    /// frame's current instruction.
    pub(super) fn eval(&mut self, base: &mut Frame, inl: &mut InlinedFrames) -> PyResult<FrameExit> {
        // The running frame is reached through a pointer (`top_ptr`) that
        // does not borrow `inl`, so calls can push callees on `inl` while
        // the caller is in use; boxed frames do not move while live, and
        // `f` is re-pointed at every frame switch.
        let base: *mut Frame = base;
        // SAFETY: see above.
        let mut f: &mut Frame = unsafe { &mut *inl.top_ptr(base) };
        f.ensure_stack_room();
        let mut code = running_code(f);
        let mut consts = self.const_values(code);
        let mut nconsts = code.consts.len();
        let mut caches = self.caches(code);
        let mut instrs = &code.instrs[..];
        // `ip` lives in a register; the frame's copy is written back where
        // it is read: at a yield (resumption point) and when a call switches
        // frames. Errors are attributed through `f.lasti`, stored before
        // each instruction runs.
        let mut ip = f.ip;
        let reg = t();
        // The instruction being run; after a frame switch, the new current
        // frame's `lasti` (so the safe point below leaves it unchanged).
        let mut cur: usize;
        // Makes the innermost frame current: its code, constants, caches
        // and instruction pointer.
        macro_rules! switch_frame {
            // To a callee just pushed on `inl` (`$p`, its frame), at its
            // start.
            (callee $p:expr) => {
                switch_frame!(enter $p);
                ip = 0;
                cur = 0;
            };
            // Back to a caller, suspended at its CALL: its stack buffer has
            // been left alone (compiled code only ran callees), so the room
            // made when it started running is still there, and its
            // constants and caches were made when it started.
            (ret) => {
                // SAFETY: see `f`'s definition.
                f = unsafe { &mut *inl.top_ptr(base) };
                code = running_code(f);
                // SAFETY: see above.
                (consts, caches) = unsafe { (&**code.const_values.get().unwrap_unchecked(), &**code.caches.get().unwrap_unchecked()) };
                switch_frame!(code);
                ip = f.ip;
                cur = f.lasti;
            };
            // To a generator frame just pushed on `inl` (`$p`), at its
            // resumption point.
            (resume $p:expr) => {
                switch_frame!(enter $p);
                ip = f.ip;
            };
            // The frame `$p` just pushed on `inl` becomes current, with
            // room on its stack, its constants and caches.
            (enter $p:expr) => {
                // SAFETY: see `f`'s definition.
                f = unsafe { &mut *$p };
                f.ensure_stack_room();
                code = running_code(f);
                consts = self.const_values(code);
                caches = self.caches(code);
                switch_frame!(code);
            };
            (code) => {
                nconsts = code.consts.len();
                instrs = &code.instrs[..];
            };
        }
        // Returns `$v` from the current frame: an inlined frame is popped
        // and its caller continues with `$v` pushed.
        macro_rules! return_value {
            ($v:expr) => {{
                let v = $v;
                match inl.pop() {
                    Some((done, None)) => {
                        self.leave_py_call(done);
                        switch_frame!(ret);
                        f.push_in_room(v);
                    }
                    // A BINARY_OP_PY dunder returned: NotImplemented goes
                    // on with the operator protocol (errors are raised at
                    // the caller's BINARY_OP).
                    Some((done, Some(m))) if m.is(binop_marker()) => {
                        self.leave_py_call(done);
                        switch_frame!(ret);
                        let (a, b, arg) = self.binop_pending.pop().expect("BINARY_OP_PY operands");
                        let v = if v.is(&reg.not_implemented) {
                            let (op, inplace) = BinaryOp::from_arg(arg).expect("valid BINARY_OP arg");
                            self.binary_op_after_left(&a, &b, op, inplace)?
                        } else {
                            v
                        };
                        // Left operand first, as CPython (`__del__` sees it).
                        drop(a);
                        drop(b);
                        f.push_in_room(v);
                    }
                    // An inlined generator returned: its resumer's FOR_ITER
                    // ends the loop, its SEND pushes the value and jumps.
                    Some((_, Some(g))) if super::gen_inline::resumed_gen(&g).is_some() => {
                        self.finish_gen_inline(inl, &g, None);
                        // SAFETY: see `f`'s definition.
                        let caller = unsafe { &mut *inl.top_ptr(base) };
                        let at = &caller.code.instrs[caller.lasti];
                        let send = at.op.get() == Op::Send;
                        caller.ip = at.arg as usize;
                        switch_frame!(ret);
                        f.pop_in_eval();
                        if send {
                            f.push_in_room(v);
                        }
                    }
                    // `__init__` returned: the call's result is the instance.
                    Some((done, Some(obj))) => {
                        self.leave_py_call(done);
                        switch_frame!(ret);
                        if !self.is_none(&v) {
                            return Err(crate::object::exception::type_error(format!("__init__() should return None, not '{}'", self.type_name(&v))));
                        }
                        f.push_in_room(obj);
                    }
                    None => return Ok(FrameExit::Return(v)),
                }
            }};
        }
        // Yields `$v` from the current frame (suspended at `f.ip`): an
        // inlined generator frame goes back to its generator and its
        // resumer continues with `$v` pushed (FOR_ITER's item, SEND's
        // yielded value). `YIELD_VALUE`'s form skips the safe point when
        // nothing was dropped: the frame moved back to its generator (which
        // its resumer's stack keeps alive) and no handled exception was
        // swapped.
        macro_rules! yield_value {
            ($v:expr) => {{
                if yield_value!(swap $v) {
                    continue;
                }
            }};
            (swap $v:expr) => {{
                let v = $v;
                if inl.top_mut().is_none() {
                    return Ok(FrameExit::Yield(v));
                }
                let swapped = self.suspend_gen_inline(inl);
                switch_frame!(ret);
                f.push_in_room(v);
                !swapped
            }};
        }
        // Runs the callee frame `$p` that `enter_py_call` (`enter_init_call`,
        // ...) pushed on `inl`: enters compiled code at its start when there
        // is some, as `run_frame` does.
        macro_rules! run_callee {
            (at $p:expr) => {{
                let p: *mut Frame = $p;
                f.ip = ip;
                switch_frame!(callee p);
                if self.jit.enabled() {
                    match crate::tier2::enter(self, f, 0) {
                        Entered::No => {}
                        Entered::Deopt => {
                            f.ensure_stack_room();
                            ip = f.ip
                        }
                        Entered::Return(v) => return_value!(v),
                        Entered::Yield(_) => return Err(crate::object::exception::system_error("yield in a non-generator frame")),
                        Entered::Error(e) => return Err(e),
                    }
                }
            }};
        }
        if has_pending_finalizers() {
            self.run_finalizers();
        }
        loop {
            cur = ip;
            let instr = super::frame::fetch(instrs, cur);
            let arg = instr.arg;
            ip += 1;
            // `f.lasti` is stored by the arms that can raise, call out or
            // switch frames (`slow!`); the cheap arms below store it only on
            // their error path. Arms that cannot have dropped a reference or
            // allocated end with `continue`, skipping the safe point at the
            // bottom (finalizers, weak callbacks, the cycle collector).
            macro_rules! slow {
                () => {
                    f.lasti = cur
                };
                ($e:expr) => {{
                    f.lasti = cur;
                    $e
                }};
            }
            // FOR_ITER's generic step: the next item, or the iterator
            // popped and a jump past the loop.
            macro_rules! next_or_exit {
                () => {{
                    let it = f.top().clone();
                    match self.next(&it)? {
                        Some(v) => f.push_in_room(v),
                        None => {
                            f.pop_in_eval();
                            ip = arg as usize;
                        }
                    }
                }};
            }
            match instr.op.get() {
                Op::Nop => continue,
                Op::PopTop => {
                    if !f.pop_in_eval().is_ptr() {
                        continue;
                    }
                }
                Op::PushNull => {
                    f.push_in_room(reg.null.clone());
                    continue;
                }
                Op::Copy => {
                    // `obj[key] op= v`'s head, COPY 2; COPY 2; BINARY_SUBSCR
                    // specialized: `[obj, key]` becomes `[obj, key, item]`.
                    if arg == 2 && fastpaths::aug_subscr_head(reg, f, instrs, ip) {
                        ip += 2;
                        continue;
                    }
                    let v = f.peek(arg as usize).clone();
                    f.push_in_room(v);
                    continue;
                }
                Op::Swap => {
                    // Its tail, SWAP 3; SWAP 2; STORE_SUBSCR_LIST.
                    if arg == 3 {
                        match fastpaths::aug_subscr_tail(reg, f, instrs, ip) {
                            // Stored: the old item was dropped (safe point).
                            2 => ip += 2,
                            n => {
                                ip += n;
                                continue;
                            }
                        }
                    } else {
                        let n = f.stack.len();
                        f.stack.swap(n - 1, n - arg as usize);
                        continue;
                    }
                }
                Op::LoadConst => {
                    f.push_in_room(consts[arg as usize].clone());
                    continue;
                }
                Op::LoadFast => match &f.fast[arg as usize] {
                    Some(v) => {
                        let v = v.clone();
                        f.push_in_room(v);
                        continue;
                    }
                    None => {
                        slow!();
                        return Err(unbound_local(&code.varnames[arg as usize]));
                    }
                },
                // Superinstructions (`Code::fuse_superinstructions`): the
                // second instruction's argument is read in place, and an
                // error in it is attributed to it.
                Op::LoadFastLoadFast | Op::LoadFastLoadConst => {
                    // `local[const]` with the subscript already specialized
                    // to an exact list or tuple and a small int in range:
                    // the item straight away (three instructions at once).
                    // Likewise `local[local]`.
                    // (Code ends with a return: the third instruction exists.)
                    let third = super::frame::fetch(instrs, ip + 1).op.get();
                    if matches!(third, Op::BinarySubscrList | Op::BinarySubscrTuple) {
                        let arg2 = super::frame::fetch(instrs, ip).arg as usize;
                        let key = if instr.op.get() == Op::LoadFastLoadConst { Some(&consts[arg2]) } else { f.fast[arg2].as_ref() };
                        if let (Some(obj), Some(key)) = (f.fast[arg as usize].as_ref(), key) {
                            if let Some(v) = fastpaths::subscr_as(reg, third, obj, key) {
                                f.push_in_room(v);
                                ip += 2;
                                continue;
                            }
                        }
                    }
                    match &f.fast[arg as usize] {
                        Some(v) => {
                            let v = v.clone();
                            f.push_in_room(v)
                        }
                        None => {
                            slow!();
                            return Err(unbound_local(&code.varnames[arg as usize]));
                        }
                    }
                    let arg2 = super::frame::fetch(instrs, ip).arg as usize;
                    if instr.op.get() == Op::LoadFastLoadConst {
                        f.push_in_room(consts[arg2].clone());
                    } else {
                        match &f.fast[arg2] {
                            Some(v) => {
                                let v = v.clone();
                                f.push_in_room(v)
                            }
                            None => {
                                f.lasti = ip;
                                return Err(unbound_local(&code.varnames[arg2]));
                            }
                        }
                    }
                    ip += 1;
                    continue;
                }
                Op::StoreFastLoadFast => {
                    let v = f.pop_in_eval();
                    let old = f.fast[arg as usize].replace(v);
                    let arg2 = super::frame::fetch(instrs, ip).arg as usize;
                    match &f.fast[arg2] {
                        Some(v) => {
                            let v = v.clone();
                            f.push_in_room(v)
                        }
                        None => {
                            drop(old);
                            f.lasti = ip;
                            return Err(unbound_local(&code.varnames[arg2]));
                        }
                    }
                    ip += 1;
                    if !old.is_some_and(|o| o.is_ptr()) {
                        continue;
                    }
                }
                Op::StoreFast => {
                    let v = f.pop_in_eval();
                    if !f.fast[arg as usize].replace(v).is_some_and(|o| o.is_ptr()) {
                        continue;
                    }
                }
                Op::LoadDeref => {
                    slow!();
                    let cell = self.cell_at(f, arg);
                    match cell.downcast::<CellData>().and_then(|c| c.0.get()) {
                        Some(v) => f.push_in_room(v),
                        None => return Err(self.unbound_deref(code, arg as usize)),
                    }
                }
                Op::StoreDeref => {
                    slow!();
                    let v = f.pop_in_eval();
                    let cell = self.cell_at(f, arg);
                    cell.downcast::<CellData>().expect("cell").0.set(Some(v));
                }
                Op::LoadName => {
                    slow!();
                    let name = &consts[nconsts + arg as usize];
                    let v = self.load_name(f, name)?;
                    f.push_in_room(v);
                }
                Op::StoreName => {
                    slow!();
                    let name = consts[nconsts + arg as usize].clone();
                    let v = f.pop_in_eval();
                    let locals = f.locals.clone().expect("STORE_NAME needs locals");
                    self.mapping_set(&locals, name, v)?;
                }
                Op::LoadGlobal => {
                    slow!();
                    let name = &consts[nconsts + (arg >> 1) as usize];
                    if arg & 1 != 0 {
                        f.push_in_room(reg.null.clone());
                    }
                    let v = self.load_global_cached(f, name, &caches[cur])?;
                    f.push_in_room(v);
                }
                Op::StoreGlobal => {
                    slow!();
                    let v = f.pop_in_eval();
                    let name = consts[nconsts + arg as usize].clone();
                    f.globals.downcast::<DictData>().expect("globals").set_str(name, v);
                }
                Op::LoadAttr => {
                    slow!();
                    let name = &consts[nconsts + arg as usize];
                    let c = &caches[cur];
                    if should_specialize(c) {
                        self.specialize_load_attr(instr, c, f.top(), name);
                    }
                    let obj = f.pop_in_eval();
                    let v = self.getattr(&obj, name)?;
                    f.push_in_room(v);
                }
                Op::LoadAttrInstance => {
                    let c = &caches[cur];
                    // The hit cannot raise: `f.lasti` is only needed on the miss path.
                    let v = match load_attr_hit(f.top(), c) {
                        Some(v) => Some(v),
                        None => slow!(self.load_attr_instance_miss(f.top(), c, &consts[nconsts + arg as usize])),
                    };
                    match v {
                        Some(v) => drop(f.set_top(v)),
                        None => {
                            back_off(instr, c);
                            ip = cur;
                        }
                    }
                }
                Op::LoadAttrModule | Op::LoadMethodModule => {
                    slow!();
                    let c = &caches[cur];
                    match load_attr_module(f.top(), c) {
                        Some(v) if instr.op.get() == Op::LoadAttrModule => drop(f.set_top(v)),
                        Some(v) => {
                            drop(f.set_top(t().null.clone()));
                            f.push_in_room(v);
                        }
                        None => {
                            back_off(instr, c);
                            ip = cur;
                        }
                    }
                }
                Op::StoreAttr => {
                    slow!();
                    let name = &consts[nconsts + arg as usize];
                    let c = &caches[cur];
                    if should_specialize(c) {
                        self.specialize_store_attr(instr, c, f.top(), name);
                    }
                    let obj = f.pop_in_eval();
                    let v = f.pop_in_eval();
                    self.setattr(&obj, name, Some(v))?;
                }
                Op::StoreAttrInstance => {
                    slow!();
                    let c = &caches[cur];
                    let obj = f.pop_in_eval();
                    let v = f.pop_in_eval();
                    if let Err(v) = store_attr_hit(&obj, c, v) {
                        let name = &consts[nconsts + arg as usize];
                        if let Err(v) = self.store_attr_instance_miss(&obj, c, name, v) {
                            back_off(instr, c);
                            self.setattr(&obj, name, Some(v))?;
                        }
                    }
                }
                Op::LoadMethodCached => {
                    let c = &caches[cur];
                    if let Some(m) = load_method_hit(f.top(), c) {
                        let obj = f.set_top(m);
                        f.push_in_room(obj);
                        continue;
                    }
                    slow!();
                    match self.load_method_cached_miss(f.top(), c, &consts[nconsts + arg as usize]) {
                        Some(m) => {
                            let obj = f.set_top(m);
                            f.push_in_room(obj);
                        }
                        None => {
                            back_off(instr, c);
                            ip = cur;
                        }
                    }
                }
                Op::LoadMethod => {
                    slow!();
                    let name = &consts[nconsts + arg as usize];
                    let c = &caches[cur];
                    if should_specialize(c) {
                        self.specialize_load_method(instr, c, f.top(), name);
                    }
                    let obj = f.pop_in_eval();
                    match self.load_method(&obj, name)? {
                        (Some(meth), true) => {
                            f.push_in_room(meth);
                            f.push_in_room(obj);
                        }
                        (Some(attr), false) => {
                            f.push_in_room(reg.null.clone());
                            f.push_in_room(attr);
                        }
                        (None, _) => unreachable!("load_method returns a value or an error"),
                    }
                }
                Op::BinarySubscrList | Op::BinarySubscrTuple | Op::BinarySubscrDict => {
                    match fastpaths::subscr_as(reg, instr.op.get(), f.peek(2), f.peek(1)) {
                        Some(v) => {
                            drop(f.pop_in_eval());
                            drop(f.set_top(v));
                        }
                        // Another type, or the generic path raises / looks further.
                        None => {
                            back_off(instr, &caches[cur]);
                            ip = cur;
                        }
                    }
                }
                Op::BinarySubscr => {
                    slow!();
                    let c = &caches[cur];
                    if should_specialize(c) {
                        specialize_to(instr, c, subscr_form(f.peek(2), f.peek(1)));
                    }
                    let key = f.pop_in_eval();
                    let obj = f.pop_in_eval();
                    let v = match fastpaths::subscr(&obj, &key) {
                        Some(v) => v,
                        None => self.getitem(&obj, &key)?,
                    };
                    f.push_in_room(v);
                }
                Op::StoreSubscrList => {
                    let key = f.pop_in_eval();
                    let obj = f.pop_in_eval();
                    let v = f.pop_in_eval();
                    if let Err(v) = fastpaths::store_subscr(reg, &obj, &key, v) {
                        slow!();
                        if !(key.is_small_int() && is_exact(&obj, &t().list)) {
                            back_off(instr, &caches[cur]);
                        }
                        self.setitem(&obj, key, v)?;
                    }
                }
                Op::StoreSubscr => {
                    slow!();
                    let c = &caches[cur];
                    if should_specialize(c) {
                        let list_int = f.peek(1).is_small_int() && is_exact(f.peek(2), &t().list);
                        specialize_to(instr, c, list_int.then_some(Op::StoreSubscrList));
                    }
                    let key = f.pop_in_eval();
                    let obj = f.pop_in_eval();
                    let v = f.pop_in_eval();
                    if let Err(v) = fastpaths::store_subscr(reg, &obj, &key, v) {
                        if let Err((key, v)) = fastpaths::store_dict(&obj, key, v) {
                            self.setitem(&obj, key, v)?;
                        }
                    }
                }
                Op::DeleteSubscr => {
                    slow!();
                    let key = f.pop_in_eval();
                    let obj = f.pop_in_eval();
                    self.delitem(&obj, &key)?;
                }
                Op::BinaryOpInt => {
                    let (Some(x), Some(y)) = (f.peek(2).as_small_int(), f.peek(1).as_small_int()) else {
                        back_off(instr, &caches[cur]);
                        ip = cur;
                        continue;
                    };
                    f.pop_in_eval();
                    f.pop_in_eval();
                    let (op, inplace) = BinaryOp::from_arg(arg).expect("valid BINARY_OP arg");
                    if let Some(v) = self.small_int_binop(op, x, y) {
                        f.push_in_room(v);
                        continue;
                    }
                    slow!();
                    let v = self.binary_op(&Value::small_int(x), &Value::small_int(y), op, inplace)?;
                    f.push_in_room(v);
                }
                Op::BinaryOpFloat => {
                    // Two floats and `+ - * /` (the common case): one match
                    // on the raw argument, the result replaces the operands.
                    if let (Some(x), Some(y)) = (f.peek(2).as_float(), f.peek(1).as_float()) {
                        if let Some(r) = super::numeric::float_arith_arg(arg, x, y) {
                            // Both operands are inline floats: no reference to drop.
                            std::mem::forget(f.pop_in_eval());
                            std::mem::forget(f.set_top(Value::float(r)));
                            continue;
                        }
                    }
                    if !float_operands(f.peek(2), f.peek(1)) {
                        back_off(instr, &caches[cur]);
                        ip = cur;
                        continue;
                    }
                    slow!();
                    let b = f.pop_in_eval();
                    let a = f.pop_in_eval();
                    let (op, inplace) = BinaryOp::from_arg(arg).expect("valid BINARY_OP arg");
                    let v = match super::numeric::float_fast(op, &a, &b) {
                        Some(v) => v,
                        None => self.binary_op(&a, &b, op, inplace)?,
                    };
                    f.push_in_room(v);
                }
                Op::BinaryOpPy => match slow!(self.enter_binop_call(f, &caches[cur], arg, inl)) {
                    Some(r) => run_callee!(at r?),
                    None => {
                        back_off(instr, &caches[cur]);
                        ip = cur;
                    }
                },
                Op::BinaryOp => {
                    slow!();
                    let c = &caches[cur];
                    if should_specialize(c) {
                        self.specialize_binary_op(instr, c, f.peek(2), f.peek(1), arg);
                    }
                    let b = f.pop_in_eval();
                    let a = f.pop_in_eval();
                    let (op, inplace) = BinaryOp::from_arg(arg).expect("valid BINARY_OP arg");
                    let v = if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        match self.small_int_binop(op, x, y) {
                            Some(v) => v,
                            None => self.binary_op(&a, &b, op, inplace)?,
                        }
                    } else if let Some(v) = super::numeric::float_fast(op, &a, &b) {
                        v
                    } else if let Some(v) = (op == BinaryOp::Add).then(|| super::str_append::try_append(reg, f, instrs, ip, &a, &b)).flatten() {
                        v
                    } else {
                        self.binary_op(&a, &b, op, inplace)?
                    };
                    f.push_in_room(v);
                }
                Op::UnaryNegative => {
                    // Small ints (whose negation stays small) and floats:
                    // nothing to drop, nothing to call.
                    let top = f.top();
                    let v = if let Some(i) = top.as_small_int() { Value::try_small_int(-i) } else { top.as_float().map(|x| Value::float(-x)) };
                    if let Some(v) = v {
                        std::mem::forget(f.set_top(v));
                        continue;
                    }
                    slow!();
                    let a = f.pop_in_eval();
                    let v = self.unary_op(&a, "__neg__")?;
                    f.push_in_room(v);
                }
                Op::UnaryPositive => {
                    slow!();
                    let a = f.pop_in_eval();
                    let v = self.unary_op(&a, "__pos__")?;
                    f.push_in_room(v);
                }
                Op::UnaryInvert => {
                    // `!i` of a small int is a small int (`!SMALL_MIN == SMALL_MAX`).
                    if let Some(i) = f.top().as_small_int() {
                        std::mem::forget(f.set_top(Value::small_int(!i)));
                        continue;
                    }
                    slow!();
                    let a = f.pop_in_eval();
                    let v = self.unary_op(&a, "__invert__")?;
                    f.push_in_room(v);
                }
                Op::UnaryNot => {
                    slow!();
                    let a = f.pop_in_eval();
                    let b = self.truthy(&a)?;
                    f.push_in_room(self.bool(!b));
                }
                Op::CompareOpInt | Op::CompareOpFloat | Op::CompareOpStr => {
                    let op = CompareOp::from_arg(arg).expect("valid COMPARE_OP arg");
                    match fastpaths::compare_as(instr.op.get(), f.peek(2), f.peek(1), op) {
                        Some(r) => {
                            f.pop_in_eval();
                            f.pop_in_eval();
                            // Followed by a conditional jump (an `if` or
                            // `while` test): jump at once, as CPython 3.11's
                            // COMPARE_OP_*_JUMP does. Nothing can fail or
                            // run a finalizer in between (the operands are
                            // ints, floats or exact strs).
                            let next = super::frame::fetch(instrs, ip);
                            match next.op.get() {
                                Op::PopJumpIfFalse => ip = if r { ip + 1 } else { next.arg as usize },
                                Op::PopJumpIfTrue => ip = if r { next.arg as usize } else { ip + 1 },
                                _ => f.push_in_room(self.bool(r)),
                            }
                            // Exact strs, ints and floats were dropped:
                            // nothing for the safe point.
                            continue;
                        }
                        None => {
                            back_off(instr, &caches[cur]);
                            ip = cur;
                        }
                    }
                }
                Op::CompareOp => {
                    slow!();
                    let c = &caches[cur];
                    if should_specialize(c) {
                        specialize_to(instr, c, compare_op_form(f.peek(2), f.peek(1)));
                    }
                    let b = f.pop_in_eval();
                    let a = f.pop_in_eval();
                    let op = CompareOp::from_arg(arg).expect("valid COMPARE_OP arg");
                    let v = if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        self.bool(compare_i64(op, x, y))
                    } else if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
                        self.bool(compare_f64(op, x, y))
                    } else if let Some(r) = if matches!(op, CompareOp::Eq | CompareOp::Ne) { fastpaths::str_eq(&a, &b, op == CompareOp::Ne) } else { None } {
                        self.bool(r)
                    } else {
                        self.compare(&a, &b, op)?
                    };
                    f.push_in_room(v);
                }
                Op::IsOp => {
                    let b = f.pop_in_eval();
                    let a = f.pop_in_eval();
                    f.push_in_room(self.bool(a.is(&b) != (arg == 1)));
                }
                Op::ContainsOp => {
                    slow!();
                    let container = f.pop_in_eval();
                    let item = f.pop_in_eval();
                    let r = match fastpaths::dict_contains(&container, &item) {
                        Some(r) => r,
                        None => self.contains(&container, &item)?,
                    };
                    f.push_in_room(self.bool(r != (arg == 1)));
                }
                Op::Jump => {
                    ip = arg as usize;
                    continue;
                }
                Op::JumpBackward => {
                    ip = arg as usize;
                    if super::interrupt::take_interrupt() {
                        slow!();
                        return Err(PyErr::new_empty(&t().named("KeyboardInterrupt")));
                    }
                    if self.jit.enabled() {
                        slow!();
                        f.ip = ip;
                        match crate::tier2::enter(self, f, arg) {
                            Entered::No => {}
                            // Compiled code left the frame at `f.ip`.
                            Entered::Deopt => {
                                f.ensure_stack_room();
                                ip = f.ip
                            }
                            Entered::Return(v) => return_value!(v),
                            Entered::Yield(v) => {
                                // Compiled code ran: the safe point stays.
                                let _ = yield_value!(swap v);
                            }
                            Entered::Error(e) => return Err(e),
                        }
                    }
                }
                Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                    let v = f.pop_in_eval();
                    let jump_if = instr.op.get() == Op::PopJumpIfTrue;
                    // A bool (immortal): nothing dropped, nothing called.
                    if v.is(&reg.true_) || v.is(&reg.false_) {
                        if v.is(&reg.true_) == jump_if {
                            ip = arg as usize;
                        }
                        continue;
                    }
                    slow!();
                    if self.truthy(&v)? == jump_if {
                        ip = arg as usize;
                    }
                }
                Op::PopJumpIfNone => {
                    let v = f.pop_in_eval();
                    if self.is_none(&v) {
                        ip = arg as usize;
                    }
                }
                Op::PopJumpIfNotNone => {
                    let v = f.pop_in_eval();
                    if !self.is_none(&v) {
                        ip = arg as usize;
                    }
                }
                Op::JumpIfFalseOrPop => {
                    slow!();
                    if !self.truthy_fast(f.top())? {
                        ip = arg as usize;
                    } else {
                        f.pop_in_eval();
                    }
                }
                Op::JumpIfTrueOrPop => {
                    slow!();
                    if self.truthy_fast(f.top())? {
                        ip = arg as usize;
                    } else {
                        f.pop_in_eval();
                    }
                }
                Op::GetIter => {
                    // A generator is its own iterator (its type cannot be
                    // subclassed): nothing to do.
                    if f.top().downcast::<crate::object::generator::GeneratorData>().is_some() {
                        continue;
                    }
                    slow!();
                    let v = f.pop_in_eval();
                    let it = self.iter(&v)?;
                    f.push_in_room(it);
                }
                Op::ForIterRange | Op::ForIterList | Op::ForIterTuple => {
                    match fastpaths::iter_step(f.top()) {
                        Some(Some(v)) => f.push_in_room(v),
                        Some(None) => {
                            f.pop_in_eval();
                            ip = arg as usize;
                        }
                        None => {
                            slow!();
                            if !fastpaths::iter_is(f.top(), instr.op.get()) {
                                back_off(instr, &caches[cur]);
                            }
                            next_or_exit!();
                        }
                    }
                }
                Op::ForIterGen => {
                    slow!();
                    if let Some(p) = self.resume_gen_next_inline(f.top(), inl) {
                        f.ip = ip;
                        switch_frame!(resume p);
                        continue;
                    }
                    let step = match f.top().downcast::<crate::object::generator::GeneratorData>() {
                        Some(gd) => self.gen_next(gd)?,
                        None => {
                            back_off(instr, &caches[cur]);
                            let it = f.top().clone();
                            self.next(&it)?
                        }
                    };
                    match step {
                        Some(v) => f.push_in_room(v),
                        None => {
                            f.pop_in_eval();
                            ip = arg as usize;
                        }
                    }
                }
                Op::ForIter => {
                    slow!();
                    let c = &caches[cur];
                    if should_specialize(c) {
                        specialize_to(instr, c, for_iter_form(f.top()));
                    }
                    if super::seq_fuse::unpacks_pair(instrs.get(ip)) && super::seq_fuse::fused_enumerate_unpack(f) {
                        ip += 1;
                    } else if let Some(step) = fastpaths::iter_step(f.top()) {
                        match step {
                            Some(v) => f.push_in_room(v),
                            None => {
                                f.pop_in_eval();
                                ip = arg as usize;
                            }
                        }
                    } else {
                        next_or_exit!();
                    }
                }
                Op::BuildTuple => {
                    let skip = if arg == 1 { super::seq_fuse::fused_tuple_concat(f, instrs, ip) } else { 0 };
                    if skip > 0 {
                        ip += skip;
                    } else {
                        let tuple = crate::object::tuple::tuple_pop_n(&mut f.stack, arg as usize);
                        f.push_in_room(tuple);
                    }
                }
                Op::BuildList => {
                    let items = pop_n(f, arg as usize);
                    f.push_in_room(self.list(items));
                }
                Op::BuildString => {
                    slow!();
                    let parts = pop_n(f, arg as usize);
                    let s = crate::object::str::join_strs("", 0, &parts).expect("BUILD_STRING of strs");
                    f.push_in_room(s);
                }
                Op::ListAppend => {
                    let v = f.pop_in_eval();
                    let list = f.peek(arg as usize);
                    list.downcast::<ListData>().expect("list").0.borrow_mut().push(v);
                    continue;
                }
                // Comprehensions' appends: the set or dict (a fresh exact
                // one of the comprehension) stays on the stack meanwhile.
                Op::SetAdd => {
                    slow!();
                    let v = f.pop_in_eval();
                    f.peek(arg as usize).downcast::<SetData>().expect("set").add(self, v)?;
                }
                Op::MapAdd => {
                    slow!();
                    let v = f.pop_in_eval();
                    let k = f.pop_in_eval();
                    f.peek(arg as usize).downcast::<DictData>().expect("dict").set_item(self, k, v)?;
                }
                Op::UnpackSequence => {
                    let seq = f.pop_in_eval();
                    if !fastpaths::unpack(f, &seq, arg as usize) {
                        slow!();
                        self.unpack_sequence(f, seq, arg as usize)?;
                    }
                }
                Op::FormatValue => {
                    slow!();
                    let spec = if arg & 4 != 0 { Some(f.pop_in_eval()) } else { None };
                    let v = f.pop_in_eval();
                    let v = match arg & 3 {
                        1 => self.to_str(&v)?,
                        2 => self.repr(&v)?,
                        3 => self.ascii(&v)?,
                        _ => v,
                    };
                    let out = self.format(&v, spec.as_ref())?;
                    f.push_in_room(out);
                }
                Op::ReturnValue => {
                    slow!();
                    return_value!(f.pop_in_eval())
                }
                Op::YieldValue => {
                    slow!();
                    let v = f.pop_in_eval();
                    f.ip = ip;
                    yield_value!(v)
                }
                Op::Send => {
                    slow!();
                    let v = f.pop_in_eval();
                    let v = match self.resume_gen_inline(f.top(), v, inl) {
                        Ok(p) => {
                            f.ip = ip;
                            switch_frame!(resume p);
                            continue;
                        }
                        Err(v) => v,
                    };
                    // A generator delegate is resumed in place (the frame's
                    // stack keeps it alive meanwhile).
                    let step = match f.top().downcast::<crate::object::generator::GeneratorData>() {
                        Some(gd) => self.gen_step(gd, v)?,
                        None => {
                            let recv = f.top().clone();
                            self.send(&recv, v)?
                        }
                    };
                    match step {
                        Ok(yielded) => f.push_in_room(yielded),
                        Err(ret) => {
                            f.pop_in_eval();
                            f.push_in_room(ret);
                            ip = arg as usize;
                        }
                    }
                }
                Op::CallPyExact => match slow!(self.enter_py_call_inline(f, arg as usize, inl)) {
                    Some(r) => run_callee!(at r?),
                    None => {
                        back_off(instr, &caches[cur]);
                        let v = self.call_from_stack(f, arg as usize, None)?;
                        f.push_in_room(v);
                    }
                },
                Op::CallPyInit => match slow!(self.enter_init_cached(f, &caches[cur], arg as usize, inl)) {
                    Some(r) => run_callee!(at r?),
                    None => {
                        back_off(instr, &caches[cur]);
                        ip = cur;
                    }
                },
                Op::CallBuiltin => match slow!(self.call_builtin_cached(f, &caches[cur], arg as usize)) {
                    Some(r) => f.push_in_room(r?),
                    None => {
                        back_off(instr, &caches[cur]);
                        let v = self.call_from_stack(f, arg as usize, None)?;
                        f.push_in_room(v);
                    }
                },
                Op::Call => {
                    slow!();
                    let c = &caches[cur];
                    if Vm::calls_builtin(f, arg as usize) {
                        if should_specialize(c) {
                            self.specialize_call_builtin(instr, c, f, arg as usize);
                        }
                        let v = self.call_from_stack(f, arg as usize, None)?;
                        f.push_in_room(v);
                    } else {
                        match self.enter_py_call(f, arg as usize, inl) {
                            Some(r) => {
                                let p = r?;
                                if should_specialize(c) {
                                    instr.op.set(Op::CallPyExact);
                                }
                                run_callee!(at p)
                            }
                            // A generator function's call makes the generator
                            // here (as `call_from_stack` would first).
                            None if self.enter_gen_call_pushed(f, arg as usize) => {}
                            None => match self.enter_init_call(f, arg as usize, inl) {
                                Some(r) => {
                                    let p = r?;
                                    if should_specialize(c) {
                                        // SAFETY: `p` is the frame just pushed on `inl`,
                                        // its `Resume` the new instance.
                                        let new = unsafe { &*p };
                                        let obj = inl.top_resume().expect("the instance").clone();
                                        self.specialize_init_call(instr, c, &obj, new.func.as_ref().expect("set"));
                                    }
                                    run_callee!(at p)
                                }
                                None => {
                                    if should_specialize(c) {
                                        back_off(instr, c);
                                    }
                                    let v = self.call_from_stack(f, arg as usize, None)?;
                                    f.push_in_room(v);
                                }
                            },
                        }
                    }
                }
                // A function made in a loop (lambdas, closures): no trip
                // through `exec_rare`.
                Op::MakeFunction => {
                    slow!();
                    let v = self.make_function(f, arg)?;
                    f.push_in_room(v);
                }
                Op::CallKw => {
                    slow!();
                    let names = f.pop_in_eval();
                    let v = self.call_from_stack(f, arg as usize, Some(names))?;
                    f.push_in_room(v);
                }
                // Rare ops on hot paths (closures, set displays, slices).
                Op::LoadClosure => {
                    slow!();
                    super::seq_fuse::load_closure(self, f, arg)
                }
                Op::BuildSet if arg == 0 => super::seq_fuse::push_empty_set(self, f),
                Op::BuildSlice if arg == 2 && super::seq_fuse::fused_slice(f, instrs.get(ip)) => ip += 1,
                // The rest, listed so the match is exhaustive: the dispatch
                // jump table then needs no range check (a new opcode must be
                // given an arm here or in this list).
                op @ (Op::DeleteFast
                | Op::DeleteDeref
                | Op::LoadClassderef
                | Op::DeleteName
                | Op::DeleteGlobal
                | Op::DeleteAttr
                | Op::BuildSet
                | Op::BuildMap
                | Op::BuildConstKeyMap
                | Op::BuildSlice
                | Op::ListExtend
                | Op::SetUpdate
                | Op::DictUpdate
                | Op::DictMerge
                | Op::ListToTuple
                | Op::UnpackEx
                | Op::GetYieldFromIter
                | Op::RaiseVarargs
                | Op::Reraise
                | Op::PushExcInfo
                | Op::PopExcept
                | Op::CheckExcMatch
                | Op::WithExceptStart
                | Op::BeforeWith
                | Op::SetupAnnotations
                | Op::ImportName
                | Op::ImportFrom
                | Op::ImportStar
                | Op::LoadBuildClass
                | Op::CallFunctionEx
                | Op::LoadAssertionError
                | Op::GetLen
                | Op::MatchMapping
                | Op::MatchSequence
                | Op::MatchKeys
                | Op::MatchClass
                | Op::RaiseNotImplemented
                | Op::PrintExpr
                | Op::GetAwaitable
                | Op::GetAiter
                | Op::GetAnext
                | Op::EndAsyncFor
                | Op::BeforeAsyncWith
                | Op::AsyncGenWrap
                | Op::CheckEgMatch
                | Op::PrepReraiseStar) => {
                    slow!();
                    self.exec_rare(f, op, arg)?
                }
            }
            // Safe point after an instruction that may have dropped the last
            // reference to an object or allocated one: pending `__del__`s,
            // weak reference callbacks and a due collection run now, as
            // CPython runs them when the reference goes.
            if has_pending_finalizers() {
                f.lasti = cur;
                self.run_finalizers();
            }
        }
    }
}

/// Jumps to the exception handler covering `frame.lasti` (unwinding the
/// stack, pushing the lasti if the entry asks for it, then the exception);
/// gives the exception back if no handler covers the instruction.
pub fn enter_handler(frame: &mut Frame, exc: Value) -> Result<(), Value> {
    match frame.code.handler_for(frame.lasti as u32).copied() {
        Some(h) => {
            frame.stack.truncate(h.depth as usize);
            if h.lasti {
                frame.push(Value::small_int(frame.lasti as i64));
            }
            frame.push(exc);
            frame.ip = h.target as usize;
            Ok(())
        }
        None => Err(exc),
    }
}

/// The code `f` runs, borrowed for as long as the eval loop needs it
/// without counting a reference (an `Rc` clone and drop per frame switch).
///
/// The caller must stop using the reference once `f` is no longer the
/// running frame: `eval` re-borrows at every frame switch, and a frame's
/// `code` is never replaced while it runs (only recycled boxes get new
/// code, in `frame_box`), so the frame's own `Rc` keeps the code alive.
#[inline(always)]
fn running_code<'a>(f: &Frame) -> &'a crate::bytecode::Code {
    // SAFETY: see above: `f.code` outlives every use the eval loop makes.
    unsafe { &*std::rc::Rc::as_ptr(&f.code) }
}

/// Pops `n` values, returning them in stack order (deepest first).
#[inline]
pub fn pop_n(f: &mut Frame, n: usize) -> Vec<Value> {
    let at = f.stack.len() - n;
    f.stack.split_off(at)
}
