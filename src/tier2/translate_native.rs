//! Native calls: a CALL of a known Python function whose compiled ip-0
//! entry runs natively (`calls::runs_native`: it calls nothing that could
//! look at its frame, only frame-free helpers and other native code,
//! itself included) calls that entry straight from the caller's code, with
//! no helper and no `Frame`:
//! - guards (else the direct-call helper path, or an exit before the CALL
//!   in code translated to run natively itself): the callee word is a
//!   function of the callee's code (`calls::code_word`; the caller's
//!   `Compiled` holds that code, or is that code's own, so the word is
//!   unique to it), globals and builtins; the entry is not retired; the
//!   VM's depth is under the recursion limit;
//! - the callee counts a level in the VM's depth while it runs (the
//!   recursion limit is reached at the same depth as with frames);
//! - a function calling itself loads its own entry from its `Compiled`
//!   (`self_entry`, written once the code is finalized; the address of
//!   the allocation is known before translating, see `tier2::compile`);
//! - the arguments (owned) and empty locals go into a stack area of the
//!   caller's native frame, which the callee runs on as its slot array;
//! - a return leaves the callee's locals (owned) in the area: they are
//!   dropped here, as `calls::run_direct` drops a frame's;
//! - an exit (deopt, error, stress) leaves the callee's frame state in the
//!   area: `h_native_exit` makes the callee's `Frame` from it. When the
//!   caller runs on its frame, the interpreter finishes the call. When the
//!   caller runs natively itself, the callee's frame waits and the caller
//!   leaves too (a `CalleeExit` exit after the call, the result to come),
//!   and so on up the chain: the frames of every level are made, innermost
//!   first, and finished by the interpreter in order (`calls::native_exit`),
//!   so tracebacks, `sys._getframe` and the depth see every level.

use std::mem::offset_of;
use std::rc::Rc;

use pyrite_jit::ir::{Block, Cmp, IntOp, Type, Value as V};

use super::calls;
use super::helpers::JitCtx;
use super::layout::{EXIT_TAG, PENDING_WORD};
use super::translate::{Av, Tr};
use super::Compiled;
use crate::object::value::TAG_MASK;
use crate::bytecode::Code;
use crate::object::{t, FunctionData, Value};
use crate::vm::Vm;

