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

use std::mem::ManuallyDrop;
use std::rc::Rc;

use crate::bytecode::InlineCache;
use crate::object::typeobj::type_epoch;

use crate::error::{PyErr, PyResult};
use crate::object::exception::recursion_error;
use crate::object::*;

use super::eval::FrameExit;
use super::frame::Frame;
use super::specialize::type_word;
use super::Vm;

/// The frames one eval invocation runs for inlined calls, innermost last,
/// each with what its return value becomes in the caller (a [`Resume`],
/// one word). The invocation's own (base) frame is not among them. Behind
/// the `live` frames the vector keeps the boxes of finished ones (cleared:
/// no slots, stack or function), which the next calls reuse in place: a
/// call and its return move one counter, not boxes between vectors.
#[derive(Default)]
pub struct InlinedFrames {
    boxes: Vec<(Box<Frame>, Resume)>,
    live: usize,
}

impl InlinedFrames {
    /// The innermost inlined frame, else `base`, as a pointer that does not
    /// borrow `self`: a box stays in place while it is live (only the
    /// vector of boxes moves), so the eval loop can keep using the frame
    /// while it pushes callees.
    #[inline(always)]
    pub fn top_ptr(&mut self, base: *mut Frame) -> *mut Frame {
        match self.live {
            0 => base,
            // SAFETY: `live <= boxes.len()` (every method keeps it so).
            n => unsafe { &mut *self.boxes.get_unchecked_mut(n - 1).0 },
        }
    }

    /// The `Resume` of the innermost inlined frame (for an `__init__`
    /// frame, the new instance: its first slot may have moved into a cell).
    #[inline]
    pub fn top_resume(&self) -> Option<&Value> {
        self.live.checked_sub(1).and_then(|n| self.boxes[n].1.as_ref())
    }

    /// The innermost inlined frame, if any.
    #[inline]
    pub fn top_mut(&mut self) -> Option<&mut Frame> {
        let n = self.live;
        self.boxes[..n].last_mut().map(|(b, _)| &mut **b)
    }

    /// Counts the box `Vm::callee_box` readied as the innermost frame, with
    /// `resume`.
    #[inline(always)]
    fn count_callee(&mut self, resume: Resume) {
        self.boxes[self.live].1 = resume;
        self.live += 1;
    }

    /// Makes `b`, a suspended generator's frame, the innermost frame with
    /// `resume` (the generator): the finished box at its place moves to the
    /// end. A pointer, as [`InlinedFrames::top_ptr`].
    #[inline(always)]
    pub fn push_box(&mut self, b: Box<Frame>, resume: Value) -> *mut Frame {
        let live = self.live;
        if live == self.boxes.len() {
            super::frame::push_fast(&mut self.boxes, (b, Some(resume)));
        } else {
            let done = std::mem::replace(&mut self.boxes[live], (b, Some(resume)));
            super::frame::push_fast(&mut self.boxes, done);
        }
        self.live += 1;
        &mut *self.boxes[live].0
    }

    /// Takes out the box of the frame [`InlinedFrames::pop`] just gave
    /// (a finished generator's, which goes back to the frame pool).
    #[inline]
    pub fn take_popped(&mut self) -> Box<Frame> {
        self.boxes.swap_remove(self.live).0
    }

    /// Takes the innermost frame's box out (a generator suspending: its
    /// frame goes back to the generator, a finished box takes its place)
    /// with its `Resume`.
    #[inline(always)]
    pub fn pop_box(&mut self) -> Option<(Box<Frame>, Resume)> {
        let n = self.live.checked_sub(1)?;
        self.live = n;
        Some(self.boxes.swap_remove(n))
    }

