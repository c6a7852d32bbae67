//! Direct calls into compiled functions (the JIT-to-JIT call path).
//!
//! A call of a plain Python function (exactly its positional parameters,
//! no `*args`/`**kwargs`/keyword-only parameters, no cell variables of its
//! own - free variables are fine, its closure's cells are copied in - not a
//! generator) whose code has a compiled ip-0 entry for the function's own
//! globals and builtins skips argument binding and the interpreter:
//! - the callee's `Frame` is a recycled box from `vm.frame_pool` (shared
//!   with the interpreter's inlined calls) that usually already holds the
//!   right code and namespaces and whose slot vector has room for the
//!   locals and the value stack compiled code keeps behind them; it is
//!   filled with the arguments and empty locals and pushed on `vm.frames`
//!   for the whole call, so tracebacks, `sys._getframe` and the recursion
//!   limit (`vm.depth`) see it as they see interpreted frames;
//! - the compiled code runs on it; a return is the result; a deopt exit
//!   leaves the frame written back and the interpreter finishes it; an error
//!   exit unwinds in the interpreter (its traceback entry, handlers).
//!
//! Everything else goes through the general call path, with the same result.
//!
//! A CALL site compiled for a known callee (`translate_ops`) keeps a
//! [`DirectSite`]: the callee code and compiled entry it called last, so a
//! call there checks a few words instead of looking the entry up again.

use std::cell::Cell;
use std::mem::ManuallyDrop;
use std::rc::{Rc, Weak};

use pyrite_jit::abi::HelperId;
use pyrite_jit::ir::{Function, InstKind};
use pyrite_jit::deopt::DeoptReason;
use pyrite_jit::ExitStatus;

use super::helpers::{self, Helpers, JitCtx};
use super::layout::EXIT_TAG;
use super::{Compiled, Entered};
use crate::bytecode::code::flags;
use crate::bytecode::Code;
use crate::error::{PyErr, PyResult};
use crate::object::value::TAG_MASK;
use crate::object::{FunctionData, TupleData, Value};
use crate::vm::eval::FrameExit;
use crate::vm::frame::Frame;
use crate::vm::Vm;

/// Code flags that rule out a direct call.
const NOT_PLAIN: u32 = flags::VARARGS | flags::VARKEYWORDS | flags::SUSPENDS;

/// `v` as a function a direct call may take (see the module docs), given
/// the right number of positional arguments and a compiled entry.
#[inline(always)]
pub fn plain_function(v: &Value) -> Option<&FunctionData> {
    let fd = v.downcast::<FunctionData>()?;
    let code = &fd.code;
    (code.kwonlyargcount == 0 && code.flags & NOT_PLAIN == 0 && code.cellvars.is_empty()).then_some(fd)
}

/// The compiled ip-0 entry `fd` can be called through with `nargs`
/// positional arguments, if any.
#[inline(always)]
fn direct_entry(fd: &FunctionData, nargs: usize) -> Option<Rc<Compiled>> {
    let code = &fd.code;
    if code.argcount as usize != nargs || code.kwonlyargcount != 0 || code.flags & NOT_PLAIN != 0 || !code.cellvars.is_empty() {
        return None;
    }
    let entries = code.jit.entries.borrow();
    let compiled = entries.iter().find(|e| e.ip == 0)?.compiled.as_ref()?;
    if !(compiled.globals.is(&fd.globals) && compiled.builtins.is(&fd.builtins) && !compiled.locals_are_globals) {
        return None;
    }
    Some(compiled.clone())
}

/// Most boxed frames kept in `vm.frame_pool`.
const FRAME_POOL_MAX: usize = 64;

/// A CALL site's cache of the compiled entry it called: the callee's code
/// and entry as weak references kept as raw pointers (`Weak::into_raw`;
/// null when empty) in plain cells, so a hit reads two words and the
/// entry's strong count instead of borrowing a `RefCell` and upgrading. A
/// cached entry never keeps code or namespaces alive; a weak `Code` also
/// keeps its address from being reused while cached, so an equal address
/// is the same code. A hit also needs the entry alive and current (not
/// retired by a recompile) and compiled for the function's own globals and
/// builtins.
pub struct DirectSite {
    code: Cell<*const Code>,
    compiled: Cell<*const Compiled>,
}

impl Default for DirectSite {
    fn default() -> Self {
        DirectSite { code: Cell::new(std::ptr::null()), compiled: Cell::new(std::ptr::null()) }
    }
}

