//! Python-to-Python calls without Rust recursion (DESIGN §4).
//!
//! A CALL of a plain Python function (`Code::is_simple_call`) does not
//! recurse into `run_frame`: the eval loop builds the callee frame here,
//! pushes it on the frame stack owned by the running `interpret_frame`
//! invocation ([`InlinedFrames`]) and switches to it; RETURN_VALUE of such a
//! frame pops it and continues the caller. Frames are boxed so they never
//! move while `FrameChain` points at them; the boxes (with their slot and
//! stack buffers) are pooled in the `Vm`. A pooled box keeps the code,
//! globals and builtins it last ran with (its slots, stack and function are
//! cleared), so a call of a function of the same module re-sets nothing.

use std::rc::Rc;

use crate::error::PyErr;
use crate::object::exception::recursion_error;
use crate::object::*;

use super::frame::Frame;
use super::Vm;

/// The frames one eval invocation pushed for inlined calls, innermost last.
/// The invocation's own (base) frame is not among them.
pub type InlinedFrames = Vec<Box<Frame>>;

/// At most this many frame boxes are kept for reuse.
const FRAME_POOL_MAX: usize = 64;

impl Vm {
    /// CALL fast path without recursion: if the stack holds
    /// `[NULL, func, args...]` or `[func, self, args...]` for a plain Python
    /// function taking these positional arguments (trailing ones possibly
    /// left to their defaults), moves the
    /// arguments into a new frame for it and returns it (recursion limit and
    /// Ctrl-C already checked, `depth` counted, the frame recorded in
    /// `FrameChain`: the caller must push it on its `InlinedFrames` and run
    /// it). `None`: not such a call, nothing was touched. `Some(Err)`: the
    /// call failed before the callee started (raised at the caller's CALL).
    #[inline]
    pub fn enter_py_call(&mut self, f: &mut Frame, argc: usize) -> Option<Result<Box<Frame>, PyErr>> {
        let n = f.stack.len();
        let start = n - argc;
        let is_null = f.stack[start - 2].is(&t().null);
        let (func_at, nargs) = if is_null { (start - 1, argc) } else { (start - 2, argc + 1) };
        let fd = f.stack[func_at].downcast::<FunctionData>()?;
        let code = &fd.code;
        let argcount = code.argcount as usize;
        // Missing trailing parameters are filled from the defaults.
        let mut defaults = None;
        if !code.is_simple_call(nargs) {
            if nargs > argcount || !code.is_simple_call(argcount) {
                return None;
            }
            let d = fd.defaults.get()?;
            let ndef = d.downcast::<TupleData>()?.0.len();
            if nargs + ndef < argcount {
                return None;
            }
            defaults = Some(d);
        }
        if self.depth >= self.recursion_limit {
            return Some(Err(recursion_error("maximum recursion depth exceeded")));
        }
        if super::interrupt::take_interrupt() {
            return Some(Err(PyErr::new_empty(&t().named("KeyboardInterrupt"))));
        }
        let nslots = code.nlocals() + code.ncells();
        let (stacksize, has_cells) = (code.stacksize as usize, code.ncells() > 0);
        let mut frame = match self.frame_pool.pop() {
            Some(mut b) => {
                // A pooled box keeps its last code and namespaces (usually
                // the same ones again: recursion, a module's functions).
                if !Rc::ptr_eq(&b.code, code) {
                    b.code = code.clone();
                }
                if !b.globals.is(&fd.globals) {
                    b.globals = fd.globals.clone();
                }
                if !b.builtins.is(&fd.builtins) {
                    b.builtins = fd.builtins.clone();
                }
                b.ip = 0;
                b.lasti = 0;
                b.stack.reserve(stacksize);
                b
            }
            None => Box::new(Frame { code: code.clone(), globals: fd.globals.clone(), builtins: fd.builtins.clone(), locals: None, fast: Vec::with_capacity(nslots), stack: Vec::with_capacity(stacksize), ip: 0, lasti: 0, func: None }),
        };
        // The arguments move from the caller's stack into the first slots.
        let fast = &mut frame.fast;
        fast.reserve(nslots);
        f.pop_into(fast, nargs);
        if let Some(d) = defaults {
            let defs = &d.downcast::<TupleData>().expect("defaults tuple").0;
            let first = argcount - defs.len();
            fast.extend(defs[nargs - first..].iter().map(|v| Some(v.clone())));
        }
        for _ in fast.len()..nslots {
            fast.push(None);
        }
        frame.func = Some(f.pop());
        if is_null {
            f.pop();
        }
        if has_cells {
            let closure = frame.func.as_ref().and_then(|fv| fv.downcast::<FunctionData>()).and_then(|fd| fd.closure.clone());
            self.init_cells(&mut frame, closure.as_ref());
        }
        self.depth += 1;
        self.frames.push(&frame);
        Some(Ok(frame))
    }

    /// Undoes [`Vm::enter_py_call`] for a finished inlined frame: forgets
    /// it in `FrameChain`, uncounts it and recycles its box.
    #[inline]
    pub fn leave_py_call(&mut self, mut frame: Box<Frame>) {
        self.frames.pop();
        self.depth -= 1;
        frame.fast.clear();
        frame.stack.clear();
        frame.func = None;
        if self.frame_pool.len() < FRAME_POOL_MAX {
            self.frame_pool.push(frame);
        }
    }

    /// An empty frame stack for one `interpret_frame` invocation (reused buffers).
    #[inline]
    pub fn take_inlined(&mut self) -> InlinedFrames {
        self.inlined_pool.pop().unwrap_or_default()
    }

    /// Returns an empty frame stack to the pool.
    #[inline]
    pub fn recycle_inlined(&mut self, v: InlinedFrames) {
        debug_assert!(v.is_empty());
        if v.capacity() > 0 && self.inlined_pool.len() < FRAME_POOL_MAX {
            self.inlined_pool.push(v);
        }
    }
}
