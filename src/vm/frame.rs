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

#[cold]
#[inline(never)]
fn stack_underflow() -> ! {
    panic!("value stack underflow (compiler bug)")
}

impl Frame {
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
        self.code.lines.get(self.lasti).copied().unwrap_or(self.code.firstlineno)
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
