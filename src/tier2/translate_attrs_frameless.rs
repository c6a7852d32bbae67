//! The slow paths of LOAD_ATTR, LOAD_METHOD and STORE_ATTR (the helper calls
//! `translate_attrs` emits when its inline guards fail) and of truth tests
//! (an object other than True / False) for code that may run natively. A method such as `def dot(self, o): return self.x * o.x`
//! needs nothing from its frame but these slow paths; translated frameless
//! (`Options::frameless`) it calls the frame-free helpers of
//! `helpers_frameless` instead, which serve the specialized lookups (another
//! shape or subclass, a re-keyed cache) and otherwise leave before the
//! instruction, the interpreter running it on the frame the exit makes.
//!
//! Counting: a slow path of a site whose form the frame-free helper serves
//! counts in `Tr::frame_slow` when translated with the frame, so code whose
//! only frame needs are such paths is translated again frameless
//! (`tier2::compile`). Each exit of a frameless slow path is a
//! `SpecSite::Frameless`: when it gets hot the site goes to
//! `CodeJit::framed` and the code is recompiled with the frame helper there
//! (it then runs on a frame).

use pyrite_jit::abi::HelperId;
use pyrite_jit::ir::{Block, Cmp, Type};

use super::helpers_frameless::{attr_form, method_form, store_form, TRUTH_PENDING};
use super::layout::PENDING_WORD;
use super::translate::{Av, SpecSite, Tr, V};
use crate::bytecode::Op;

/// Which attribute instruction a slow path is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum AttrSlow {
    Load,
    Method,
    Store,
}

impl Tr<'_> {
    /// Whether this instruction's slow path (`kind`) calls the frame-free
    /// helper: the code is translated frameless, the site's form is one the
    /// helper serves and its exits were not hot before.
    fn frameless_slow(&self, kind: AttrSlow) -> bool {
        self.opts.frameless && self.servable(kind) && !self.opts.framed.contains(&(self.ip as u32))
    }

    /// Whether frameless code can do without the frame helper here: the
    /// frame-free helper serves the site's form (a module method's guards
    /// fail only when the module changes: the code leaves then).
    fn servable(&self, kind: AttrSlow) -> bool {
        match kind {
            AttrSlow::Load => attr_form(self.code, self.ip),
            AttrSlow::Method => method_form(self.code, self.ip) || self.module_method(),
            AttrSlow::Store => store_form(self.code, self.ip),
        }
    }

    fn module_method(&self) -> bool {
        self.code.instrs[self.ip].op.get() == Op::LoadMethodModule
    }

    /// Counts a frame helper call of slow path `kind` that frameless code
    /// would not make (see the module docs).
    pub(super) fn count_frame_slow(&mut self, kind: AttrSlow) {
        if self.servable(kind) && !self.opts.framed.contains(&(self.ip as u32)) {
            self.frame_slow += 1;
        }
    }

    /// Leaves before the instruction, an exit that generalizes the site
    /// when hot.
    fn leave_frameless(&mut self) {
        self.exit_before_instr();
        self.spec_sites.insert(self.f.exits.len() as u32 - 1, SpecSite::Frameless(self.ip as u32));
    }

    /// The slow-path helper call of attribute instruction `kind` with
    /// arguments `args` (after the context): the frame helper `framed`
    /// (with `ip` last), or in frameless code the frame-free one (with `ip`
    /// and the code's address last), leaving before the instruction when
    /// it cannot serve. The result word.
    pub(super) fn attr_slow_call(&mut self, kind: AttrSlow, framed: HelperId, args: &[V]) -> V {
        let ctx = self.f.vm_ctx();
        let at = self.imm(self.ip as i64);
        let mut all = vec![ctx];
        all.extend_from_slice(args);
        all.push(at);
        if !self.frameless_slow(kind) {
            self.count_frame_slow(kind);
            return self.call_word(framed, &all);
        }
        let code = self.imm(self.code as *const crate::bytecode::Code as i64);
        all.push(code);
        let h = match kind {
            AttrSlow::Load => self.h.load_attr_nf,
            AttrSlow::Method => self.h.load_method_nf,
            AttrSlow::Store => self.h.store_attr_nf,
        };
        let r = self.call_word(h, &all);
        let word = self.f.word_to_i64(r);
        let pending = self.imm(PENDING_WORD as i64);
        let leave = self.f.int_cmp(Cmp::Eq, word, pending);
        let (out, on) = (self.f.create_block(), self.f.create_block());
        self.f.branch(leave, out, &[], on, &[]);
        self.f.switch_to_block(out);
        self.leave_frameless();
        self.f.switch_to_block(on);
        r
    }

    /// The frameless slow path of the LOAD_METHOD being translated on
    /// object `obj` (word `w`, on top of the stack): the method and the
    /// object (owned) to `join`, or an exit.
    pub(super) fn method_slow_native(&mut self, obj: Av, w: V, arg: u32, join: Block) {
        if self.module_method() {
            self.leave_frameless();
            // The join goes on without the object, as the other paths do.
            self.stack.pop();
            return;
        }
        let k = self.imm(arg as i64);
        let m = self.attr_slow_call(AttrSlow::Method, self.h.load_method, &[w, k]);
        self.drop_temps();
        self.stack.pop();
        let me = self.materialize(obj);
        self.f.jump(join, &[m, me]);
    }

    /// Whether the LOAD_METHOD being translated takes the frame-free slow
    /// path (its result is the method alone, `self` being the object).
    pub(super) fn method_slow_frameless(&self) -> bool {
        self.frameless_slow(AttrSlow::Method)
    }
}

impl Tr<'_> {
    /// The truth test of boxed `w` that is neither True nor False (an I64,
    /// 0 or 1); `snapshot` is the stack before the instruction. Frameless
    /// code asks the frame-free helper and leaves before the instruction
    /// when the object's `__bool__` / `__len__` would have to run.
    pub(super) fn truth_slow(&mut self, w: V, snapshot: &[Av]) -> V {
        let ctx = self.f.vm_ctx();
        let framed = self.opts.framed.contains(&(self.ip as u32));
        if !self.opts.frameless || framed {
            if !framed {
                self.frame_slow += 1;
            }
            return self.call_fallible(self.h.truthy, &[ctx, w], Type::I64, Some(snapshot));
        }
        let r = self.call_fallible(self.h.truthy_nf, &[ctx, w], Type::I64, Some(snapshot));
        let pending = self.imm(TRUTH_PENDING as i64);
        let leave = self.f.int_cmp(Cmp::Eq, r, pending);
        let (out, on) = (self.f.create_block(), self.f.create_block());
        self.f.branch(leave, out, &[], on, &[]);
        self.f.switch_to_block(out);
        for v in self.temps.clone() {
            self.f.decref(v);
        }
        let st = self.state_with(snapshot);
        self.f.deopt(st);
        self.spec_sites.insert(self.f.exits.len() as u32 - 1, SpecSite::Frameless(self.ip as u32));
        self.f.switch_to_block(on);
        r
    }
}
