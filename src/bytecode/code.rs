//! `Code`: the compiled form of one function, class body or module.
//!
//! The compiler produces it; the eval loop runs it. Constants are held as
//! `Const` (plain Rust data) and turned into runtime values once, by the VM,
//! when the code is first run (`Code::const_values`).
//!
//! Invariants the compiler guarantees and the eval loop relies on:
//! - `instrs`, `lines`, `spans` have the same length; every jump target is `< instrs.len()`.
//! - `varnames` starts with the parameters in order: positional-only and
//!   positional (`argcount` of them), keyword-only (`kwonlyargcount`), then
//!   `*args` if `VARARGS`, then `**kwargs` if `VARKEYWORDS`.
//! - `cell2arg[i]` is `Some(j)` when cellvar `i` is also parameter `j`: the
//!   frame moves the argument into the cell on entry.
//! - `stacksize` is the maximum stack depth any path reaches.
//! - Exception table entries may nest; inner entries come before outer ones,
//!   so the first entry containing an instruction is its innermost handler.

use std::cell::{Cell, OnceCell};
use std::rc::Rc;

use num_bigint::BigInt;

use super::opcodes::Op;
use crate::object::Value;

/// Code flags (the subset of CPython's `CO_*` that Pyrite uses).
pub mod flags {
    /// Locals are fast slots (function scope).
    pub const OPTIMIZED: u32 = 0x1;
    /// A fresh locals namespace per call.
    pub const NEWLOCALS: u32 = 0x2;
    /// Takes `*args`.
    pub const VARARGS: u32 = 0x4;
    /// Takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x8;
    /// Nested function.
    pub const NESTED: u32 = 0x10;
    /// Calling it creates a generator.
    pub const GENERATOR: u32 = 0x20;
    /// `async def` without `yield`: calling it creates a coroutine.
    pub const COROUTINE: u32 = 0x80;
    /// A generator usable in `await` (set by `types.coroutine`).
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    /// `async def` with `yield`: calling it creates an async generator.
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Any of the flags whose code runs in a suspendable frame.
    pub const SUSPENDS: u32 = GENERATOR | COROUTINE | ASYNC_GENERATOR;
}

/// One instruction: an opcode and its argument (0 when unused).
///
/// The opcode is a `Cell` so quickening can rewrite it in place.
#[derive(Clone, Debug)]
pub struct Instr {
    /// The operation (may be rewritten to a specialized form at run time).
    pub op: Cell<Op>,
    /// The operand.
    pub arg: u32,
}

impl Instr {
    /// A new instruction.
    pub fn new(op: Op, arg: u32) -> Instr {
        Instr { op: Cell::new(op), arg }
    }
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Const {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An int that fits in i64.
    Int(i64),
    /// An int that does not fit in i64.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// A complex literal (`1j`): real and imaginary parts.
    Complex(f64, f64),
    /// A str.
    Str(Rc<str>),
    /// A bytes literal.
    Bytes(Rc<[u8]>),
    /// A tuple of constants.
    Tuple(Rc<[Const]>),
    /// A frozenset of constants (from `x in {1, 2}`).
    FrozenSet(Rc<[Const]>),
    /// `...`
    Ellipsis,
    /// A nested code object (function, lambda, comprehension, class body).
    Code(Rc<Code>),
}

/// One exception-table entry: an exception raised by an instruction in
/// `start..end` jumps to `target` after popping the stack down to `depth`
/// items, pushing the raising instruction's index first if `lasti`, and
/// then the exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    /// First covered instruction.
    pub start: u32,
    /// One past the last covered instruction.
    pub end: u32,
    /// Handler instruction.
    pub target: u32,
    /// Stack depth to unwind to.
    pub depth: u32,
    /// Push the index of the raising instruction before the exception.
    pub lasti: bool,
}

/// `co_name`, `co_qualname` and the docstring as str values, plus the
/// interned `__name__` key a new function reads its module name by.
#[derive(Debug)]
pub struct FuncStrs {
    /// `__name__` of new functions.
    pub name: Value,
    /// `__qualname__` of new functions.
    pub qualname: Value,
    /// `__doc__` of new functions.
    pub doc: Option<Value>,
    /// The interned str `"__name__"`.
    pub module_key: Value,
    /// Where `module_key` was last found in a globals dict: that dict's
    /// keys version and the entry index (`(0, 0)`: nowhere yet; versions
    /// start at 1 and are unique across dicts, so a hit names the same
    /// dict with the same keys in the same places).
    pub module_ix: Cell<(u64, u32)>,
}

