//! Interpreter frames: one run of slots `[locals | cells+frees]` plus the
//! value stack, the instruction pointer and the namespaces.
//!
//! Invariant: `ip` is saved in the frame before anything that can raise,
//! allocate or call Python, so tracebacks and deopt see the right line.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::object::Value;

/// An executing (or suspended, for generators) function activation.
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// The module globals (a dict).
    pub globals: Value,
    /// The builtins namespace (a dict).
    pub builtins: Value,
    /// The locals namespace for module and class bodies (a mapping), else `None`.
    pub locals: Option<Value>,
    /// Fast locals then cells (cellvars ++ freevars, holding cell objects).
    pub fast: Vec<Option<Value>>,
    /// The value stack (the NULL marker stands for CPython's NULL).
    pub stack: Vec<Value>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Index of the instruction being executed (for tracebacks).
    pub lasti: usize,
    /// The function object, if this frame runs one (for `super()` and naming).
    pub func: Option<Value>,
}

/// Instruction `i` of `instrs` without a bounds check: the eval loop's
/// fetch. `i` must be an index the code can reach: jump targets are
/// `< instrs.len()` and execution never falls off the end (invariants of
/// `Code`, checked by `bytecode::verify` for cached code).
#[inline(always)]
pub fn fetch(instrs: &[crate::bytecode::Instr], i: usize) -> &crate::bytecode::Instr {
    debug_assert!(i < instrs.len(), "ip past the end of the code");
    // SAFETY: `i < instrs.len()` by the invariants cited above.
    unsafe { instrs.get_unchecked(i) }
}

#[cold]
#[inline(never)]
fn stack_underflow() -> ! {
    panic!("value stack underflow or call arguments out of room (compiler bug)")
}

impl Frame {
    /// A fresh frame for calling the Python function `func`: its code,
    /// globals and builtins, slots `fast` (arguments already bound) and an
    /// empty value stack `stack`. The one constructor for function frames
    /// (interpreter calls, generators, the JIT's direct calls). `func` must
    /// be a function object.
    #[inline(always)]
    pub fn for_call(func: Value, fast: Vec<Option<Value>>, stack: Vec<Value>) -> Frame {
        let fd = func.downcast::<crate::object::FunctionData>().expect("Frame::for_call of a function");
        let (globals, builtins, code) = (fd.globals.clone(), fd.builtins.clone(), fd.code.clone());
        Frame { globals, builtins, locals: None, fast, stack, ip: 0, lasti: 0, func: Some(func), code }
    }