    /// Finishes the innermost frame: its box stays behind for reuse (the
    /// caller clears it: [`Vm::leave_py_call`]); returns it with its
    /// `Resume`.
    #[inline(always)]
    pub fn pop(&mut self) -> Option<(&mut Frame, Resume)> {
        let n = self.live.checked_sub(1)?;
        self.live = n;
        // SAFETY: `n < live <= boxes.len()`.
        let (b, r) = unsafe { self.boxes.get_unchecked_mut(n) };
        Some((&mut **b, r.take()))
    }
}

/// What an inlined frame's return value becomes in its caller: `None` for
/// a plain call (the call's result); for `__init__` of `cls(...)` the new
/// instance (the result, once `__init__` returned None); for BINARY_OP_PY's
/// dunder the [`binop_marker`], its operands and BINARY_OP argument being
/// the last entry of `Vm::binop_pending` (NotImplemented continues the
/// operator protocol with them).
pub type Resume = Option<Value>;

/// The `Resume` of a BINARY_OP_PY frame (never an instance `__init__` ran
/// for).
#[inline(always)]
pub fn binop_marker() -> &'static Value {
    &t().not_implemented
}

/// Extends `fast` with unbound (`None`) slots up to length `nslots`.
#[inline(always)]
fn fill_unbound(fast: &mut Vec<Option<Value>>, nslots: usize) {
    let d = fast.len();
    if d >= nslots {
        return;
    }
    assert!(fast.capacity() >= nslots, "frame slots out of room");
    // SAFETY: slots `d..nslots` are inside the capacity (checked above) and
    // uninitialized; each is written once, then counted by the length.
    // (Volatile stores: a frame has few unbound slots, and LLVM would turn
    // a plain loop into a `memset` call, dearer than the stores.)
    unsafe {
        let p = fast.as_mut_ptr();
        for i in d..nslots {
            p.add(i).write_volatile(None);
        }
        fast.set_len(nslots);
    }
}

/// Appends `v` to slots that have room for it (a frame box's, which
/// `Vm::frame_box` made room for all slots): checks instead of growing.
#[inline(always)]
fn push_in_room(fast: &mut Vec<Option<Value>>, v: Value) {
    let d = fast.len();
    assert!(d < fast.capacity(), "frame slots out of room");
    // SAFETY: slot `d` is inside the capacity (checked above) and
    // uninitialized; it is written once, then counted by the length.
    unsafe {
        fast.as_mut_ptr().add(d).write(Some(v));
        fast.set_len(d + 1);
    }
}

/// Empties a finished frame's slots, dropping their values (a plain
/// pointer walk: `Vec::clear` keeps an index and re-tests the end twice).
#[inline(always)]
fn clear_slots(fast: &mut Vec<Option<Value>>) {
    let n = fast.len();
    // SAFETY: the first `n` slots are initialized; the length is cut first,
    // so each is dropped exactly once (dropping runs no Python code: the
    // slots cannot be reached meanwhile).
    unsafe {
        fast.set_len(0);
        let mut p = fast.as_mut_ptr();
        let end = p.add(n);
        while p != end {
            std::ptr::drop_in_place(p);
            p = p.add(1);
        }
    }
}

/// At most this many frame boxes are kept for reuse.
const FRAME_POOL_MAX: usize = 64;

impl Vm {
    /// CALL fast path without recursion: if the stack holds
    /// `[NULL, func, args...]` or `[func, self, args...]` for a plain Python
    /// function taking these positional arguments (trailing ones possibly
    /// left to their defaults), moves the arguments into a new frame for it
    /// and returns it (recursion limit and Ctrl-C already checked, `depth`
    /// counted, the frame recorded in `FrameChain`: the caller must push it
    /// on its `InlinedFrames` and run it). `None`: not such a call, nothing
    /// was touched. `Some(Err)`: the call failed before the callee started
    /// (raised at the caller's CALL).
    #[inline(never)]
    pub fn enter_py_call(&mut self, f: &mut Frame, argc: usize, inl: &mut InlinedFrames) -> Option<Result<*mut Frame, PyErr>> {
        self.enter_py_call_inline(f, argc, inl)
    }