/// A compiled code object.
#[derive(Debug)]
pub struct Code {
    /// Function name (`<module>`, `<lambda>`, `<listcomp>`, class name, ...).
    pub name: Rc<str>,
    /// Qualified name (`C.method.<locals>.inner`).
    pub qualname: Rc<str>,
    /// Source file name as given on the command line.
    pub filename: Rc<str>,
    /// Line of the `def` / `class` / first line of the module.
    pub firstlineno: u32,
    /// Number of positional parameters, positional-only included.
    pub argcount: u32,
    /// Number of positional-only parameters.
    pub posonlyargcount: u32,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: u32,
    /// `flags::*` bits.
    pub flags: u32,
    /// Local variable names, parameters first (see module docs).
    pub varnames: Vec<Rc<str>>,
    /// Names of locals captured by inner functions.
    pub cellvars: Vec<Rc<str>>,
    /// Names of variables captured from enclosing functions.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar, the parameter index it is initialized from, if any.
    pub cell2arg: Vec<Option<u32>>,
    /// Names used by `*_NAME`, `*_GLOBAL`, `*_ATTR`, `LOAD_METHOD`, imports.
    pub names: Vec<Rc<str>>,
    /// Constants used by `LOAD_CONST` and friends.
    pub consts: Vec<Const>,
    /// The instructions.
    pub instrs: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// End line and columns of each instruction's source range (with
    /// `lines`, CPython's `co_positions`; tracebacks draw carets from them).
    pub spans: Vec<Span>,
    /// Exception handlers.
    pub exception_table: Vec<ExceptionEntry>,
    /// Maximum stack depth.
    pub stacksize: u32,
    /// Docstring, if the body starts with one.
    pub docstring: Option<Rc<str>>,
    /// Runtime values of `consts` followed by the interned `names`, built
    /// by the VM on first use (so `LOAD_NAME i` reads entry `consts.len() + i`).
    pub const_values: OnceCell<Box<[Value]>>,
    /// One inline cache per instruction, allocated on first run (their
    /// meaning depends on the instruction; see `vm/cache.rs`).
    pub caches: OnceCell<Box<[InlineCache]>>,
    /// The str values every function made from this code shares (built by
    /// the VM at the first `MAKE_FUNCTION`, so closures and comprehensions
    /// made in a loop allocate no names).
    pub func_strs: OnceCell<FuncStrs>,
    /// Tier-2 state: hotness counter and compiled entry points.
    pub jit: crate::tier2::CodeJit,
}

/// The rest of an instruction's source position after its start line:
/// the end line and the start/end columns (UTF-8 byte offsets in their
/// lines, as CPython's `co_positions`). `end_line == 0`: unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// Line where the range ends (0: no position known).
    pub end_line: u32,
    /// Start column (byte offset in the start line).
    pub col: u16,
    /// End column (byte offset in the end line).
    pub end_col: u16,
}

impl Span {
    /// No position known (compiler-made instructions, huge columns).
    pub const UNKNOWN: Span = Span { end_line: 0, col: 0, end_col: 0 };

    /// Whether the span carries columns.
    pub fn is_known(&self) -> bool {
        self.end_line != 0
    }
}

/// Per-instruction inline cache words. They never own references: a cached
/// word is only used after the guard words prove it still valid.
/// `#[repr(C)]`: compiled code reads the words in place (`CACHE_*_OFFSET`).
#[derive(Default, Debug)]
#[repr(C)]
pub struct InlineCache {
    /// First guard word (e.g. a dict keys version, a type version).
    pub key: Cell<u64>,
    /// Second guard word.
    pub key2: Cell<u64>,
    /// A cached index (e.g. a dict entry index).
    pub index: Cell<u32>,
    /// A cached borrowed object word (e.g. a method found on a type), valid
    /// only while the guard words hold.
    pub value: Cell<u64>,
    /// A cached instance-attribute shape identity (`object::shape`; 0: none).
    pub shape: Cell<u64>,
    /// Executions of the generic form left before it tries to specialize again.
    pub counter: Cell<u16>,
    /// Exponent of the next backoff (the counter restarts at `2^backoff`).
    pub backoff: Cell<u8>,
    /// A polymorphic attribute site's earlier entries (`vm/specialize.rs`:
    /// the guard and value words of other types seen there), made on the
    /// first re-keying.
    pub poly: OnceCell<Box<[InlineCache; 3]>>,
}

