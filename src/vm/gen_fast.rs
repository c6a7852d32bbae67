//! The lean generator resumption used on hot paths: FOR_ITER over a
//! generator (FOR_ITER_GEN), `next()` from builtins consuming generators,
//! and SEND for `yield from` of a generator. One downcast, no `Result`
//! input to dispatch on, no re-borrow of the generator between checks.
//! `throw()`/`close()` keep using `Vm::gen_resume`. Also the closing of
//! generators freed while suspended.

use crate::error::PyResult;
use crate::object::exception::{recursion_error, type_error, value_error};
use crate::object::generator::GeneratorData;
use crate::object::*;

use super::eval::FrameExit;
use super::frame::Frame;
use super::Vm;

/// Whether closing the generator suspended in `f` can run code: its yield
/// is covered by an exception handler (`try`/`with`), or it delegates with
/// `yield from` to an iterator that is not a generator (whose `close` is
/// called). A generator freed otherwise just drops its frame.
pub fn closing_runs_code(f: &Frame) -> bool {
    let ip = f.ip;
    if ip == 0 {
        return false;
    }
    if f.code.handler_for((ip - 1) as u32).is_some() {
        return true;
    }
    ip >= 2
        && f.code.instrs.get(ip - 2).is_some_and(|i| i.op.get() == crate::bytecode::Op::Send)
        && f.stack.last().is_some_and(|r| crate::object::generator::gen_body(r).is_none())
}

/// Whether the suspended generator frame `f`, resumed with None, may skip
/// the POP_TOP at its resumption point (a `yield` statement's, which would
/// drop the None at once): when the interpreter runs its code.
#[inline(always)]
pub fn skips_pop_top(vm: &Vm, f: &Frame) -> bool {
    (!vm.jit.enabled() || f.code.jit.blacklisted.get()) && at_pop_top(f)
}

/// Whether the suspended frame `f` resumes at a POP_TOP.
#[inline(always)]
pub fn at_pop_top(f: &Frame) -> bool {
    f.code.instrs.get(f.ip).is_some_and(|i| i.op.get() == crate::bytecode::Op::PopTop)
}