    /// [`Vm::enter_py_call`] inlined into its caller: CALL_PY_EXACT's arm.
    /// The callee's frame is pushed on `inl` (in a finished box when there
    /// is one), which is returned. `f` may be one of `inl`'s frames.
    #[inline(always)]
    pub fn enter_py_call_inline(&mut self, f: &mut Frame, argc: usize, inl: &mut InlinedFrames) -> Option<Result<*mut Frame, PyErr>> {
        let n = f.stack.len();
        let start = n - argc;
        debug_assert!(start >= 2, "CALL without its callable (compiler bug)");
        // SAFETY: CALL `argc` has `argc + 2` values on the stack (the
        // compiler's depth analysis, an invariant of `Code` checked by
        // `bytecode::verify` for cached code): `start - 2 < start - 1 < n`.
        let (below, callable) = unsafe { (f.stack.get_unchecked(start - 2), f.stack.get_unchecked(start - 1)) };
        let is_null = below.is(&t().null);
        let (func, nargs) = if is_null { (callable, argc) } else { (below, argc + 1) };
        let fd = func.downcast::<FunctionData>()?;
        let defaults = match self.inline_checks(fd, nargs)? {
            Ok(d) => d,
            Err(e) => return Some(Err(e)),
        };
        // SAFETY: see `callee_box`.
        let frame = unsafe { &mut *self.callee_box(inl, fd) };
        f.pop_into_room(&mut frame.fast, nargs);
        let func = f.pop_in_eval();
        if is_null {
            f.pop_in_eval();
        }
        self.finish_frame(frame, func, nargs, defaults);
        inl.live += 1;
        Some(Ok(frame))
    }

    /// The box for a callee about to be pushed on `inl` (at `inl.live`,
    /// which the caller then counts): the finished one there, readied for
    /// running `fd`'s code, else one from the pool (added to `inl`). Its
    /// `Resume` is None. A pointer, as `InlinedFrames::top_ptr`: the box
    /// stays in place while `inl` changes.
    #[inline(always)]
    fn callee_box(&mut self, inl: &mut InlinedFrames, fd: &FunctionData) -> *mut Frame {
        let live = inl.live;
        if live == inl.boxes.len() {
            let b = self.frame_box(fd);
            inl.boxes.push((b, None));
        } else {
            // SAFETY: `live < boxes.len()`.
            reset_box(unsafe { &mut inl.boxes.get_unchecked_mut(live).0 }, fd, fd.code.nlocals() + fd.code.ncells());
        }
        // SAFETY: `live < boxes.len()` now; boxes behind `live` carry no
        // `Resume` (`pop` takes it).
        unsafe { &mut *inl.boxes.get_unchecked_mut(live).0 }
    }

    /// `func(selfv, *args)` (`func(*args)` without `selfv`) from native
    /// code for a plain Python function taking these positional arguments
    /// (trailing ones possibly left to their defaults): the arguments are
    /// copied into a pooled frame box, set up as for an inlined call, which
    /// runs to completion and goes back to the pool. `None`: not such a
    /// call, nothing was done.
    pub fn call_py_bound(&mut self, func: &Value, selfv: Option<&Value>, args: &[Value]) -> Option<PyResult<Value>> {
        let fd = func.downcast::<FunctionData>()?;
        let nargs = args.len() + usize::from(selfv.is_some());
        let defaults = match self.inline_checks(fd, nargs)? {
            Ok(d) => d,
            Err(e) => return Some(Err(e)),
        };
        let mut frame = self.frame_box(fd);
        for a in selfv.into_iter().chain(args) {
            push_in_room(&mut frame.fast, a.clone());
        }
        self.finish_frame(&mut frame, func.clone(), nargs, defaults);
        let r = self.run_frame_handling(&mut frame);
        self.leave_py_call(&mut frame);
        self.pool_box(frame);
        Some(match r {
            Ok(FrameExit::Return(v)) => Ok(v),
            Ok(FrameExit::Yield(_)) => Err(crate::object::exception::system_error("yield in a non-generator frame")),
            Err(e) => Err(e),
        })
    }