impl DirectSite {
    /// The cached entry, if it is the one `direct_entry(fd, nargs)` would
    /// give for the site's argument count.
    #[inline(always)]
    fn hit(&self, fd: &FunctionData) -> Option<Rc<Compiled>> {
        // A null (empty) cache never equals a live code's address.
        if self.code.get() != Rc::as_ptr(&fd.code) {
            return None;
        }
        let p = self.compiled.get();
        // SAFETY: a non-empty cache holds a weak reference to the entry
        // (`fill`), given back only by `fill` or `drop`; viewing it does not
        // give it up.
        let weak = ManuallyDrop::new(unsafe { Weak::from_raw(p) });
        if weak.strong_count() == 0 {
            return None;
        }
        // SAFETY: the entry is alive (a strong reference exists).
        let c = unsafe { &*p };
        if c.retired.get() || !c.globals.is(&fd.globals) || !c.builtins.is(&fd.builtins) {
            return None;
        }
        // SAFETY: `p` is an `Rc<Compiled>`'s value, alive; the count taken
        // here is the returned `Rc`'s.
        unsafe {
            Rc::increment_strong_count(p);
            Some(Rc::from_raw(p))
        }
    }

    fn fill(&self, fd: &FunctionData, c: &Rc<Compiled>) {
        self.clear();
        self.code.set(Weak::into_raw(Rc::downgrade(&fd.code)));
        self.compiled.set(Weak::into_raw(Rc::downgrade(c)));
    }

    /// Gives back the cached weak references, if any.
    fn clear(&self) {
        let (code, compiled) = (self.code.replace(std::ptr::null()), self.compiled.replace(std::ptr::null()));
        if !code.is_null() {
            // SAFETY: non-null words are weak references from `fill`, given
            // back once (the cells were emptied above).
            unsafe {
                drop(Weak::from_raw(code));
                drop(Weak::from_raw(compiled));
            }
        }
    }
}

impl Drop for DirectSite {
    fn drop(&mut self) {
        self.clear();
    }
}

/// Calls Python function `func` with positional arguments `arg(0..nargs)`
/// straight into its compiled code (see the module docs); `None` when the
/// general call path must run (nothing was evaluated).
#[inline]
pub fn call_direct(vm: &mut Vm, func: &Value, nargs: usize, arg: impl Fn(usize) -> Value) -> Option<PyResult<Value>> {
    let fd = func.downcast::<FunctionData>()?;
    let compiled = direct_entry(fd, nargs)?;
    Some(run_direct(vm, || func.clone(), fd, &compiled, nargs, arg))
}

/// `call_direct` at a CALL site with cache `site` (always the same
/// `nargs` there), taking the references of `func` and of the arguments
/// (`arg(i)` moves argument `i` out, once): `Err(func)` when the general
/// call path must run (no argument was taken). `native` is set when the
/// site cached an entry that its caller could call natively
/// (`native_entry`): see `tier2::upgrade_for_native_callee`.
#[inline]
pub fn call_at_site(vm: &mut Vm, site: &DirectSite, func: Value, nargs: usize, arg: impl Fn(usize) -> Value, native: &mut bool) -> Result<PyResult<Value>, Value> {
    let func = ManuallyDrop::new(func);
    let Some(fd) = func.downcast::<FunctionData>() else { return Err(ManuallyDrop::into_inner(func)) };
    let compiled = match site.hit(fd) {
        Some(c) => c,
        None => match direct_entry(fd, nargs) {
            Some(c) => {
                site.fill(fd, &c);
                *native = c.native && fd.code.freevars.is_empty() && fd.code.ncells() == 0;
                c
            }
            None => return Err(ManuallyDrop::into_inner(func)),
        },
    };
    // SAFETY: `run_direct` calls the closure exactly once (it moves the
    // function's reference into the frame or drops it), and `func` is not
    // used or dropped after.
    let take = || unsafe { std::ptr::read(&*func) };
    Ok(run_direct(vm, take, fd, &compiled, nargs, arg))
}

