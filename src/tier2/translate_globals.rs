//! LOAD_GLOBAL (and LOAD_NAME in module code, whose locals are the
//! globals) in compiled code: the entry that holds the name when the
//! code is compiled is read in place under keys-version guards (the globals
//! dict's, and the builtins dict's when the name is a builtin), so a hit is
//! two loads, a compare and an incref. A miss (a key was added or removed
//! since) takes the interpreter's cached lookup through a helper: never an
//! exit, so rebinding a global is seen at once (the value is read at each
//! execution) and adding one costs only speed. Code translated to run
//! natively (`Options::frameless`) exits there instead.

use pyrite_jit::ir::{Cmp, Type};

use super::translate::{Av, Tr};
use crate::object::{DictData, Value};

/// See `Tr::global_site`.
type GlobalSite = (Vec<(*const u64, u64)>, *const u64, Option<Value>);

impl Tr<'_> {
    /// LOAD_GLOBAL `arg` (the NULL for `arg & 1` is already pushed).
    pub(super) fn load_global(&mut self, arg: u32) {
        self.load_in_place(arg >> 1, self.h.load_global, arg);
    }

    /// LOAD_NAME `arg`: in module code (locals are the globals) the same
    /// lookup as LOAD_GLOBAL; elsewhere (class bodies, exec with separate
    /// locals) through the helper.
    pub(super) fn load_name(&mut self, arg: u32) {
        if self.opts.locals_are_globals {
            self.load_in_place(arg, self.h.load_name, arg);
        } else {
            self.helper_op(self.h.load_name, 0, &[arg as i64, self.ip as i64], true);
        }
    }

    /// Loads name `name` in place, with `slow` (called with `slow_arg` and
    /// the ip) when a guard fails or the name is not found now.
    fn load_in_place(&mut self, name: u32, slow: pyrite_jit::abi::HelperId, slow_arg: u32) {
        let slow_args = [slow_arg as i64, self.ip as i64];
        let Some((guards, value, now)) = self.global_site(name) else {
            self.helper_op(slow, 0, &slow_args, true);
            return;
        };
        let join = self.f.create_block();
        let out = self.f.append_block_param(join, Type::Boxed);
        let miss = self.f.create_block();
        for (ptr, version) in guards {
            let p = self.f.const_boxed(ptr as u64);
            let now = self.f.load_field(p, 0, Type::I64);
            let want = self.f.const_i64(version as i64);
            let same = self.f.int_cmp(Cmp::Eq, now, want);
            let next = self.f.create_block();
            self.f.branch(same, next, &[], miss, &[]);
            self.f.switch_to_block(next);
        }
        let p = self.f.const_boxed(value as u64);
        let w = self.f.load_field(p, 0, Type::Boxed);
        self.f.incref(w);
        self.f.jump(join, &[w]);
        if let Some(func) = now.filter(|v| super::calls::plain_function(v).is_some()) {
            self.known_fns.insert(out, func);
        }
        self.f.switch_to_block(miss);
        if self.opts.frameless {
            // The interpreter loads it (the helper would need the frame),
            // pushing LOAD_GLOBAL's NULL again.
            let mut stack = self.stack.clone();
            if slow == self.h.load_global && slow_arg & 1 == 1 {
                stack.pop();
            }
            let st = self.state_with(&stack);
            self.f.deopt(st);
        } else {
            self.frame_slow += 1;
            let mut args = vec![self.f.vm_ctx()];
            for e in slow_args {
                args.push(self.imm(e));
            }
            let r = self.call_word(slow, &args);
            self.f.jump(join, &[r]);
        }
        self.f.switch_to_block(join);
        self.stack.push(Av::Owned(out));
    }

    /// Where name `i` lives now: the keys-version guards (counter address,
    /// expected value), the address of the value word and the value now.
    fn global_site(&self, i: u32) -> Option<GlobalSite> {
        let name = &self.consts[self.code.consts.len() + i as usize];
        let g = self.opts.globals.downcast::<DictData>()?;
        let guard_g = (g.keys_version_ptr(), g.keys_version());
        if let Some(ix) = g.name_index(name) {
            return Some((vec![guard_g], g.value_ptr(ix)?, g.value_at(ix)));
        }
        let b = self.opts.builtins.downcast::<DictData>()?;
        let ix = b.name_index(name)?;
        Some((vec![guard_g, (b.keys_version_ptr(), b.keys_version())], b.value_ptr(ix)?, b.value_at(ix)))
    }
}
