//! Exceptions handled inside compiled code.
//!
//! A fallible helper call at an instruction covered by an exception-table
//! entry does not take an error exit: its error branch goes to a landing
//! block that does what the interpreter's unwinding does (`interpret_frame`
//! and `enter_handler`): the stack is cut to the entry's depth (entries
//! above are released, those below become owned words), the `catch` helper
//! normalizes the pending error and adds the frame's traceback entry
//! (except for RERAISE and a bare `raise`), the lasti is pushed if the entry
//! asks for it, then the exception, and control jumps to the handler block
//! (a block of the compiled region: see `analysis`). Calls outside any
//! `try` keep their error exit.

use pyrite_jit::abi::HelperId;
use pyrite_jit::ir::{Block, Type};

use super::translate::{Av, Tr, V};
use crate::bytecode::Op;
use crate::object::Value;

impl Tr<'_> {
    /// Calls fallible helper `h` (result type `ret`). `stack` is the
    /// abstract stack the error is raised with (the current one if `None`):
    /// an error exit's frame state, or what the handler unwinds.
    pub fn call_fallible(&mut self, h: HelperId, args: &[V], ret: Type, stack: Option<&[Av]>) -> V {
        let stack = stack.map(<[Av]>::to_vec).unwrap_or_else(|| self.stack.clone());
        match self.landing(stack.len(), false) {
            Some(landing) => {
                let r = self.f.call_helper_catch(h, args, Some(ret), landing, &[]).expect("helper returns a value");
                self.fill_landing(landing, stack, false);
                r
            }
            None => {
                let st = self.state_with(&stack);
                self.f.call_helper(h, args, Some(ret), Some(st)).expect("helper returns a value")
            }
        }
    }

    /// The `exec` helper (an instruction run on the frame's own stack, which
    /// it leaves there on error); the compiled stack was moved to the frame.
    pub fn call_exec(&mut self, args: &[V]) {
        match self.landing(usize::MAX, true) {
            Some(landing) => {
                self.f.call_helper_catch(self.h.exec, args, Some(Type::I64), landing, &[]);
                self.fill_landing(landing, Vec::new(), true);
            }
            None => {
                let st = self.state_with(&[]);
                self.f.call_helper(self.h.exec, args, Some(Type::I64), Some(st));
            }
        }
    }

    /// A new landing block if the current instruction is covered by a
    /// handler this code compiles (and `depth` entries reach down to it).
    fn landing(&mut self, depth: usize, exec: bool) -> Option<Block> {
        let entry = *self.code.handler_for(self.ip as u32)?;
        if self.an.depth[entry.target as usize].is_none() || (!exec && (entry.depth as usize) > depth) {
            return None;
        }
        Some(self.f.create_block())
    }

    /// Emits the landing block's code (see the module docs), then goes on
    /// in the block the call was made in.
    fn fill_landing(&mut self, landing: Block, stack: Vec<Av>, exec: bool) {
        let entry = *self.code.handler_for(self.ip as u32).expect("landing has a handler");
        let here = self.f.current_block();
        let saved_stack = std::mem::replace(&mut self.stack, stack);
        let saved_freed = self.freed;
        self.f.switch_to_block(landing);
        // Words this instruction boxed to lend to the helper.
        for t in self.temps.clone() {
            self.f.decref(t);
        }
        let keep = entry.depth as usize;
        if !exec {
            // Owned words for the entries the handler keeps (boxing with the
            // full stack still as the state of a boxing failure), then the
            // rest released.
            for i in 0..keep {
                let av = self.stack[i];
                let w = self.materialize(av);
                self.stack[i] = Av::Owned(w);
            }
            while self.stack.len() > keep {
                let av = self.pop();
                self.drop_av(av);
            }
        }
        let ctx = self.f.vm_ctx();
        let (ip, base, k, x) = (self.imm(self.ip as i64), self.imm(self.base as i64), self.imm(keep as i64), self.imm(exec as i64));
        let exc = self.f.call_helper(self.h.catch, &[ctx, ip, base, k, x], Some(Type::Boxed), None).expect("catch returns the exception");
        if exec {
            self.stack = (0..keep as u32).map(|i| Av::Owned(self.f.load_slot(self.base + i))).collect();
        }
        if entry.lasti {
            let w = self.f.const_boxed(Value::small_int(self.ip as i64).raw());
            self.stack.push(Av::Borrowed(w, None));
        }
        self.stack.push(Av::Owned(exc));
        // The landing released words and the helper unwound the frame (and
        // may have run an instruction on it): the handler learns nothing
        // about the slots from here.
        self.freed = true;
        let saved_known = std::mem::take(&mut self.known);
        self.jump_to(entry.target as usize);
        self.known = saved_known;
        self.stack = saved_stack;
        self.freed = saved_freed;
        self.f.switch_to_block(here);
    }

    /// PUSH_EXC_INFO, POP_EXCEPT and CHECK_EXC_MATCH on the compiled stack
    /// (the generic path would move the whole stack to the frame and back).
    pub(super) fn exc_op(&mut self, op: Op) {
        let ctx = self.f.vm_ctx();
        match op {
            Op::PushExcInfo => {
                let exc = self.pop();
                let w = self.materialize(exc);
                let prev = self.f.call_helper(self.h.push_exc_info, &[ctx, w], Some(Type::Boxed), None).expect("push_exc_info returns");
                self.stack.push(Av::Owned(prev));
                self.stack.push(Av::Owned(w));
            }
            Op::PopExcept => {
                let prev = self.pop();
                let w = self.materialize(prev);
                self.f.call_helper(self.h.pop_except, &[ctx, w], Some(Type::I64), None);
                // The exception handled until now may have been released.
                self.freed = true;
            }
            _ => {
                let snapshot = self.stack.clone();
                let (exc, ty) = (self.peek(2), self.peek(1));
                let (we, wt) = (self.word(exc), self.word(ty));
                self.pop();
                let r = self.call_fallible(self.h.exc_match, &[ctx, we, wt], Type::I64, Some(&snapshot));
                self.drop_temps();
                self.drop_av(ty);
                let z = self.f.const_i64(0);
                let m = self.f.int_cmp(pyrite_jit::ir::Cmp::Ne, r, z);
                self.stack.push(Av::Bool(m));
            }
        }
    }
}