/// Runs `compiled`, the direct entry of `fd`, on a call frame holding the
/// arguments; `func()` is a reference to the function (called once).
#[inline(always)]
fn run_direct(vm: &mut Vm, func: impl FnOnce() -> Value, fd: &FunctionData, compiled: &Rc<Compiled>, nargs: usize, arg: impl Fn(usize) -> Value) -> PyResult<Value> {
    if vm.depth >= vm.recursion_limit {
        drop(func());
        (0..nargs).for_each(|i| drop(arg(i)));
        return Err(crate::object::exception::recursion_error("maximum recursion depth exceeded"));
    }
    let mut frame = frame_box(vm, fd);
    let nlocals = fd.code.nlocals();
    debug_assert!(frame.fast.is_empty() && nargs <= nlocals && frame.fast.capacity() >= nlocals);
    let p = frame.fast.as_mut_ptr();
    for i in 0..nargs {
        // SAFETY: `frame_box` reserved room for the locals (`i < nargs <=
        // nlocals <= capacity`) and left `fast` empty: the slots beyond
        // `len` hold nothing to drop; all `nlocals` are written before
        // `set_len`.
        unsafe { p.add(i).write(Some(arg(i))) };
    }
    for i in nargs..nlocals {
        // SAFETY: see above. (Volatile stores: a function has few unbound
        // locals, and LLVM would turn a plain loop into a `memset` call.)
        unsafe { p.add(i).write_volatile(None) };
    }
    // A closure's free variables: its cells, after the locals (no cell
    // variables of its own: see `plain_function`).
    let nfree = fd.code.freevars.len();
    if nfree != 0 {
        let cells = fd.closure.as_ref().and_then(|c| c.downcast::<TupleData>());
        for i in 0..nfree {
            let cell = cells.and_then(|t| t.0.get(i)).cloned();
            // SAFETY: as above (`frame_box` reserved room for the cells too).
            unsafe { p.add(nlocals + i).write(cell) };
        }
    }
    // SAFETY: see above.
    unsafe { frame.fast.set_len(nlocals + nfree) };
    // Pooled and new boxes have no function: nothing to drop.
    let old = frame.func.replace(func());
    debug_assert!(old.is_none(), "frame boxes come without a function");
    std::mem::forget(old);
    vm.depth += 1;
    vm.frames.push(&frame);
    let r = run_call(vm, &mut frame, compiled);
    vm.frames.pop();
    vm.depth -= 1;
    release_frame(vm, frame);
    r
}

/// Runs comprehension code `code` (one positional parameter, no cell
/// variables of its own, not a generator) with argument `arg` (taken), its
/// free variables' cells from tuple `closure`, for `globals` and
/// `builtins`, straight in its compiled ip-0 entry and without a function
/// object: nothing could see one (a frame keeps its function only to keep
/// it alive; tracebacks and `sys._getframe` use the code). `Err(arg)` back
/// when the code has no such entry (nothing was run).
pub fn call_comprehension(vm: &mut Vm, code: &Rc<Code>, globals: &Value, builtins: &Value, closure: Option<&Value>, arg: Value) -> Result<PyResult<Value>, Value> {
    if code.argcount != 1 || code.kwonlyargcount != 0 || code.flags & NOT_PLAIN != 0 || !code.cellvars.is_empty() {
        return Err(arg);
    }
    let compiled = {
        let entries = code.jit.entries.borrow();
        match entries.iter().find(|e| e.ip == 0).and_then(|e| e.compiled.as_ref()) {
            Some(c) if c.globals.is(globals) && c.builtins.is(builtins) && !c.locals_are_globals && !c.retired.get() => c.clone(),
            _ => return Err(arg),
        }
    };
    if vm.depth >= vm.recursion_limit {
        drop(arg);
        return Ok(Err(crate::object::exception::recursion_error("maximum recursion depth exceeded")));
    }
    let mut frame = frame_box_for(vm, code, globals, builtins);
    let nlocals = code.nlocals();
    let nfree = code.freevars.len();
    debug_assert!(frame.fast.is_empty() && nlocals >= 1 && frame.fast.capacity() >= nlocals + nfree);
    let p = frame.fast.as_mut_ptr();
    // SAFETY: as in `run_direct`: `frame_box_for` reserved room for the
    // locals and cells and left `fast` empty; all `nlocals + nfree` slots
    // are written before `set_len`.
    unsafe { p.write(Some(arg)) };
    for i in 1..nlocals {
        // SAFETY: see above.
        unsafe { p.add(i).write_volatile(None) };
    }
    let cells = closure.and_then(|c| c.downcast::<TupleData>());
    for i in 0..nfree {
        let cell = cells.and_then(|t| t.0.get(i)).cloned();
        // SAFETY: see above.
        unsafe { p.add(nlocals + i).write(cell) };
    }
    // SAFETY: see above.
    unsafe { frame.fast.set_len(nlocals + nfree) };
    vm.depth += 1;
    vm.frames.push(&frame);
    let r = run_call(vm, &mut frame, &compiled);
    vm.frames.pop();
    vm.depth -= 1;
    release_frame(vm, frame);
    Ok(r)
}