impl Tr<'_> {
    /// The entry a CALL of `func` with `argc` positional arguments can call
    /// natively, if any: another code's, or this very code's own when it
    /// is a function's ip-0 entry (`Options::own`), for the same globals
    /// and builtins and a plain function with no cells.
    pub(super) fn native_callee(&self, func: &Value, argc: usize) -> Option<NativeTarget> {
        let fd = calls::plain_function(func)?;
        if !std::ptr::eq(Rc::as_ptr(&fd.code), self.code) {
            return calls::native_entry(fd, argc).map(NativeTarget::Other);
        }
        let o = self.opts;
        let fits = !o.own.is_null() && fd.code.argcount as usize == argc && fd.code.freevars.is_empty() && fd.code.ncells() == 0;
        (fits && o.globals.is(&fd.globals) && o.builtins.is(&fd.builtins) && !o.locals_are_globals).then_some(NativeTarget::Own)
    }

    /// Emits the native call of `callee` (entry of known function `func`)
    /// for the CALL whose operands are stack positions `ops` (NULL, callee
    /// word `wf`, arguments; or callee, `self` and the other arguments:
    /// the arguments from position `first`, the callee just before them;
    /// spilled to their slots unless this code runs frameless, else boxed
    /// here once the guards passed), in the current block;
    /// a failed guard goes to `slow` (the stack as it is). The result goes
    /// to `join`. The abstract stack and temporaries are left as they were.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn native_call(&mut self, func: &Value, callee: NativeTarget, wf: V, ops: std::ops::Range<usize>, first: usize, slow: Block, join: Block) {
        let spilled = !self.opts.frameless;
        let (from, top) = (ops.start, ops.end);
        let code = func.downcast::<FunctionData>().expect("native callees are functions").code.clone();
        let pro = self.native_guards(func, &callee, wf, slow);
        // The arguments as words: what `spill` wrote (a boxed int's
        // reference is a temp), or boxed now (an exit of the boxing sees
        // the operands on the stack; the references go to the area, not
        // to the temps, which the slow paths drop).
        let words: Vec<V> = (first..top)
            .map(|pos| match self.stack[pos] {
                Av::Owned(v) | Av::Borrowed(v, _) => v,
                _ if spilled => self.f.load_slot(self.base + pos as u32),
                av => {
                    let temps = self.temps.len();
                    let w = self.word(av);
                    self.temps.truncate(temps);
                    w
                }
            })
            .collect();
        let pro = self.native_count(pro);
        // The arguments move into the area (borrowed ones get their own
        // references); the callee's reference is released after the call
        // or handed to the exit helper: the exit sees the stack without
        // the operands.
        for pos in first - 1..top {
            if let Av::Borrowed(v, _) = self.stack[pos] {
                self.f.incref(v);
            }
        }
        let operands: Vec<Av> = self.stack.drain(from..).collect();
        let temps = std::mem::take(&mut self.temps);
        self.native_invoke(&code, &callee, pro, wf, &words, join, Resume::Call);
        self.stack.extend(operands);
        self.temps = temps;
    }

    /// The guards of a native call of function `func` (entry `callee`)
    /// through callee word `wf`: a failed one goes to `slow`. The word is
    /// a function of `func`'s code, globals and builtins, the entry is not
    /// retired and the VM's depth is under the recursion limit.
    pub(super) fn native_guards(&mut self, func: &Value, callee: &NativeTarget, wf: V, slow: Block) -> NativeProlog {
        let fd = func.downcast::<FunctionData>().expect("native callees are functions");
        let cp = callee_compiled(callee, self.opts.own);
        if matches!(callee, NativeTarget::Own) {
            self.own_calls += 1;
        }
        let is_fn = self.f.has_type(wf, t().function.raw());
        self.guard_or(is_fn, slow);
        let data = (fd as *const FunctionData as u64).wrapping_sub(func.raw()) as i32;
        for (off, want) in [
            (offset_of!(FunctionData, code), calls::code_word(fd)),
            (offset_of!(FunctionData, globals), fd.globals.raw()),
            (offset_of!(FunctionData, builtins), fd.builtins.raw()),
        ] {
            let now = self.f.load_field(wf, data + off as i32, Type::I64);
            let want = self.f.const_i64(want as i64);
            let same = self.f.int_cmp(Cmp::Eq, now, want);
            self.guard_or(same, slow);
        }
        let retired = self.f.const_boxed(cp as u64 + offset_of!(Compiled, retired) as u64);
        let retired = self.f.load_field(retired, 0, Type::Bool);
        let live = self.f.bool_not(retired);
        self.guard_or(live, slow);
        let (vm, depth, room) = self.vm_depth_room();
        self.guard_or(room, slow);
        NativeProlog { cp, vm, depth, deeper: depth }
    }

    /// The VM word, its call depth and whether that depth is under the
    /// recursion limit (one more call may be made).
    pub(super) fn vm_depth_room(&mut self) -> (V, V, V) {
        let ctx = self.f.vm_ctx();
        let cw = self.f.i64_to_word(ctx);
        let vm = self.f.load_field(cw, offset_of!(JitCtx, vm) as i32, Type::I64);
        let vm = self.f.i64_to_word(vm);
        let depth = self.f.load_field(vm, offset_of!(Vm, depth) as i32, Type::I64);
        let limit = self.f.load_field(vm, offset_of!(Vm, recursion_limit) as i32, Type::I64);
        let room = self.f.int_cmp(Cmp::Lt, depth, limit);
        (vm, depth, room)
    }

    /// Counts the call as an entry of the callee (as the direct path
    /// counts it: exit heuristics compare exits with entries) and computes
    /// the callee's depth. The adds' overflow exits (never taken) resume
    /// the instruction in the interpreter.
    pub(super) fn native_count(&mut self, pro: NativeProlog) -> NativeProlog {
        let entries = self.f.const_boxed(pro.cp as u64 + offset_of!(Compiled, entries) as u64);
        let n = self.f.load_field(entries, 0, Type::I64);
        let one = self.imm(1);
        let st = self.state();
        let n = self.f.int_binary(IntOp::Add, n, one, Some(st));
        self.f.store_field(entries, 0, n);
        let st = self.state();
        let deeper = self.f.int_binary(IntOp::Add, pro.depth, one, Some(st));
        NativeProlog { deeper, ..pro }
    }

    /// Calls entry `callee` of `code` (guards passed, `pro`) on a stack area
    /// holding `words` (owned references) as its arguments and empty
    /// locals; `wf` is the callee function (an owned reference, released
    /// after the call or handed to the exit helper). The result (owned)
    /// goes to `join`. `resume` says how code that runs natively itself
    /// leaves after the instruction when the callee's frame waits for it
    /// (see `Resume`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn native_invoke(&mut self, code: &Rc<Code>, callee: &NativeTarget, pro: NativeProlog, wf: V, words: &[V], join: Block, resume: Resume) {
        let NativeProlog { cp, vm, depth, deeper } = pro;
        let ctx = self.f.vm_ctx();
        let nlocals = code.nlocals() as u32;
        let area = self.f.stack_area(calls::frame_words(code) as u32);
        let argc = words.len();
        for (i, &w) in words.iter().enumerate() {
            let at = self.imm(i as i64);
            self.f.store_elem(area, at, w);
        }
        let empty = self.f.const_boxed(0);
        for i in argc as u32..nlocals {
            let at = self.imm(i as i64);
            self.f.store_elem(area, at, empty);
        }
        // The callee counts a level (the recursion limit), as its frame would.
        self.f.store_field(vm, offset_of!(Vm, depth) as i32, deeper);
        let raw = match callee {
            NativeTarget::Other(c) => self.f.call_entry(c.code.entry() as usize as u64, area, ctx),
            NativeTarget::Own => {
                let at = self.f.const_boxed(cp as u64 + offset_of!(Compiled, self_entry) as u64);
                let entry = self.f.load_field(at, 0, Type::I64);
                self.f.call_entry_at(entry, area, ctx)
            }
        };
        self.f.store_field(vm, offset_of!(Vm, depth) as i32, depth);
        let mask = self.imm(TAG_MASK as i64);
        let tag = self.f.int_binary(IntOp::And, raw, mask, None);
        let exit_tag = self.imm((EXIT_TAG << 48) as i64);
        let exited = self.f.int_cmp(Cmp::Eq, tag, exit_tag);
        let (done, left) = (self.f.create_block(), self.f.create_block());
        self.f.branch(exited, left, &[], done, &[]);
        // A return: drop the callee's locals, then the callee.
        self.f.switch_to_block(done);
        // A parameter the callee never deletes is still bound.
        let deleted = |i: u32| {
            (0..code.instrs.len()).any(|ip| super::analysis::op_at(code, ip) == crate::bytecode::Op::DeleteFast && code.instrs[ip].arg == i)
        };
        for i in 0..nlocals {
            let at = self.imm(i as i64);
            let w = self.f.load_elem(area, at);
            if (i as usize) < argc && !deleted(i) {
                self.decref(w);
            } else {
                self.decref_unless_empty(w);
            }
        }
        self.decref(wf);
        let r = self.f.i64_to_word(raw);
        self.f.jump(join, &[r]);
        // An exit: the interpreter finishes the callee.
        self.f.switch_to_block(left);
        let ctx = self.f.vm_ctx();
        let entry = self.imm(cp as i64);
        let at = self.imm(self.ip as i64);
        let r = self.call_word(self.h.native_exit, &[ctx, area, raw, wf, entry, at]);
        if !matches!(resume, Resume::Never) {
            // This code runs natively too and the callee's frame waits for
            // it (`calls::native_exit`): it leaves as well, to resume after
            // the instruction with the result the VM gives it (a marker
            // until then: see `calls::WaitMarker`).
            let word = self.f.word_to_i64(r);
            let pending = self.imm(PENDING_WORD as i64);
            let waits = self.f.int_cmp(Cmp::Eq, word, pending);
            let (wait, back) = (self.f.create_block(), self.f.create_block());
            self.f.branch(waits, wait, &[], back, &[]);
            self.f.switch_to_block(wait);
            let after = match resume {
                Resume::Call | Resume::Never => {
                    let mut after = self.stack.clone();
                    after.push(Av::Null);
                    after
                }
                Resume::Init { from, obj } => {
                    // The class and the arguments go (the callee's frame has
                    // its own references); the instance stays, the marker
                    // above it.
                    for pos in from + 1..self.stack.len() {
                        let av = self.stack[pos];
                        self.drop_av(av);
                    }
                    for v in self.temps.clone() {
                        self.f.decref(v);
                    }
                    let mut after = self.stack[..from].to_vec();
                    let marker = self.imm(calls::WaitMarker::Init as i64);
                    after.extend([Av::Owned(obj), Av::Int(marker)]);
                    after
                }
            };
            let st = self.state_at(self.ip + 1, &after);
            self.f.callee_exit(st);
            self.f.switch_to_block(back);
        }
        self.f.jump(join, &[r]);
        if let NativeTarget::Other(c) = callee {
            self.native_callees.push((code.clone(), c.clone()));
        }
    }

    /// Goes on in a new block when `ok`, else to `other`.
    pub(super) fn guard_or(&mut self, ok: V, other: Block) {
        let next = self.f.create_block();
        self.f.branch(ok, next, &[], other, &[]);
        self.f.switch_to_block(next);
    }
}

