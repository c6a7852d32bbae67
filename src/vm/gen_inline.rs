//! Generators resumed without Rust recursion: FOR_ITER over a generator
//! and SEND to one (`yield from`) move the generator's suspended frame onto
//! the running eval invocation's stack of inlined frames
//! (`inline_call.rs`) and switch to it, as a call does; its YIELD_VALUE
//! gives the frame back to the generator and continues the resumer with
//! the value, its RETURN_VALUE (or an escaping exception) finishes the
//! generator and continues the resumer as the FOR_ITER / SEND's end.
//! A chain of nested generators (a recursive generator, a pipeline) then
//! runs in one eval loop.
//!
//! Anything unusual declines (nothing touched) and takes `gen_step`:
//! a running or finished generator, a first `send` of a non-None value,
//! the recursion limit, a handled exception on either side, code that may
//! have compiled entries.

use crate::error::PyErr;
use crate::object::generator::GeneratorData;
use crate::object::*;

use super::frame::Frame;
use super::inline_call::InlinedFrames;
use super::Vm;

/// The generator body of an inlined frame's `Resume`, if it is one (the
/// other resumes are an `__init__` instance or the BINARY_OP marker).
#[inline(always)]
pub fn resumed_gen(resume: &Value) -> Option<&GeneratorData> {
    resume.downcast::<GeneratorData>()
}

impl Vm {
    /// Resumes the generator `gen` (the resumer's SEND operand) with `sent`
    /// inline: its frame, with `sent` pushed once it started, becomes
    /// `inl`'s innermost frame (returned: the eval loop switches to it), the
    /// generator marked running and the frame counted and recorded as a
    /// call's. `Err(sent)`: declined, nothing touched.
    #[inline(always)]
    pub fn resume_gen_inline(&mut self, gen: &Value, sent: Value, inl: &mut InlinedFrames) -> Result<*mut Frame, Value> {
        let sent = if sent.is(&t().none) { None } else { Some(sent) };
        self.resume_gen_inline_with(gen, sent, inl).map_err(|v| v.unwrap_or_else(|| t().none.clone()))
    }

    /// [`Vm::resume_gen_inline`] with None sent (FOR_ITER over a generator);
    /// `None`: declined, nothing touched.
    #[inline(always)]
    pub fn resume_gen_next_inline(&mut self, gen: &Value, inl: &mut InlinedFrames) -> Option<*mut Frame> {
        self.resume_gen_inline_with(gen, None, inl).ok()
    }

    /// The resumption of [`Vm::resume_gen_inline`], `sent` `None` standing
    /// for None; `Err(sent)` when declined.
    #[inline(always)]
    fn resume_gen_inline_with(&mut self, gen: &Value, sent: Option<Value>, inl: &mut InlinedFrames) -> Result<*mut Frame, Option<Value>> {
        let Some(gd) = gen.downcast::<GeneratorData>() else { return Err(sent) };
        if gd.running.get() || self.depth >= self.recursion_limit || self.handled_exc.is_some() || !gd.exc_state.is_none() {
            return Err(sent);
        }
        let started = gd.started.get();
        if !started && sent.is_some() {
            return Err(sent);
        }
        let mut slot = gd.frame.borrow_mut();
        let Some(fr) = slot.as_ref() else { return Err(sent) };
        // Compiled generator code is entered by `run_frame` (which also
        // blacklists generator code the JIT leaves alone).
        if self.jit.enabled() && !fr.code.jit.blacklisted.get() {
            return Err(sent);
        }
        let mut b = slot.take().expect("checked above");
        drop(slot);
        if started {
            match sent {
                Some(v) => b.push(v),
                // None is usually dropped at once by the POP_TOP after the
                // YIELD_VALUE (a `yield` statement): resume past that
                // POP_TOP instead of pushing None for it (the code runs
                // interpreted: checked above).
                None if super::gen_fast::at_pop_top(&b) => b.ip += 1,
                None => b.push(t().none.clone()),
            }
        } else {
            gd.started.set(true);
        }
        gd.running.set(true);
        self.depth += 1;
        let p = inl.push_box(b, gen.clone());
        // SAFETY: `p` is the box just pushed, in place while it is live.
        self.frames.push(unsafe { &*p });
        Ok(p)
    }

    /// YIELD_VALUE of an inlined generator frame (`inl`'s innermost): the
    /// frame (at its resumption point) goes back to its generator, which is
    /// no longer running; its handled exception, if it suspended inside a
    /// handler, is kept for its next resumption. Whether there was one (a
    /// value may have been dropped then).
    #[inline(always)]
    pub fn suspend_gen_inline(&mut self, inl: &mut InlinedFrames) -> bool {
        let (b, resume) = inl.pop_box().expect("an inlined generator frame");
        self.frames.pop();
        self.depth -= 1;
        let gen = resume.expect("a generator's resume");
        let gd = resumed_gen(&gen).expect("a generator's resume");
        gd.running.set(false);
        let swapped = self.handled_exc.is_some();
        if swapped {
            self.leave_gen_exc(gd, None);
        }
        *gd.frame.borrow_mut() = Some(b);
        swapped
    }

    /// An inlined generator frame finished (returned, or `err` escaped
    /// it), just popped from `inl` with `gen` its resume: the generator is
    /// done and not running; its box goes back to the frame pool. The
    /// error as the resumer sees it (a StopIteration becomes RuntimeError,
    /// PEP 479).
    #[inline]
    pub fn finish_gen_inline(&mut self, inl: &mut InlinedFrames, gen: &Value, err: Option<PyErr>) -> Option<PyErr> {
        let b = inl.take_popped();
        self.frames.pop();
        self.depth -= 1;
        self.recycle_frame_box(b);
        let gd = resumed_gen(gen).expect("a generator's resume");
        gd.running.set(false);
        if self.handled_exc.is_some() {
            self.leave_gen_exc(gd, None);
        }
        err.map(|e| self.generator_error(e, gd.what()))
    }

    /// Leaves `inl`'s innermost frame, which `err` escaped: the error its
    /// caller continues with; `Err(err)` if there is no inlined frame.
    pub fn unwind_inlined(&mut self, inl: &mut InlinedFrames, err: PyErr) -> Result<PyErr, PyErr> {
        let Some((done, resume)) = inl.pop() else { return Err(err) };
        match resume {
            Some(g) if resumed_gen(&g).is_some() => Ok(self.finish_gen_inline(inl, &g, Some(err)).expect("an error")),
            resume => {
                self.unwind_py_call(done, resume);
                Ok(err)
            }
        }
    }
}