/// Empties a finished call frame and gives it back to the pool.
#[inline(always)]
fn release_frame(vm: &mut Vm, mut frame: Box<Frame>) {
    frame.fast.clear();
    if !frame.stack.is_empty() {
        frame.stack.clear();
    }
    frame.func = None;
    if vm.frame_pool.len() < FRAME_POOL_MAX {
        vm.frame_pool.push(frame);
    }
}

/// A boxed frame for running `fd`'s compiled code, from the pool the
/// interpreter's inlined calls share (`vm/inline_call.rs`): no slots, an
/// empty stack, at ip 0, with room in `fast` for the locals and the value
/// stack compiled code keeps behind them. A pooled box keeps its last code
/// and namespaces, usually the same ones again (recursion, one module's
/// functions), so they are compared before they are replaced.
#[inline(always)]
fn frame_box(vm: &mut Vm, fd: &FunctionData) -> Box<Frame> {
    frame_box_for(vm, &fd.code, &fd.globals, &fd.builtins)
}

/// `frame_box` for running `code` in `globals` and `builtins`.
#[inline(always)]
fn frame_box_for(vm: &mut Vm, code: &Rc<Code>, globals: &Value, builtins: &Value) -> Box<Frame> {
    let need = frame_words(code);
    match vm.frame_pool.pop() {
        Some(mut b) => {
            if b.locals.is_some() {
                b.locals = None;
            }
            crate::vm::inline_call::reset_box_for(&mut b, code, globals, builtins, need);
            b
        }
        None => Box::new(Frame {
            code: code.clone(),
            globals: globals.clone(),
            builtins: builtins.clone(),
            locals: None,
            fast: Vec::with_capacity(need),
            stack: Vec::new(),
            ip: 0,
            lasti: 0,
            func: None,
        }),
    }
}

/// Words of the slot array compiled code of `code` runs on: locals, cells
/// and the value stack (with the 2 words of slack `Frame::enter_compiled`
/// keeps).
#[inline(always)]
pub fn frame_words(code: &Code) -> usize {
    code.nlocals() + code.ncells() + code.stacksize as usize + 2
}

/// Runs the compiled entry `c` on a fresh call frame `f` (empty value
/// stack, slots with room for the compiled stack) to its end.
#[inline(always)]
fn run_call(vm: &mut Vm, f: &mut Frame, c: &Rc<Compiled>) -> PyResult<Value> {
    c.entries.set(c.entries.get() + 1);
    vm.jit.stats.entered += 1;
    let slots = f.fast.as_mut_ptr().cast::<u64>();
    let mut ctx = JitCtx::new(vm, f, slots);
    let raw = helpers::call_compiled_raw(&c.code, &mut ctx);
    // A return is any word without the exit tag (checked against the
    // constant here, not the code's layout copy).
    if raw & TAG_MASK != EXIT_TAG << 48 {
        return Ok(Value::from_raw(raw));
    }
    // SAFETY: `slots` is the array the code just left this exit in.
    let status = unsafe { c.code.finish_exit(slots, c.code.status(raw)) };
    let err = ctx.err.take();
    finish_exit(vm, f, c, status, err)
}

/// A call's compiled code left through an exit: the interpreter finishes
/// the frame (a deopt resumes it, an error unwinds in it).
#[cold]
#[inline(never)]
fn finish_exit(vm: &mut Vm, f: &mut Frame, c: &Rc<Compiled>, status: ExitStatus, err: Option<PyErr>) -> PyResult<Value> {
    match super::settle(vm, f, c, status, err) {
        Entered::Return(v) => Ok(v),
        Entered::Deopt | Entered::No => vm.interpret_frame(f, None).map(exit_value),
        Entered::Error(e) => vm.interpret_frame(f, Some(e)).map(exit_value),
        // Generator code is never called directly (see `NOT_PLAIN`).
        Entered::Yield(_) => Err(crate::object::exception::system_error("compiled function code yielded")),
    }
}