/// What a native call calls: another code's entry (held by the caller's
/// `Compiled::native_callees`), or the code being compiled itself.
pub(super) enum NativeTarget {
    Other(Rc<Compiled>),
    Own,
}

/// How code that runs natively leaves when the callee of its native call
/// exited and its frame waits (`calls::native_exit`): to resume after the
/// instruction, with a marker on the stack that the callee's result
/// replaces (see `calls::WaitMarker`).
#[derive(Clone, Copy)]
pub(super) enum Resume {
    /// A CALL: the result is pushed.
    Call,
    /// A known-class site (`translate_known_class`): the instance at stack
    /// position `from` stays, `__init__`'s result is checked.
    Init { from: usize, obj: V },
    /// Code that never runs natively (a frame helper in it).
    Never,
}

/// What the guards of a native call found: the callee's `Compiled` (this
/// code's own is allocated but not yet written: only its fields'
/// addresses are used), the VM word, its depth and the callee's depth
/// (`native_count`).
#[derive(Clone, Copy)]
pub(super) struct NativeProlog {
    cp: *const Compiled,
    vm: V,
    depth: V,
    deeper: V,
}

fn callee_compiled(callee: &NativeTarget, own: *const Compiled) -> *const Compiled {
    match callee {
        NativeTarget::Other(c) => Rc::as_ptr(c),
        NativeTarget::Own => own,
    }
}