impl Vm {
    /// Resumes the generator `gd` with `sent` (`None` for `next()`):
    /// `Ok(Ok(yielded))`, or `Ok(Err(return value))` once it finishes
    /// (also for an already finished generator, which returns `None`).
    #[inline]
    pub fn gen_step(&mut self, gd: &GeneratorData, sent: Value) -> PyResult<Result<Value, Value>> {
        if gd.running.get() {
            return Err(value_error(format!("{} already executing", gd.what())));
        }
        let Some(mut frame) = gd.frame.borrow_mut().take() else {
            return Ok(Err(self.none()));
        };
        let started = gd.started.get();
        if !started && !self.is_none(&sent) {
            *gd.frame.borrow_mut() = Some(frame);
            return Err(type_error(format!("can't send non-None value to a just-started {}", gd.what())));
        }
        if self.depth >= self.recursion_limit {
            *gd.frame.borrow_mut() = Some(frame);
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        if started {
            // A `yield` statement drops the None sent at once: resume past
            // its POP_TOP (interpreted code only: compiled generator code
            // enters at the resumption points themselves).
            if sent.is(&t().none) && skips_pop_top(self, &frame) {
                frame.ip += 1;
            } else {
                frame.push(sent);
            }
        } else {
            gd.started.set(true);
        }
        gd.running.set(true);
        self.depth += 1;
        // Nothing to swap when neither the generator nor its resumer
        // handles an exception (the common case); else as `gen_resume`.
        let swap = !(gd.exc_state.is_none() && self.handled_exc.is_none());
        let outer = if swap { self.enter_gen_exc(gd) } else { None };
        let r = self.run_frame(&mut frame);
        if swap || self.handled_exc.is_some() {
            self.leave_gen_exc(gd, outer);
        }
        self.depth -= 1;
        self.finish_resume(gd, frame, r)
    }

    /// After a generator's frame ran: it is stored back at a yield, its
    /// buffers recycled once it finished (the one ending of `gen_step` and
    /// `gen_resume`).
    #[inline(always)]
    pub(super) fn finish_resume(&mut self, gd: &GeneratorData, frame: Box<Frame>, r: PyResult<FrameExit>) -> PyResult<Result<Value, Value>> {
        gd.running.set(false);
        match r {
            Ok(FrameExit::Yield(y)) => {
                *gd.frame.borrow_mut() = Some(frame);
                Ok(Ok(y))
            }
            Ok(FrameExit::Return(v)) => {
                self.recycle_frame_box(frame);
                Ok(Err(v))
            }
            Err(e) => {
                self.recycle_frame_box(frame);
                Err(self.generator_error(e, gd.what()))
            }
        }
    }

    /// On resuming `gd`: its own handled exception (if it suspended inside
    /// a handler) becomes the current one; returns the caller's.
    #[inline]
    pub(super) fn enter_gen_exc(&mut self, gd: &GeneratorData) -> Option<Value> {
        match gd.exc_state.take() {
            Some(own) => self.handled_exc.replace(own),
            None => self.handled_exc.clone(),
        }
    }

    /// On `gd` suspending or finishing: keeps what it is handling for its
    /// next resumption and gives the caller its handled exception back.
    #[inline]
    pub(super) fn leave_gen_exc(&mut self, gd: &GeneratorData, outer: Option<Value>) {
        let mine = std::mem::replace(&mut self.handled_exc, outer);
        let same = match (&mine, &self.handled_exc) {
            (Some(a), Some(b)) => a.is(b),
            (None, None) => true,
            _ => false,
        };
        if !same {
            gd.exc_state.set(mine);
        }
    }

    /// CALL of a generator function with exactly its positional parameters,
    /// from `[NULL, func, args...]` or `[func, self, args...]`: pops them
    /// and returns the new generator, its frame a pooled box the arguments
    /// move into (no argument vector, no binding). `None`: not such a
    /// call, nothing was touched.
    #[inline]
    pub fn enter_gen_call(&mut self, f: &mut Frame, argc: usize) -> Option<Value> {
        let start = f.stack.len() - argc;
        let is_null = f.stack[start - 2].is(&t().null);
        let (func_at, nargs) = if is_null { (start - 1, argc) } else { (start - 2, argc + 1) };
        let fd = f.stack[func_at].downcast::<FunctionData>()?;
        let code = &fd.code;
        use crate::bytecode::code::flags;
        let kind = flags::VARARGS | flags::VARKEYWORDS | flags::SUSPENDS;
        if code.flags & kind != flags::GENERATOR || code.kwonlyargcount != 0 || code.argcount as usize != nargs {
            return None;
        }
        let nslots = code.nlocals() + code.ncells();
        let has_cells = code.ncells() > 0;
        let mut frame = self.frame_box(fd);
        let (name, qualname) = (fd.name.get(), fd.qualname.get());
        f.pop_into(&mut frame.fast, nargs);
        let func = f.pop();
        if is_null {
            f.pop();
        }
        for _ in frame.fast.len()..nslots {
            frame.fast.push(None);
        }
        if has_cells {
            let closure = func.downcast::<FunctionData>().and_then(|fd| fd.closure.clone());
            self.init_cells(&mut frame, closure.as_ref());
        }
        frame.func = Some(func);
        let code_flags = frame.code.flags;
        let g = GeneratorData::new(frame, name, qualname, code_flags);
        Some(alloc(&t().generator, g, None))
    }

    /// [`Vm::enter_gen_call`] with the generator pushed in its place;
    /// whether it was such a call.
    #[inline]
    pub fn enter_gen_call_pushed(&mut self, f: &mut Frame, argc: usize) -> bool {
        match self.enter_gen_call(f, argc) {
            Some(g) => {
                f.push_in_room(g);
                true
            }
            None => false,
        }
    }

    /// Closes the generators freed while suspended (`take_dying`), each
    /// rebuilt around its frame; an exception escaping `close()` is
    /// reported as CPython's finalizer does ("Exception ignored in").
    /// Whether there were any.
    #[cold]
    pub fn close_dying_generators(&mut self) -> bool {
        let dying = crate::object::generator::take_dying();
        let any = !dying.is_empty();
        for d in dying {
            let g = GeneratorData::new(d.frame, d.name, d.qualname, d.flags);
            g.started.set(true);
            g.finalized.set(true);
            let gen = alloc(&t().generator, g, None);
            if let Err(e) = self.gen_close(&gen) {
                let _ = self.print_unraisable(e, "Exception ignored in", &gen);
            }
        }
        any
    }

    /// `next(gen)` for the generator body `gd`: the next value, or `None`
    /// once it finishes (its return value dropped).
    #[inline]
    pub fn gen_next(&mut self, gd: &GeneratorData) -> PyResult<Option<Value>> {
        let none = self.none();
        Ok(self.gen_step(gd, none)?.ok())
    }
}