    /// Visits every value the frame holds.
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.globals);
        visit(&self.builtins);
        if let Some(l) = &self.locals {
            visit(l);
        }
        self.fast.iter().flatten().for_each(&mut *visit);
        self.stack.iter().for_each(&mut *visit);
        if let Some(f) = &self.func {
            visit(f);
        }
    }

    /// The source line of the instruction being executed.
    pub fn current_line(&self) -> u32 {
        self.code.line_at(self.lasti)
    }

    /// Pops the top of the stack. An empty stack is a compiler bug.
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        let len = self.stack.len();
        if len == 0 {
            stack_underflow();
        }
        // SAFETY: `len > 0`, so slot `len - 1` holds an initialized value;
        // shrinking the length first moves its ownership out exactly once.
        unsafe {
            self.stack.set_len(len - 1);
            std::ptr::read(self.stack.as_ptr().add(len - 1))
        }
    }

    /// Pops the top of the stack without the underflow check: for the
    /// eval loop's arms, whose stack reads the compiler's depth analysis
    /// guarantees (an invariant of `Code`, checked by `bytecode::verify`
    /// for cached code).
    #[inline(always)]
    pub fn pop_in_eval(&mut self) -> Value {
        let len = self.stack.len();
        debug_assert!(len > 0, "value stack underflow (compiler bug)");
        // SAFETY: `len > 0` by the invariant above, so slot `len - 1` holds
        // an initialized value; shrinking the length first moves it out once.
        unsafe {
            self.stack.set_len(len - 1);
            std::ptr::read(self.stack.as_ptr().add(len - 1))
        }
    }

    /// Pushes a value. The stack's capacity is the code's `stacksize`,
    /// which the compiler computes as the maximum depth, so the growing
    /// branch is never taken for correct code.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        let len = self.stack.len();
        if len < self.stack.capacity() {
            // SAFETY: `len < capacity`: slot `len` is allocated and
            // uninitialized; it is written once, then counted by the length.
            unsafe {
                std::ptr::write(self.stack.as_mut_ptr().add(len), v);
                self.stack.set_len(len + 1);
            }
        } else {
            self.stack.push(v);
        }
    }

    /// Makes the stack's capacity at least the code's `stacksize`, the
    /// precondition of [`Frame::push_in_room`]. The eval loop calls it when
    /// it starts running a frame and after anything that may have replaced
    /// the stack's buffer (compiled code).
    #[inline(always)]
    pub fn ensure_stack_room(&mut self) {
        let need = self.code.stacksize as usize;
        if self.stack.capacity() < need {
            self.stack.reserve(need - self.stack.len());
        }
    }

    /// Pushes a value without a capacity check: the caller has made room
    /// with [`Frame::ensure_stack_room`] since the buffer last changed, and
    /// the compiler's `stacksize` bounds the depth (an invariant of `Code`,
    /// checked by `bytecode::verify` for cached code).
    #[inline(always)]
    pub fn push_in_room(&mut self, v: Value) {
        let len = self.stack.len();
        debug_assert!(len < self.stack.capacity(), "value stack above stacksize");
        // SAFETY: `len < capacity` (the precondition above): slot `len` is
        // allocated and uninitialized; it is written once, then counted.
        unsafe {
            std::ptr::write(self.stack.as_mut_ptr().add(len), v);
            self.stack.set_len(len + 1);
        }
    }

    /// Moves the top `n` stack values, in stack order, to the end of `dst`
    /// (a callee's slots). The stack must hold at least `n` values.
    #[inline(always)]
    pub fn pop_into(&mut self, dst: &mut Vec<Option<Value>>, n: usize) {
        dst.reserve(n);
        self.pop_into_room(dst, n);
    }

    /// [`Frame::pop_into`] for a `dst` that already has room for `n` more
    /// values (a frame box, whose slots `Vm::frame_box` reserved): checks
    /// the room instead of growing.
    #[inline(always)]
    pub fn pop_into_room(&mut self, dst: &mut Vec<Option<Value>>, n: usize) {
        let len = self.stack.len();
        let d = dst.len();
        if len < n || dst.capacity() - d < n {
            stack_underflow();
        }
        // SAFETY: slots `len - n..len` hold initialized values; the length is
        // cut first, so each value is moved out exactly once, into `dst`'s
        // spare capacity (checked above), which then counts it.
        unsafe {
            self.stack.set_len(len - n);
            let src = self.stack.as_ptr().add(len - n);
            let out = dst.as_mut_ptr().add(d);
            // Calls pass few arguments: no loop set-up (LLVM would unroll
            // and vectorize it) for one or two.
            match n {
                0 => {}
                1 => out.write(Some(src.read())),
                2 => {
                    out.write(Some(src.read()));
                    out.add(1).write(Some(src.add(1).read()));
                }
                _ => {
                    for i in 0..n {
                        out.add(i).write(Some(src.add(i).read()));
                    }
                }
            }
            dst.set_len(d + n);
        }
    }

    /// The top of the stack.
    #[inline(always)]
    pub fn top(&self) -> &Value {
        self.stack.last().expect("value stack underflow (compiler bug)")
    }

    /// Replaces the top of the stack, returning the old top.
    #[inline(always)]
    pub fn set_top(&mut self, v: Value) -> Value {
        std::mem::replace(self.stack.last_mut().expect("value stack underflow (compiler bug)"), v)
    }

    /// The `i`-th value from the top (1 = top).
    #[inline(always)]
    pub fn peek(&self, i: usize) -> &Value {
        &self.stack[self.stack.len() - i]
    }
}

/// The frames being executed right now, innermost last (for
/// `sys._getframe`). `Vm::run_frame` pushes its frame on entry and pops it
/// on exit, so every pointer here refers to a live frame that is not moved
/// while it runs (it is borrowed by `run_frame` for that whole time).
/// Inlined calls (`vm/inline_call.rs`) push and pop their boxed frames the
/// same way; a box's contents stay in place while it is on the stack.
#[derive(Default)]
pub struct FrameChain(Vec<*const Frame>);

