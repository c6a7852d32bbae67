//! Known-class sites: `C(args)` at a CALL the interpreter made CALL_PY_INIT
//! (a plain class: metaclass `type`, `object.__new__`, a Python `__init__`;
//! its cache holds the class, the type epoch and `__init__`) compiles, in
//! code that runs on its frame, to:
//! - guards: the callable is the cached class (its address: a class freed
//!   or made bumps the epoch), the type epoch is the cached one (no class
//!   changed since: `__init__`, `__new__`, `__call__` of the metaclass and
//!   the MRO are as they were) and the class's type is still exactly
//!   `type` (`C.__class__ = M` shows in no epoch); else the generic call;
//! - the instance allocated by a helper (`fastcall::alloc_instance`), put in
//!   place of the CALL's NULL so that every exit after it drops it;
//! - `__init__(obj, *args)` called natively (`translate_native`: its
//!   arguments get their own references) when its compiled entry runs
//!   natively, else (or when a native guard fails) through the direct-site
//!   helper `h_call_init`;
//! - a result that is not None raises CPython's TypeError; the instance is
//!   the CALL's result.
//!
//! The guard's failure path calls the generic `h_call`, which needs the
//! frame, so code with such a site never runs natively itself: a native
//! `__init__` that exits is always finished by the interpreter on the spot
//! (`calls::native_exit`), never left to resume after the CALL.

use std::mem::ManuallyDrop;

use pyrite_jit::ir::{Cmp, Type};

use super::calls;
use super::translate::{Av, SpecSite, Tr, V};
use super::translate_native::{NativeTarget, Resume};
use crate::bytecode::Op;
use crate::object::typeobj::type_epoch;
use crate::object::{t, FunctionData, Value};