    /// `cls(args...)` from `[NULL, cls, args...]` for a plain class
    /// (metaclass `type`, `object.__new__`, a Python `__init__` taking these
    /// arguments): allocates the instance (what `object.__new__` does) and
    /// returns the `__init__` frame, set up as [`Vm::enter_py_call`] does,
    /// with the instance, which the call results in once `__init__` returns
    /// None. `None`: not such a call, nothing was touched.
    pub fn enter_init_call(&mut self, f: &mut Frame, argc: usize, inl: &mut InlinedFrames) -> Option<Result<*mut Frame, PyErr>> {
        let n = f.stack.len();
        let start = n - argc;
        if !f.stack[start - 2].is(&t().null) {
            return None;
        }
        let cls = &f.stack[start - 1];
        let r = t();
        if cls.downcast::<TypeData>()?.kind != Kind::Object || !self.type_of(cls).is(&r.type_) {
            return None;
        }
        let new = self.type_lookup_v(cls, &self.names.new.clone())?;
        if !self.type_lookup_v(&r.object, &self.names.new.clone()).is_some_and(|o| o.is(&new)) {
            return None;
        }
        let init = self.type_lookup_v(cls, &self.names.init.clone())?;
        self.init_frame(f, init, argc, inl)
    }

    /// CALL_PY_INIT: [`Vm::enter_init_call`] for the class and `__init__`
    /// recorded in `c` (`key` the class's address, `key2` the type epoch,
    /// `value` the `__init__` function, borrowed from the class namespace).
    #[inline]
    pub fn enter_init_cached(&mut self, f: &mut Frame, c: &InlineCache, argc: usize, inl: &mut InlinedFrames) -> Option<Result<*mut Frame, PyErr>> {
        let start = f.stack.len() - argc;
        let cls = &f.stack[start - 1];
        if !f.stack[start - 2].is(&t().null) || cls.raw() != c.key.get() || type_epoch() != c.key2.get() {
            return None;
        }
        // `cls.__class__ = M` would not show in the epoch.
        if cls.as_header()?.type_ptr() as u64 != t().type_.raw() {
            return None;
        }
        // The class's namespace owns `__init__` while the epoch holds.
        let init = ManuallyDrop::new(Value::from_raw(c.value.get()));
        self.init_frame(f, (*init).clone(), argc, inl)
    }

    /// The `__init__` frame of `cls(args...)` on `f`'s stack (the class
    /// checked to be a plain one whose instances `object.__new__` makes),
    /// pushed on `inl` with the instance (its first slot) as its `Resume`.
    #[inline(always)]
    fn init_frame(&mut self, f: &mut Frame, init: Value, argc: usize, inl: &mut InlinedFrames) -> Option<Result<*mut Frame, PyErr>> {
        let fd = init.downcast::<FunctionData>()?;
        let defaults = match self.inline_checks(fd, argc + 1)? {
            Ok(d) => d,
            Err(e) => return Some(Err(e)),
        };
        let cls = &f.stack[f.stack.len() - argc - 1];
        let obj = alloc(cls, (), None);
        // SAFETY: see `callee_box`.
        let frame = unsafe { &mut *self.callee_box(inl, fd) };
        push_in_room(&mut frame.fast, obj.clone());
        f.pop_into_room(&mut frame.fast, argc);
        f.pop_in_eval();
        f.pop_in_eval();
        self.finish_frame(frame, init, argc + 1, defaults);
        inl.count_callee(Some(obj));
        Some(Ok(frame))
    }