/// The value a finished frame gave back.
fn exit_value(e: FrameExit) -> Value {
    match e {
        FrameExit::Return(v) | FrameExit::Yield(v) => v,
    }
}

/// Helpers code that runs natively may call: they use the VM and the
/// context's error and stress counter, never its frame or slots
/// (`native_exit` uses the frame only when the code runs on it, see there).
fn frame_free(id: HelperId, h: &Helpers) -> bool {
    let attrs = [h.load_attr_nf, h.load_method_nf, h.store_attr_nf, h.truthy_nf, h.new_instance, h.init_not_none];
    let lean = [h.set_has_int, h.set_update, h.builtin_len];
    id == h.safepoint || id == h.check_interrupt || id == h.stress || id == h.native_exit || id == h.num_op || attrs.contains(&id) || lean.contains(&id)
}

/// Calls in compiled code `f` of helpers that need the frame.
pub fn frame_helpers(f: &Function, h: &Helpers) -> usize {
    let calls = f.blocks.iter().flat_map(|b| &b.insts);
    calls
        .filter(|i| match &i.kind {
            InstKind::CallHelper(id, ..) | InstKind::CallHelperCatch(id, ..) => !frame_free(*id, h),
            _ => false,
        })
        .count()
}

/// Whether compiled code `f` may run natively: it calls nothing that could
/// look at its frame (only `frame_free` helpers and other native code), so
/// it can run on a bare slot array with no `Frame` until it exits (see
/// `native_exit`).
pub fn runs_native(f: &Function, h: &Helpers) -> bool {
    frame_helpers(f, h) == 0
}

/// Whether `code` could ever be called natively (`native_entry`): worth
/// translating frameless (`translate::Options::frameless`).
pub fn may_run_native(code: &Code) -> bool {
    code.kwonlyargcount == 0 && code.flags & NOT_PLAIN == 0 && code.cellvars.is_empty() && code.freevars.is_empty() && code.ncells() == 0
}

/// The compiled entry compiled code may call natively (its own code calls
/// it on a stack area, see `translate_native`) for a CALL of `fd` with
/// `nargs` positional arguments: the direct entry, when it runs natively
/// and `fd` has no free variables (the area holds just the locals and stack).
pub fn native_entry(fd: &FunctionData, nargs: usize) -> Option<Rc<Compiled>> {
    let c = direct_entry(fd, nargs)?;
    (c.native && fd.code.freevars.is_empty() && fd.code.ncells() == 0 && !c.retired.get()).then_some(c)
}

/// The word a function object holds for its code (`FunctionData::code`,
/// an `Rc`: the address of its allocation), which a native call site
/// compares with the callee's (it keeps that code alive, so the word
/// stays unique to it).
pub fn code_word(fd: &FunctionData) -> u64 {
    const _: () = assert!(std::mem::size_of::<Rc<Code>>() == 8);
    // SAFETY: an `Rc<Code>` is one pointer word (checked above); this reads
    // the field's bits, as compiled code loads them.
    unsafe { std::ptr::addr_of!(fd.code).cast::<u64>().read() }
}

/// What stands on top of a waiting caller's stack for the result of the
/// native call it left from (`Waiting`): the NULL marker after a CALL (the
/// result is pushed), or a small int of this kind.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(i64)]
pub enum WaitMarker {
    /// A known-class site (`translate_known_class`): the new instance is
    /// below the marker; `__init__` must have returned None.
    Init = 1,
}

impl WaitMarker {
    /// What replaces `marker` on the waiting frame's stack given the
    /// result `r` of the frame above: nothing, or one value.
    fn settle(vm: &Vm, marker: Option<Value>, r: PyResult<Value>) -> PyResult<Option<Value>> {
        let v = r?;
        if marker.as_ref().and_then(Value::as_small_int) == Some(WaitMarker::Init as i64) {
            return if vm.is_none(&v) { Ok(None) } else { Err(super::fastcall::init_not_none(vm, &v)) };
        }
        Ok(Some(v))
    }
}

/// A callee's frame made by `native_exit` while its native caller runs
/// natively too: it waits for the caller's frame.
pub struct Waiting {
    frame: Box<Frame>,
    /// What the interpreter does with it: the innermost of a chain resumes
    /// (`Entered::Deopt`) or unwinds (`Entered::Error`); the others resume
    /// after their CALL with the result of the frame above (`None`).
    then: Option<Entered>,
}

