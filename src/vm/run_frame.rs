//! Running a frame: the entry points around the eval loop. `run_frame`
//! pushes the frame on the VM's frame chain and tries compiled code first;
//! `interpret_frame` drives the eval loop (`eval.rs`) and unwinds errors
//! through each frame's exception table, leaving inlined callees as it goes.

use crate::bytecode::Op;
use crate::error::{PyErr, PyResult};
use crate::object::*;
use crate::tier2::Entered;

use super::eval::{enter_handler, FrameExit};
use super::frame::Frame;
use super::Vm;

impl Vm {
    /// Runs `frame` until it returns or yields, handling exceptions through
    /// its exception table.
    #[inline]
    pub fn run_frame(&mut self, frame: &mut Frame) -> PyResult<FrameExit> {
        self.frames.push(frame);
        let r = self.run_frame_handling(frame);
        self.frames.pop();
        r
    }

    /// The code, current line and globals of the frame `depth` levels above
    /// the innermost running one (0 = innermost), for `warnings` and
    /// `traceback` to find their callers.
    pub fn caller_site(&self, depth: usize) -> Option<(std::rc::Rc<crate::bytecode::Code>, u32, Value)> {
        self.frames.with(depth, |f| (f.code.clone(), f.current_line(), f.globals.clone()))
    }

    /// [`Vm::run_frame`] for a frame already recorded in `FrameChain`.
    #[inline]
    pub(super) fn run_frame_handling(&mut self, frame: &mut Frame) -> PyResult<FrameExit> {
        let mut pending = None;
        // Functions enter compiled code at their start, generators wherever
        // they resume.
        if self.jit.enabled() && (frame.ip == 0 || frame.code.is_generator()) {
            let entered = if frame.code.is_generator() { crate::tier2::resume(self, frame) } else { crate::tier2::enter(self, frame, 0) };
            match entered {
                Entered::No | Entered::Deopt => {}
                Entered::Return(v) => return Ok(FrameExit::Return(v)),
                Entered::Yield(v) => return Ok(FrameExit::Yield(v)),
                Entered::Error(e) => pending = Some(e),
            }
        }
        self.interpret_frame(frame, pending)
    }

    /// Runs `frame` in the interpreter from `frame.ip` (first unwinding
    /// `pending`, an exception raised at `frame.lasti`, if given). Plain
    /// Python calls made meanwhile run in this same invocation, on its
    /// stack of inlined frames (`inline_call.rs`).
    pub fn interpret_frame(&mut self, base: &mut Frame, mut pending: Option<PyErr>) -> PyResult<FrameExit> {
        let mut inl = self.take_inlined();
        let r = loop {
            let r = match pending.take() {
                Some(e) => Err(e),
                None => self.eval(base, &mut inl),
            };
            match r {
                Ok(exit) => break Ok(exit),
                Err(err) => {
                    let frame: &mut Frame = match inl.top_mut() {
                        Some(b) => b,
                        None => base,
                    };
                    let op = frame.code.instrs[frame.lasti].op.get();
                    let reraise = matches!(op, Op::Reraise) || (op == Op::RaiseVarargs && frame.code.instrs[frame.lasti].arg == 0);
                    let exc = self.normalize(err);
                    if !reraise {
                        self.add_traceback(&exc, frame);
                    }
                    if let Err(exc) = enter_handler(frame, exc) {
                        self.keep_locals(&exc, frame);
                        // Unhandled: an inlined callee is left and the
                        // exception continues in its caller, at its CALL.
                        match self.unwind_inlined(&mut inl, PyErr::from_object(exc)) {
                            Ok(e) => pending = Some(e),
                            Err(e) => break Err(e),
                        }
                    }
                }
            }
        };
        self.recycle_inlined(inl);
        r
    }
}