    /// BINARY_OP_PY: if the operands on top of `f`'s stack still match the
    /// site's cache (`key`/`key2` the left operand's type and the type
    /// epoch, `shape` the right operand's type, `value` the left operand's
    /// Python dunder, borrowed), moves them into a frame for the dunder.
    /// `None`: guards failed, nothing was touched.
    #[inline]
    pub fn enter_binop_call(&mut self, f: &mut Frame, c: &InlineCache, arg: u32, inl: &mut InlinedFrames) -> Option<Result<*mut Frame, PyErr>> {
        let n = f.stack.len();
        let h = f.stack[n - 2].as_header()?;
        if h.type_ptr() as u64 != c.key.get() || type_epoch() != c.key2.get() || type_word(&f.stack[n - 1]) != c.shape.get() {
            return None;
        }
        let func = ManuallyDrop::new(Value::from_raw(c.value.get()));
        let fd = func.downcast::<FunctionData>()?;
        let defaults = match self.inline_checks(fd, 2)? {
            Ok(d) => d,
            Err(e) => return Some(Err(e)),
        };
        self.binop_pending.push((f.stack[n - 2].clone(), f.stack[n - 1].clone(), arg));
        // SAFETY: see `callee_box`.
        let frame = unsafe { &mut *self.callee_box(inl, fd) };
        f.pop_into_room(&mut frame.fast, 2);
        self.finish_frame(frame, (*func).clone(), 2, defaults);
        inl.count_callee(Some(binop_marker().clone()));
        Some(Ok(frame))
    }