/// A native call's callee left its compiled code `c` through an exit with
/// raw status `raw`, its slot array (locals and the exit's stack, owned)
/// the `frame_words` words at `area`; `func` is the callee function (its
/// reference is taken) and `err` the exception of a failed helper. The
/// callee's frame is made from the slots, as a direct call's would be.
///
/// - The caller runs on its frame (the context's): the interpreter
///   finishes the callee's frame, and the frames `ctx.waiting` holds (see
///   below) after it, innermost first, each resuming after its CALL with
///   the result of the one it called (or unwinding its exception from
///   there); all of them are on `vm.frames` meanwhile, so tracebacks,
///   `sys._getframe` and the recursion depth see every level. The result
///   is the outermost callee's.
/// - The caller runs natively itself (the VM's depth counts native levels
///   above the context's): the callee's frame goes to `ctx.waiting` and the
///   result is `None` (`h_native_exit` returns `PENDING_WORD`), on which the caller leaves through a
///   `CalleeExit` exit (its frame resumes after the call), and so on up to
///   the code that runs on the context's frame.
///
/// # Safety
/// `area` must point at `frame_words` words of `func`'s code: the slot
/// array `c`'s code just left exit `raw` in, not used again.
pub unsafe fn native_exit(ctx: &mut JitCtx, area: *const u64, raw: u64, func: Value, c: &Rc<Compiled>, err: Option<PyErr>) -> Option<PyResult<Value>> {
    // SAFETY: the VM outlives the compiled call (see `JitCtx`).
    let vm = unsafe { &mut *ctx.vm };
    let Some(fd) = func.downcast::<FunctionData>() else {
        return Some(Err(crate::object::exception::system_error("native call of a non-function")));
    };
    let mut frame = frame_box(vm, fd);
    let (words, nlocals) = (frame_words(&fd.code), fd.code.nlocals());
    debug_assert!(frame.fast.is_empty() && frame.fast.capacity() >= words);
    let p = frame.fast.as_mut_ptr().cast::<u64>();
    // SAFETY: `frame_box` left `fast` empty with room for `words` slots,
    // and `area` holds that many words (the call site's stack area); the
    // words are moved (the area is not read again). An `Option<Value>` is
    // one word, 0 for an empty slot, as compiled code keeps them.
    unsafe {
        std::ptr::copy_nonoverlapping(area, p, words);
        frame.fast.set_len(nlocals);
    }
    let old = frame.func.replace(func);
    debug_assert!(old.is_none(), "frame boxes come without a function");
    std::mem::forget(old);
    // SAFETY: `p` is the slot array the exit is now in, finished once.
    let status = unsafe { c.code.finish_exit(p, c.code.status(raw)) };
    let waits = matches!(status, ExitStatus::Deopt { exit, .. } if c.code.exits()[exit as usize].reason == DeoptReason::CalleeExit);
    let entered = super::settle(vm, &mut frame, c, status, err);
    let then = if waits {
        // At its CALL while the frame above runs; the NULL marker on top
        // of the stack stands for the result.
        frame.lasti = frame.ip - 1;
        None
    } else {
        Some(entered)
    };
    ctx.waiting.push(Waiting { frame, then });
    if vm.depth > ctx.depth {
        return None;
    }
    let chain = std::mem::take(&mut ctx.waiting);
    for w in chain.iter().rev() {
        vm.depth += 1;
        vm.frames.push(&w.frame);
    }
    let mut r: PyResult<Value> = Err(crate::object::exception::system_error("empty native frame chain"));
    for w in chain {
        let Waiting { mut frame, then } = w;
        r = match then {
            Some(Entered::Return(v)) => Ok(v),
            Some(Entered::Deopt | Entered::No) => vm.interpret_frame(&mut frame, None).map(exit_value),
            Some(Entered::Error(e)) => vm.interpret_frame(&mut frame, Some(e)).map(exit_value),
            Some(Entered::Yield(_)) => Err(crate::object::exception::system_error("compiled function code yielded")),
            None => {
                let marker = frame.stack.pop();
                match WaitMarker::settle(vm, marker, r) {
                    Ok(v) => {
                        frame.stack.extend(v);
                        vm.interpret_frame(&mut frame, None).map(exit_value)
                    }
                    Err(e) => vm.interpret_frame(&mut frame, Some(e)).map(exit_value),
                }
            }
        };
        vm.frames.pop();
        vm.depth -= 1;
        release_frame(vm, frame);
    }
    Some(r)
}