impl Tr<'_> {
    /// Emits the known-class site for the CALL (no keywords, spilled)
    /// whose operands are stack positions `from..top` (NULL, class,
    /// arguments), if the interpreter's cache makes it one; the operands
    /// are then replaced by the result. `false`: nothing emitted.
    pub(super) fn known_class_call(&mut self, from: usize, top: usize) -> bool {
        let class_word = matches!(self.stack[from + 1], Av::Owned(_) | Av::Borrowed(..));
        if self.code.instrs[self.ip].op.get() != Op::CallPyInit || !matches!(self.stack[from], Av::Null) || !class_word {
            return false;
        }
        let cache = &self.code.inline_caches()[self.ip];
        let (key, epoch, init_raw) = (cache.key.get(), cache.key2.get(), cache.value.get());
        // A cache of an older epoch may hold an `__init__` the class let go of.
        if epoch != type_epoch() || key == 0 || init_raw == 0 {
            return false;
        }
        // The class's namespace owns `__init__` while the epoch holds.
        let init = (*ManuallyDrop::new(Value::from_raw(init_raw))).clone();
        let Some(fd) = init.downcast::<FunctionData>() else { return false };
        let argc = top - from - 2;
        let native = calls::native_entry(fd, argc + 1);
        // Code translated to run natively needs `__init__` to run natively
        // too (no frame for the direct path); a site whose exits got hot
        // keeps the generic call.
        let framed = self.opts.framed.contains(&(self.ip as u32));
        if self.opts.frameless && (native.is_none() || framed) {
            return false;
        }
        let join = self.f.create_block();
        let out = self.f.append_block_param(join, Type::Boxed);
        let other = self.f.create_block();
        let saved = (self.stack.clone(), self.temps.clone());
        // Guards.
        let wc = self.word(self.stack[from + 1]);
        let now = self.f.word_to_i64(wc);
        let want = self.f.const_i64(key as i64);
        let same = self.f.int_cmp(Cmp::Eq, now, want);
        self.guard_or(same, other);
        let ep = self.type_epoch();
        let want = self.f.const_i64(epoch as i64);
        let same = self.f.int_cmp(Cmp::Eq, ep, want);
        self.guard_or(same, other);
        let is_type = self.f.has_type(wc, t().type_.raw());
        self.guard_or(is_type, other);
        let wi = self.f.const_boxed(init_raw);
        let is_native = native.is_some();
        let target = native.map(NativeTarget::Other);
        let pro = target.as_ref().map(|target| self.native_guards(&init, target, wi, other));
        // The instance, where the NULL was (in its slot for the helper).
        let ctx = self.f.vm_ctx();
        let obj = self.f.call_helper(self.h.new_instance, &[ctx, wc], Some(Type::Boxed), None).expect("new_instance returns");
        self.stack[from] = Av::Owned(obj);
        self.f.store_slot(self.base + from as u32, obj);
        let done = self.f.create_block();
        let r = self.f.append_block_param(done, Type::Boxed);
        match (target, pro) {
            (Some(target), Some(pro)) => {
                let words: Vec<V> = std::iter::once(obj).chain((from + 2..top).map(|pos| self.arg_word(pos))).collect();
                let pro = self.native_count(pro);
                // The callee's frame gets its own references: the operands
                // stay on the stack (an exit drops them), released below.
                self.f.incref(wi);
                for &w in &words {
                    self.f.incref(w);
                }
                self.native_invoke(&fd.code.clone(), &target, pro, wi, &words, done, Resume::Init { from, obj });
            }
            _ => {
                let site = Box::<calls::DirectSite>::default();
                let sp = self.imm(&*site as *const calls::DirectSite as i64);
                self.direct_sites.push(site);
                let (b, c, at) = (self.imm(self.base as i64 + from as i64), self.imm(argc as i64), self.imm(self.ip as i64));
                let ctx = self.f.vm_ctx();
                let ri = self.call_word(self.h.call_init, &[ctx, wi, b, c, at, sp]);
                self.f.jump(done, &[ri]);
            }
        }
        // `__init__` must give None (immortal: nothing to release).
        self.f.switch_to_block(done);
        let none = self.f.const_i64(t().none.raw() as i64);
        let rw = self.f.word_to_i64(r);
        let is_none = self.f.int_cmp(Cmp::Eq, rw, none);
        let (bad, ok) = (self.f.create_block(), self.f.create_block());
        self.f.branch(is_none, ok, &[], bad, &[]);
        self.f.switch_to_block(bad);
        // The error exit drops the result with the stack.
        self.stack.push(Av::Owned(r));
        let ctx = self.f.vm_ctx();
        self.call_word(self.h.init_not_none, &[ctx, r]);
        self.stack.pop();
        self.decref(r);
        self.f.jump(ok, &[]);
        self.f.switch_to_block(ok);
        // The operands go (the instance stays: it is the result).
        self.stack[from] = Av::Null;
        self.drop_temps();
        self.pop_drop(argc + 2);
        self.f.jump(join, &[obj]);
        // Not the cached class (or `__init__` cannot be called natively
        // now): the generic call, or in code translated to run natively an
        // exit before the CALL (hot, it puts the site in `framed`).
        self.f.switch_to_block(other);
        (self.stack, self.temps) = saved;
        if self.opts.frameless {
            self.exit_before_instr();
            self.spec_sites.insert(self.f.exits.len() as u32 - 1, SpecSite::Frameless(self.ip as u32));
        } else {
            if is_native && !framed {
                self.frame_slow += 1;
            }
            let ctx = self.f.vm_ctx();
            let (b, c, at) = (self.imm(self.base as i64 + from as i64), self.imm(argc as i64), self.imm(self.ip as i64));
            let names = self.f.const_boxed(0);
            let rg = self.call_word(self.h.call, &[ctx, b, c, names, at]);
            self.drop_temps();
            self.pop_drop(argc + 2);
            self.f.jump(join, &[rg]);
        }
        self.f.switch_to_block(join);
        // Both paths let go of the operands; the helpers may have freed
        // objects with `__del__`.
        self.freed = true;
        self.stack.truncate(from);
        self.temps.clear();
        self.stack.push(Av::Owned(out));
        true
    }

    /// The word of spilled CALL operand `pos` (a borrowed view).
    pub(super) fn arg_word(&mut self, pos: usize) -> V {
        match self.stack[pos] {
            Av::Owned(v) | Av::Borrowed(v, _) => v,
            _ => self.f.load_slot(self.base + pos as u32),
        }
    }
}