/// `v.push(x)` with the common case (room left) inline (`Vec::push` is an
/// out-of-line call): for the pushes every call and generator resumption
/// makes.
#[inline(always)]
pub(super) fn push_fast<T>(v: &mut Vec<T>, x: T) {
    if v.len() == v.capacity() {
        v.reserve(1);
    }
    let len = v.len();
    // SAFETY: `len < capacity` (reserved above); slot `len` is
    // uninitialized and becomes part of the vector.
    unsafe {
        v.as_mut_ptr().add(len).write(x);
        v.set_len(len + 1);
    }
}

impl FrameChain {
    /// Records `f` as the innermost executing frame.
    #[inline(always)]
    pub fn push(&mut self, f: &Frame) {
        push_fast(&mut self.0, f as *const Frame);
    }

    /// Forgets the innermost frame.
    pub fn pop(&mut self) {
        self.0.pop();
    }

    /// Number of executing frames.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no frame is executing.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Calls `visit` with the frame `depth` levels out from the innermost one.
    pub fn with<R>(&self, depth: usize, visit: impl FnOnce(&Frame) -> R) -> Option<R> {
        let idx = self.0.len().checked_sub(depth + 1)?;
        // SAFETY: see the type's invariant: the frame is alive and in place
        // until `run_frame` pops it, and its owner is suspended in a call
        // (the only way Rust code reading this chain can be running).
        let frame = unsafe { &*self.0[idx] };
        Some(visit(frame))
    }
}

/// Compiled code runs on one array of slot words: the fast slots, then the
/// value stack (DESIGN §4: `[locals | cells | stack]`). The interpreter keeps
/// the stack in its own vector, so entering compiled code moves the stack
/// into the spare capacity behind `fast`, and leaving moves it back.
impl Frame {
    /// Moves the value stack behind the fast slots and returns the slot
    /// array (`fast.len()` fast slots, then the stack entries, with room for
    /// the code's whole stack). Must be followed by [`Frame::leave_compiled`]
    /// before `fast` is touched again.
    pub fn enter_compiled(&mut self) -> *mut u64 {
        let base = self.fast.len();
        let room = self.code.stacksize as usize + 2;
        self.fast.reserve(room);
        let p = self.fast.as_mut_ptr();
        // A called function starts with an empty stack: nothing to move.
        let n = self.stack.len();
        if n != 0 {
            assert!(n <= room, "value stack deeper than the code's stack size");
            // SAFETY: `base + n <= base + room <= capacity`: the words go
            // inside the allocation, beyond `len`, so `fast` does not drop
            // them; an `Option<Value>` is a `Value`'s word (its niche is
            // 0), so `Some(v)` has the same bits. The stack forgets them.
            unsafe {
                std::ptr::copy_nonoverlapping(self.stack.as_ptr(), p.add(base).cast::<Value>(), n);
                self.stack.set_len(0);
            }
        }
        p.cast::<u64>()
    }

    /// Moves `depth` stack entries, written by compiled code behind the fast
    /// slots as owned Value words, back onto the value stack. Each word in
    /// `incref` (stack positions) is a borrowed word and gets its own
    /// reference first.
    pub fn leave_compiled(&mut self, depth: usize, incref: &[u32]) {
        let base = self.fast.len();
        let p = self.fast.as_ptr();
        if incref.is_empty() {
            // All owned words: moved back in one copy.
            self.stack.reserve(depth);
            let len = self.stack.len();
            // SAFETY: as below, each of the `depth` words is an owned
            // Value moved out once, into the room reserved just above.
            unsafe {
                std::ptr::copy_nonoverlapping(p.add(base).cast::<Value>(), self.stack.as_mut_ptr().add(len), depth);
                self.stack.set_len(len + depth);
            }
            return;
        }
        for i in 0..depth {
            // SAFETY: compiled code wrote `depth` Value words (owned, never
            // zero) after the fast slots, inside the capacity reserved by
            // `enter_compiled`; each is read (moved out) exactly once.
            let w = unsafe { p.add(base + i).cast::<u64>().read() };
            let v = Value::from_raw(w);
            if incref.contains(&(i as u32)) {
                std::mem::forget(v.clone());
            }
            self.stack.push(v);
        }
    }
}