/// Offset of `InlineCache::key` (compiled code reads cache words in place).
pub const CACHE_KEY_OFFSET: usize = std::mem::offset_of!(InlineCache, key);
/// Offset of `InlineCache::key2`.
pub const CACHE_KEY2_OFFSET: usize = std::mem::offset_of!(InlineCache, key2);
/// Offset of `InlineCache::index` (a `u32`).
pub const CACHE_INDEX_OFFSET: usize = std::mem::offset_of!(InlineCache, index);
/// Offset of `InlineCache::value`.
pub const CACHE_VALUE_OFFSET: usize = std::mem::offset_of!(InlineCache, value);
/// Offset of `InlineCache::shape`.
pub const CACHE_SHAPE_OFFSET: usize = std::mem::offset_of!(InlineCache, shape);
/// Offset of `Instr::op` (one byte, `Op as u8`).
pub const INSTR_OP_OFFSET: usize = std::mem::offset_of!(Instr, op);

impl Code {
    /// The source line of instruction `i` (the first line when unknown).
    #[inline]
    pub fn line_at(&self, i: usize) -> u32 {
        self.lines.get(i).copied().unwrap_or(self.firstlineno)
    }

    /// The inline caches, one per instruction (allocated on first use; their
    /// addresses are stable for the code's lifetime).
    #[inline]
    pub fn inline_caches(&self) -> &[InlineCache] {
        self.caches.get_or_init(|| {
            self.fuse_superinstructions();
            (0..self.instrs.len()).map(|_| InlineCache::default()).collect()
        })
    }

    /// Rewrites the first of each common pair of local-variable instructions
    /// into a superinstruction that runs both (CPython 3.11's
    /// `LOAD_FAST__LOAD_FAST` and friends), once, before the code first
    /// runs. The second instruction stays in place: a jump to it, or the
    /// JIT (which decodes the generic form), runs it on its own.
    fn fuse_superinstructions(&self) {
        for pair in self.instrs.windows(2) {
            let fused = match (pair[0].op.get(), pair[1].op.get()) {
                (Op::LoadFast, Op::LoadFast) => Op::LoadFastLoadFast,
                (Op::LoadFast, Op::LoadConst) => Op::LoadFastLoadConst,
                (Op::StoreFast, Op::LoadFast) => Op::StoreFastLoadFast,
                _ => continue,
            };
            pair[0].op.set(fused);
        }
    }
    /// Number of local slots (`varnames.len()`).
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    /// Number of cell and free slots.
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
    /// Whether a call with exactly `nargs` positional arguments binds them
    /// one-to-one to the parameters (no `*args`, `**kwargs`, keyword-only
    /// parameters, defaults needed, generator or coroutine).
    #[inline]
    pub fn is_simple_call(&self, nargs: usize) -> bool {
        self.argcount as usize == nargs && self.kwonlyargcount == 0 && self.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::SUSPENDS) == 0
    }
    /// Whether calling this code makes a generator, a coroutine or an
    /// async generator (its frame can suspend).
    pub fn is_generator(&self) -> bool {
        self.flags & flags::SUSPENDS != 0
    }
    /// Total number of parameters, `*args` and `**kwargs` included.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
    /// The innermost handler covering instruction `ip`.
    pub fn handler_for(&self, ip: u32) -> Option<&ExceptionEntry> {
        self.exception_table.iter().find(|e| e.start <= ip && ip < e.end)
    }
    /// Name of cell-or-free slot `i` (the `*_DEREF` operand space).
    pub fn deref_name(&self, i: usize) -> &Rc<str> {
        if i < self.cellvars.len() {
            &self.cellvars[i]
        } else {
            &self.freevars[i - self.cellvars.len()]
        }
    }
}