    /// Whether `fd` can run inlined with `nargs` positional arguments:
    /// `None` if not; else the recursion-limit and Ctrl-C checks' outcome,
    /// with the defaults tuple when trailing parameters are missing.
    #[inline(always)]
    fn inline_checks(&mut self, fd: &FunctionData, nargs: usize) -> Option<Result<Option<Value>, PyErr>> {
        let code = &fd.code;
        let mut defaults = None;
        if !code.is_simple_call(nargs) {
            let argcount = code.argcount as usize;
            if nargs > argcount || !code.is_simple_call(argcount) {
                return None;
            }
            let d = fd.defaults.get()?;
            if nargs + d.downcast::<TupleData>()?.0.len() < argcount {
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
        Some(Ok(defaults))
    }

    /// A frame box for running `fd`'s code: empty slots (with room for
    /// all), an empty stack, at ip 0 (the eval loop makes room for the
    /// code's stack when it starts running the frame).
    #[inline(always)]
    pub(super) fn frame_box(&mut self, fd: &FunctionData) -> Box<Frame> {
        let code = &fd.code;
        let nslots = code.nlocals() + code.ncells();
        let stacksize = code.stacksize as usize;
        match self.frame_pool.pop() {
            Some(mut b) => {
                reset_box(&mut b, fd, fd.code.nlocals() + fd.code.ncells());
                b
            }
            None => Box::new(Frame { code: code.clone(), globals: fd.globals.clone(), builtins: fd.builtins.clone(), locals: None, fast: Vec::with_capacity(nslots), stack: Vec::with_capacity(stacksize), ip: 0, lasti: 0, func: None }),
        }
    }

    /// Completes a frame whose first `nargs` slots hold the arguments: the
    /// defaults of the missing parameters, the other slots, the function,
    /// the cells; counts the call and records the frame in `FrameChain`.
    #[inline(always)]
    fn finish_frame(&mut self, frame: &mut Frame, func: Value, nargs: usize, defaults: Option<Value>) {
        let code = &frame.code;
        let nslots = code.nlocals() + code.ncells();
        let has_cells = code.ncells() > 0;
        if let Some(d) = defaults {
            let argcount = code.argcount as usize;
            let defs = &d.downcast::<TupleData>().expect("defaults tuple").0;
            let first = argcount - defs.len();
            frame.fast.extend(defs[nargs - first..].iter().map(|v| Some(v.clone())));
        }
        fill_unbound(&mut frame.fast, nslots);
        if has_cells {
            let closure = func.downcast::<FunctionData>().and_then(|fd| fd.closure.clone());
            self.init_cells(frame, closure.as_ref());
        }
        // New and recycled boxes have no function: nothing to drop (the
        // drop check is skipped).
        let old = frame.func.replace(func);
        debug_assert!(old.is_none(), "frame boxes come without a function");
        std::mem::forget(old);
        self.depth += 1;
        self.frames.push(frame);
    }

    /// Undoes [`Vm::enter_py_call`] for a finished inlined frame: forgets
    /// it in `FrameChain`, uncounts it and clears its box (slots, stack and
    /// function), which stays where it is for reuse.
    #[inline(always)]
    pub fn leave_py_call(&mut self, frame: &mut Frame) {
        self.frames.pop();
        self.depth -= 1;
        clear_box(frame);
    }

    /// [`Vm::leave_py_call`] for a frame an error left: also drops the
    /// operands a BINARY_OP_PY frame kept.
    pub fn unwind_py_call(&mut self, frame: &mut Frame, resume: Resume) {
        if resume.is_some_and(|r| r.is(binop_marker())) {
            self.binop_pending.pop();
        }
        self.leave_py_call(frame);
    }

    /// Puts a finished frame's box back in the pool (slots, stack and
    /// function cleared).
    #[inline(always)]
    pub(super) fn recycle_frame_box(&mut self, mut frame: Box<Frame>) {
        clear_box(&mut frame);
        self.pool_box(frame);
    }

    /// Keeps a cleared frame box in the pool, if there is room.
    #[inline(always)]
    pub(super) fn pool_box(&mut self, frame: Box<Frame>) {
        if self.frame_pool.len() < FRAME_POOL_MAX {
            self.frame_pool.push(frame);
        }
    }

    /// An empty frame stack for one `interpret_frame` invocation (reused buffers).
    #[inline]
    pub fn take_inlined(&mut self) -> InlinedFrames {
        self.inlined_pool.pop().unwrap_or_default()
    }

    /// Returns a frame stack with no live frames to the pool, with at most
    /// [`FRAME_POOL_MAX`] finished boxes.
    #[inline]
    pub fn recycle_inlined(&mut self, mut v: InlinedFrames) {
        debug_assert!(v.live == 0);
        if v.boxes.capacity() > 0 && self.inlined_pool.len() < FRAME_POOL_MAX {
            v.boxes.truncate(FRAME_POOL_MAX);
            self.inlined_pool.push(v);
        }
    }
}

/// Readies a finished box for running `fd`'s code: empty slots with room
/// for `room` values, at ip 0. A box keeps the code, globals and builtins it last ran
/// with (usually the same ones again: recursion, a module's functions), so
/// they are compared before they are replaced.
#[inline(always)]
pub(crate) fn reset_box(b: &mut Frame, fd: &FunctionData, room: usize) {
    reset_box_for(b, &fd.code, &fd.globals, &fd.builtins, room);
}

/// `reset_box` for running `code` in `globals` and `builtins` (a function's,
/// or a comprehension's called without its function object).
#[inline(always)]
pub(crate) fn reset_box_for(b: &mut Frame, code: &Rc<crate::bytecode::Code>, globals: &Value, builtins: &Value, room: usize) {
    if !Rc::ptr_eq(&b.code, code) {
        b.code = code.clone();
    }
    if !b.globals.is(globals) {
        b.globals = globals.clone();
    }
    if !b.builtins.is(builtins) {
        b.builtins = builtins.clone();
    }
    b.ip = 0;
    b.lasti = 0;
    b.fast.reserve(room);
}

/// Empties a finished frame's slots, stack and function.
#[inline(always)]
fn clear_box(frame: &mut Frame) {
    clear_slots(&mut frame.fast);
    frame.stack.clear();
    frame.func = None;
}
