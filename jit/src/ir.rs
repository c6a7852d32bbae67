//! The JIT's typed SSA IR and its builder.
//!
//! A `Function` is a list of blocks; each block has typed parameters, a list
//! of instructions and one terminator. Loops are blocks jumped back to. The
//! first block (`Function::entry`) is the entry and has no parameters.
//! Values are typed (`Type`) and defined once, by an instruction or as a
//! block parameter; a use must be dominated by its definition (checked by
//! the Cranelift verifier at compile time).
//!
//! Instructions that can fail (guards, overflow, division by zero, bounds,
//! helper errors) own an exit (`deopt::ExitId`) created by the builder from
//! the `FrameState` passed in. `Function::check` validates types, operand
//! arity and frame-state shape before lowering; a malformed function is
//! declined (`JitError::InvalidIr`), never a panic at run time.
//!
//! Object operations (`guard_version`, `load_field`, `store_field`,
//! `load_unsigned`, `load_elem`, `store_elem`, `list_load`, `list_store`)
//! trust that their operand is a heap object of
//! the right layout: the producer establishes it first (`guard_type` /
//! `guard_is`). Everything else is checked at run time.
//!
//! Reference counting is explicit: `load_slot` does not incref,
//! `store_slot` / `store_field` do not decref the old word; the producer
//! emits `incref` / `decref` as the bytecode semantics require.
#![forbid(unsafe_code)]

use crate::abi::HelperId;
use crate::deopt::{DeoptReason, ExitDesc, ExitId, FrameState};

/// The type of an IR value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// A Value word (`u64`), any Python object.
    Boxed,
    /// An unboxed 64-bit signed int.
    I64,
    /// An unboxed double.
    F64,
    /// An unboxed boolean.
    Bool,
}

/// An SSA value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(pub u32);

/// A basic block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Block(pub u32);

/// Binary int operations (on `I64`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntOp {
    /// `a + b`, overflow exits.
    Add,
    /// `a - b`, overflow exits.
    Sub,
    /// `a * b`, overflow exits.
    Mul,
    /// Python `a // b` (rounds toward -inf); zero divisor and `MIN // -1` exit.
    FloorDiv,
    /// Python `a % b` (sign of `b`); zero divisor exits.
    Mod,
    /// `a & b`.
    And,
    /// `a | b`.
    Or,
    /// `a ^ b`.
    Xor,
    /// `a << b`; negative count or overflow exits.
    Shl,
    /// `a >> b` (arithmetic); negative count exits, counts >= 64 saturate.
    Shr,
}

impl IntOp {
    /// Whether the op can exit (and so needs a frame state).
    pub fn can_fail(self) -> bool {
        !matches!(self, IntOp::And | IntOp::Or | IntOp::Xor)
    }
}

/// Binary float operations (on `F64`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatOp {
    /// `a + b`.
    Add,
    /// `a - b`.
    Sub,
    /// `a * b`.
    Mul,
    /// `a / b`; a zero divisor exits.
    Div,
}

impl FloatOp {
    /// Whether the op can exit.
    pub fn can_fail(self) -> bool {
        self == FloatOp::Div
    }
}

/// Comparisons (Python semantics; float comparisons with NaN are false
/// except `Ne`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cmp {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

/// An instruction. Result types are given per variant.
#[derive(Clone, Debug, PartialEq)]
pub enum InstKind {
    /// Constant Value word -> Boxed.
    ConstBoxed(u64),
    /// Constant -> I64.
    ConstI64(i64),
    /// Constant -> F64.
    ConstF64(f64),
    /// Constant -> Bool.
    ConstBool(bool),
    /// The entry's `vm_ctx` argument -> I64 (for helper `Ptr` arguments).
    VmCtx,
    /// Frame slot word -> Boxed (no incref).
    LoadSlot(u32),
    /// Writes a Boxed word to a frame slot (no decref of the old word).
    StoreSlot(u32, Value),
    /// Boxed small int -> I64, else exit.
    GuardInt(Value, ExitId),
    /// Boxed inline float -> F64, else exit.
    GuardFloat(Value, ExitId),
    /// Boxed `True`/`False` -> Bool, else exit.
    GuardBool(Value, ExitId),
    /// Truth of a Boxed small int, float, bool or None -> Bool, else exit.
    Truthy(Value, ExitId),
    /// Exits unless the Boxed value is this exact word.
    GuardIs(Value, u64, ExitId),
    /// Exits unless the Boxed value is a heap object of this type pointer.
    GuardType(Value, u64, ExitId),
    /// Exits unless the u32 at `offset` in the object (Boxed pointer) equals
    /// `expected`.
    GuardVersion(Value, i32, u32, ExitId),
    /// I64 -> Boxed; out of the small-int range goes through `box_big_int`
    /// (failure: error exit).
    BoxInt(Value, ExitId),
    /// F64 -> Boxed (NaN canonicalized).
    BoxFloat(Value),
    /// Bool -> Boxed (`True`/`False`).
    BoxBool(Value),
    /// I64 op I64 -> I64 (exit for fallible ops).
    IntBinary(IntOp, Value, Value, Option<ExitId>),
    /// -I64 -> I64, overflow exits.
    IntNeg(Value, ExitId),
    /// I64 cmp I64 -> Bool.
    IntCmp(Cmp, Value, Value),
    /// F64 op F64 -> F64 (exit for division).
    FloatBinary(FloatOp, Value, Value, Option<ExitId>),
    /// -F64 -> F64.
    FloatNeg(Value),
    /// F64 cmp F64 -> Bool.
    FloatCmp(Cmp, Value, Value),
    /// sqrt(F64) -> F64; negative exits (math domain error).
    FloatSqrt(Value, ExitId),
    /// I64 -> F64.
    IntToFloat(Value),
    /// not Bool -> Bool.
    BoolNot(Value),
    /// Boxed -> Bool: whether the word is a small int (never exits).
    IsInt(Value),
    /// Boxed -> Bool: whether the word is an inline float (never exits).
    IsFloat(Value),
    /// Boxed -> Bool: whether the word is a heap object whose type pointer
    /// is this one (never exits; `GuardType` is the exiting form).
    HasType(Value, u64),
    /// (I64 index, I64 length) -> I64: the index into a sequence of that
    /// length, negative counting from the end, or -1 when out of range
    /// (never exits).
    SeqIndex(Value, Value),
    /// Boxed -> I64 without a check (the producer proved it is a small int).
    UnboxInt(Value),
    /// Boxed -> F64 without a check (the producer proved it is an inline float).
    UnboxFloat(Value),
    /// Boxed -> I64: the same bits (for helper results that are flags).
    WordToI64(Value),
    /// I64 -> Boxed: the same bits (the producer guarantees a Value word).
    I64ToWord(Value),
    /// Loads a field of type `Type` at `offset` in the object (Boxed pointer);
    /// `Bool` is a byte.
    LoadField(Value, i32, Type),
    /// Stores a value at `offset` in the object (no refcounting).
    StoreField(Value, i32, Value),
    /// Loads an unsigned integer of `bytes` (1, 2, 4 or 8) bytes at `offset`
    /// in the object (Boxed pointer) -> I64, zero-extended.
    LoadUnsigned(Value, i32, u8),
    /// Loads word `index` (I64, not checked) of the array of words at the
    /// Boxed pointer `base` -> Boxed (no incref).
    LoadElem(Value, Value),
    /// Stores the Boxed word `v` as word `index` (I64, not checked) of the
    /// array at `base` (no refcounting).
    StoreElem(Value, Value, Value),
    /// `list[i]` (Boxed list, I64 index, negative counts from the end) ->
    /// Boxed (no incref); out of bounds exits.
    ListLoad(Value, Value, ExitId),
    /// `list[i] = v` -> the old item (Boxed, reference moves to the caller);
    /// out of bounds exits.
    ListStore(Value, Value, Value, ExitId),
    /// Inline incref of a Boxed value (skips non-pointers and immortals).
    Incref(Value),
    /// Inline decref (skips non-pointers and immortals; zero calls `dealloc`).
    Decref(Value),
    /// Calls a helper -> its result type, if any; the exit is taken if the
    /// helper declares an error sentinel and returns it.
    CallHelper(HelperId, Vec<Value>, Option<ExitId>),
    /// Calls a helper that declares an error sentinel -> its result type;
    /// when it returns the sentinel, control goes to the block (with these
    /// arguments) instead of an exit: an exception handled in compiled code.
    /// The block must not use values defined after the call.
    CallHelperCatch(HelperId, Vec<Value>, Block, Vec<Value>),
    /// A fresh area of this many words in the compiled function's own stack
    /// frame -> Boxed (its address; contents undefined). Each instruction
    /// has its own area, alive until the function returns.
    StackArea(u32),
    /// Calls the compiled entry at this absolute address (an `EntryFn`)
    /// with (Boxed slot array, I64 `vm_ctx`) -> I64: its raw result word
    /// (a Value word or an unfinished exit status). The caller keeps the
    /// code alive and finishes an exit.
    CallEntry(u64, Value, Value),
    /// `CallEntry` of the entry whose address is the I64 value (loaded at
    /// run time: a function calling its own entry, unknown until it is
    /// finalized).
    CallEntryAt(Value, Value, Value),
}

/// An instruction and its result.
#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    /// What it does.
    pub kind: InstKind,
    /// The value it defines, if any.
    pub result: Option<Value>,
}

/// How a block ends.
#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    /// Unconditional jump with block arguments.
    Jump(Block, Vec<Value>),
    /// Two-way branch on a Bool.
    Branch {
        /// Condition.
        cond: Value,
        /// Taken when true.
        then_block: Block,
        /// Its arguments.
        then_args: Vec<Value>,
        /// Taken when false.
        else_block: Block,
        /// Its arguments.
        else_args: Vec<Value>,
    },
    /// Returns a Boxed value (an owned reference) to the caller.
    Return(Value),
    /// Unconditionally takes this exit.
    Deopt(ExitId),
}

/// A block's contents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BlockData {
    /// Parameters.
    pub params: Vec<Value>,
    /// Body.
    pub insts: Vec<Inst>,
    /// End; `None` while being built.
    pub term: Option<Terminator>,
}

/// An IR function under construction or ready to compile.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// Name (symbol name and dumps).
    pub name: String,
    /// Number of frame slots (locals + cells + max stack depth).
    pub num_slots: u32,
    /// Blocks; block 0 is the entry.
    pub blocks: Vec<BlockData>,
    /// Type of each value.
    pub value_types: Vec<Type>,
    /// Exits, indexed by `ExitId`.
    pub exits: Vec<ExitDesc>,
    current: Block,
}

impl Function {
    /// A function with an empty entry block, which is the current block.
    pub fn new(name: &str, num_slots: u32) -> Function {
        Function {
            name: name.to_string(),
            num_slots,
            blocks: vec![BlockData::default()],
            value_types: Vec::new(),
            exits: Vec::new(),
            current: Block(0),
        }
    }

    /// The entry block.
    pub fn entry(&self) -> Block {
        Block(0)
    }

    /// Creates an empty block.
    pub fn create_block(&mut self) -> Block {
        self.blocks.push(BlockData::default());
        Block(self.blocks.len() as u32 - 1)
    }

    /// Adds a parameter of type `ty` to `b`.
    pub fn append_block_param(&mut self, b: Block, ty: Type) -> Value {
        let v = self.new_value(ty);
        self.blocks[b.0 as usize].params.push(v);
        v
    }

    /// Makes `b` the block instructions are appended to.
    pub fn switch_to_block(&mut self, b: Block) {
        self.current = b;
    }

    /// The current block.
    pub fn current_block(&self) -> Block {
        self.current
    }

    /// The type of `v`.
    pub fn value_type(&self, v: Value) -> Option<Type> {
        self.value_types.get(v.0 as usize).copied()
    }

    /// The exit `e`.
    pub fn exit(&self, e: ExitId) -> Option<&ExitDesc> {
        self.exits.get(e.0 as usize)
    }

    fn new_value(&mut self, ty: Type) -> Value {
        self.value_types.push(ty);
        Value(self.value_types.len() as u32 - 1)
    }

    /// Creates an exit (used by the fallible builder methods).
    pub fn add_exit(&mut self, reason: DeoptReason, state: FrameState) -> ExitId {
        self.exits.push(ExitDesc { reason, state });
        ExitId(self.exits.len() as u32 - 1)
    }

    /// Appends an instruction with an optional result of type `ty`.
    pub fn push(&mut self, kind: InstKind, ty: Option<Type>) -> Option<Value> {
        let result = ty.map(|t| self.new_value(t));
        self.blocks[self.current.0 as usize].insts.push(Inst { kind, result });
        result
    }

    fn push1(&mut self, kind: InstKind, ty: Type) -> Value {
        self.push(kind, Some(ty)).unwrap_or(Value(u32::MAX))
    }

    fn terminate(&mut self, t: Terminator) {
        self.blocks[self.current.0 as usize].term = Some(t);
    }

    // ----- constants and frame -----

    /// Constant Value word.
    pub fn const_boxed(&mut self, w: u64) -> Value {
        self.push1(InstKind::ConstBoxed(w), Type::Boxed)
    }
    /// Constant int.
    pub fn const_i64(&mut self, i: i64) -> Value {
        self.push1(InstKind::ConstI64(i), Type::I64)
    }
    /// Constant float.
    pub fn const_f64(&mut self, x: f64) -> Value {
        self.push1(InstKind::ConstF64(x), Type::F64)
    }
    /// Constant bool.
    pub fn const_bool(&mut self, b: bool) -> Value {
        self.push1(InstKind::ConstBool(b), Type::Bool)
    }
    /// The VM context pointer.
    pub fn vm_ctx(&mut self) -> Value {
        self.push1(InstKind::VmCtx, Type::I64)
    }
    /// Loads frame slot `i`.
    pub fn load_slot(&mut self, i: u32) -> Value {
        self.push1(InstKind::LoadSlot(i), Type::Boxed)
    }
    /// Stores `v` (Boxed) into frame slot `i`.
    pub fn store_slot(&mut self, i: u32, v: Value) {
        self.push(InstKind::StoreSlot(i, v), None);
    }

    // ----- guards and boxing -----

    /// Unboxes a small int or exits.
    pub fn guard_int(&mut self, v: Value, st: FrameState) -> Value {
        let e = self.add_exit(DeoptReason::NotInt, st);
        self.push1(InstKind::GuardInt(v, e), Type::I64)
    }
    /// Unboxes an inline float or exits.
    pub fn guard_float(&mut self, v: Value, st: FrameState) -> Value {
        let e = self.add_exit(DeoptReason::NotFloat, st);
        self.push1(InstKind::GuardFloat(v, e), Type::F64)
    }
    /// Unboxes `True`/`False` or exits.
    pub fn guard_bool(&mut self, v: Value, st: FrameState) -> Value {
        let e = self.add_exit(DeoptReason::NotBool, st);
        self.push1(InstKind::GuardBool(v, e), Type::Bool)
    }
    /// Truth value of a small int, float, bool or None, or exits.
    pub fn truthy(&mut self, v: Value, st: FrameState) -> Value {
        let e = self.add_exit(DeoptReason::UnknownTruth, st);
        self.push1(InstKind::Truthy(v, e), Type::Bool)
    }
    /// Exits unless `v` is the word `w`.
    pub fn guard_is(&mut self, v: Value, w: u64, st: FrameState) {
        let e = self.add_exit(DeoptReason::NotIdentical, st);
        self.push(InstKind::GuardIs(v, w, e), None);
    }
    /// Exits unless `v` is a heap object whose type pointer is `ty`.
    pub fn guard_type(&mut self, v: Value, ty: u64, st: FrameState) {
        let e = self.add_exit(DeoptReason::WrongType, st);
        self.push(InstKind::GuardType(v, ty, e), None);
    }
    /// Exits unless the u32 at `offset` in object `v` equals `expected`.
    pub fn guard_version(&mut self, v: Value, offset: i32, expected: u32, st: FrameState) {
        let e = self.add_exit(DeoptReason::VersionChanged, st);
        self.push(InstKind::GuardVersion(v, offset, expected, e), None);
    }
    /// Boxes an int (big ints through the helper; failure is an error exit).
    pub fn box_int(&mut self, v: Value, st: FrameState) -> Value {
        let e = self.add_exit(DeoptReason::BoxFailed, st);
        self.push1(InstKind::BoxInt(v, e), Type::Boxed)
    }
    /// Boxes a float.
    pub fn box_float(&mut self, v: Value) -> Value {
        self.push1(InstKind::BoxFloat(v), Type::Boxed)
    }
    /// Boxes a bool.
    pub fn box_bool(&mut self, v: Value) -> Value {
        self.push1(InstKind::BoxBool(v), Type::Boxed)
    }

    // ----- arithmetic -----

    /// Int binary op; `st` is required for fallible ops (`IntOp::can_fail`).
    pub fn int_binary(&mut self, op: IntOp, a: Value, b: Value, st: Option<FrameState>) -> Value {
        let reason = match op {
            IntOp::FloorDiv | IntOp::Mod => DeoptReason::ZeroDivision,
            IntOp::Shr => DeoptReason::NegativeShift,
            _ => DeoptReason::Overflow,
        };
        let e = st.map(|s| self.add_exit(reason, s));
        self.push1(InstKind::IntBinary(op, a, b, e), Type::I64)
    }
    /// `-a`, overflow exits.
    pub fn int_neg(&mut self, a: Value, st: FrameState) -> Value {
        let e = self.add_exit(DeoptReason::Overflow, st);
        self.push1(InstKind::IntNeg(a, e), Type::I64)
    }
    /// Int comparison.
    pub fn int_cmp(&mut self, c: Cmp, a: Value, b: Value) -> Value {
        self.push1(InstKind::IntCmp(c, a, b), Type::Bool)
    }
    /// Float binary op; `st` is required for `Div`.
    pub fn float_binary(&mut self, op: FloatOp, a: Value, b: Value, st: Option<FrameState>) -> Value {
        let e = st.map(|s| self.add_exit(DeoptReason::ZeroDivision, s));
        self.push1(InstKind::FloatBinary(op, a, b, e), Type::F64)
    }
    /// `-a`.
    pub fn float_neg(&mut self, a: Value) -> Value {
        self.push1(InstKind::FloatNeg(a), Type::F64)
    }
    /// Float comparison.
    pub fn float_cmp(&mut self, c: Cmp, a: Value, b: Value) -> Value {
        self.push1(InstKind::FloatCmp(c, a, b), Type::Bool)
    }
    /// `math.sqrt`; a negative argument exits.
    pub fn float_sqrt(&mut self, a: Value, st: FrameState) -> Value {
        let e = self.add_exit(DeoptReason::MathDomain, st);
        self.push1(InstKind::FloatSqrt(a, e), Type::F64)
    }
    /// `float(i)`.
    pub fn int_to_float(&mut self, a: Value) -> Value {
        self.push1(InstKind::IntToFloat(a), Type::F64)
    }
    /// `not b`.
    pub fn bool_not(&mut self, a: Value) -> Value {
        self.push1(InstKind::BoolNot(a), Type::Bool)
    }
    /// Whether a Boxed word is a small int.
    pub fn is_int(&mut self, a: Value) -> Value {
        self.push1(InstKind::IsInt(a), Type::Bool)
    }
    /// Whether a Boxed word is an inline float.
    pub fn is_float(&mut self, a: Value) -> Value {
        self.push1(InstKind::IsFloat(a), Type::Bool)
    }
    /// Whether a Boxed word is a heap object of type pointer `ty`.
    pub fn has_type(&mut self, a: Value, ty: u64) -> Value {
        self.push1(InstKind::HasType(a, ty), Type::Bool)
    }
    /// Index `i` into a sequence of length `len` (negative from the end), or
    /// -1 when out of range.
    pub fn seq_index(&mut self, i: Value, len: Value) -> Value {
        self.push1(InstKind::SeqIndex(i, len), Type::I64)
    }
    /// Unboxes a word known to be a small int.
    pub fn unbox_int(&mut self, a: Value) -> Value {
        self.push1(InstKind::UnboxInt(a), Type::I64)
    }
    /// Unboxes a word known to be an inline float.
    pub fn unbox_float(&mut self, a: Value) -> Value {
        self.push1(InstKind::UnboxFloat(a), Type::F64)
    }
    /// The bits of a Boxed word as an I64.
    pub fn word_to_i64(&mut self, a: Value) -> Value {
        self.push1(InstKind::WordToI64(a), Type::I64)
    }
    /// An I64 holding a Value word, as Boxed.
    pub fn i64_to_word(&mut self, a: Value) -> Value {
        self.push1(InstKind::I64ToWord(a), Type::Boxed)
    }

    // ----- memory -----

    /// Loads a `ty` at `offset` in object `obj`.
    pub fn load_field(&mut self, obj: Value, offset: i32, ty: Type) -> Value {
        self.push1(InstKind::LoadField(obj, offset, ty), ty)
    }
    /// Stores `v` at `offset` in object `obj`.
    pub fn store_field(&mut self, obj: Value, offset: i32, v: Value) {
        self.push(InstKind::StoreField(obj, offset, v), None);
    }
    /// The unsigned `bytes`-byte integer at `offset` in `obj`, as an I64.
    pub fn load_unsigned(&mut self, obj: Value, offset: i32, bytes: u8) -> Value {
        self.push1(InstKind::LoadUnsigned(obj, offset, bytes), Type::I64)
    }
    /// Word `index` of the word array at `base` (borrowed).
    pub fn load_elem(&mut self, base: Value, index: Value) -> Value {
        self.push1(InstKind::LoadElem(base, index), Type::Boxed)
    }
    /// Writes word `index` of the word array at `base` (no refcounting).
    pub fn store_elem(&mut self, base: Value, index: Value, v: Value) {
        self.push(InstKind::StoreElem(base, index, v), None);
    }
    /// `list[i]` (borrowed).
    pub fn list_load(&mut self, list: Value, i: Value, st: FrameState) -> Value {
        let e = self.add_exit(DeoptReason::Bounds, st);
        self.push1(InstKind::ListLoad(list, i, e), Type::Boxed)
    }
    /// `list[i] = v`, returning the old item.
    pub fn list_store(&mut self, list: Value, i: Value, v: Value, st: FrameState) -> Value {
        let e = self.add_exit(DeoptReason::Bounds, st);
        self.push1(InstKind::ListStore(list, i, v, e), Type::Boxed)
    }
    /// Inline incref.
    pub fn incref(&mut self, v: Value) {
        self.push(InstKind::Incref(v), None);
    }
    /// Inline decref.
    pub fn decref(&mut self, v: Value) {
        self.push(InstKind::Decref(v), None);
    }
    /// Calls helper `h`; `ret` is the IR type of its result (from its
    /// signature); `st` is required if the helper declares an error sentinel.
    pub fn call_helper(&mut self, h: HelperId, args: &[Value], ret: Option<Type>, st: Option<FrameState>) -> Option<Value> {
        let e = st.map(|s| self.add_exit(DeoptReason::HelperError, s));
        self.push(InstKind::CallHelper(h, args.to_vec(), e), ret)
    }

    /// Calls helper `h`, which must declare an error sentinel; on an error
    /// result control goes to `on_error` with `error_args` (values defined
    /// before the call), else on after the call.
    pub fn call_helper_catch(&mut self, h: HelperId, args: &[Value], ret: Option<Type>, on_error: Block, error_args: &[Value]) -> Option<Value> {
        self.push(InstKind::CallHelperCatch(h, args.to_vec(), on_error, error_args.to_vec()), ret)
    }

    /// A fresh area of `words` words in this function's stack frame.
    pub fn stack_area(&mut self, words: u32) -> Value {
        self.push1(InstKind::StackArea(words), Type::Boxed)
    }
    /// Calls compiled entry `entry` on slot array `slots` with `ctx`: its
    /// raw result word.
    pub fn call_entry(&mut self, entry: u64, slots: Value, ctx: Value) -> Value {
        self.push1(InstKind::CallEntry(entry, slots, ctx), Type::I64)
    }
    /// Calls the compiled entry at address `entry` (I64) -> I64 (see
    /// `InstKind::CallEntryAt`).
    pub fn call_entry_at(&mut self, entry: Value, slots: Value, ctx: Value) -> Value {
        self.push1(InstKind::CallEntryAt(entry, slots, ctx), Type::I64)
    }

    // ----- terminators -----

    /// Ends the current block with a jump.
    pub fn jump(&mut self, b: Block, args: &[Value]) {
        self.terminate(Terminator::Jump(b, args.to_vec()));
    }
    /// Ends the current block with a conditional branch.
    pub fn branch(&mut self, cond: Value, then_block: Block, then_args: &[Value], else_block: Block, else_args: &[Value]) {
        self.terminate(Terminator::Branch {
            cond,
            then_block,
            then_args: then_args.to_vec(),
            else_block,
            else_args: else_args.to_vec(),
        });
    }
    /// Ends the current block returning a Boxed value.
    pub fn ret(&mut self, v: Value) {
        self.terminate(Terminator::Return(v));
    }
    /// Ends the current block with a yield exit (see `DeoptReason::Yield`).
    pub fn yield_exit(&mut self, st: FrameState) {
        let e = self.add_exit(DeoptReason::Yield, st);
        self.terminate(Terminator::Deopt(e));
    }
    /// Ends the current block with an unconditional exit.
    pub fn deopt(&mut self, st: FrameState) {
        let e = self.add_exit(DeoptReason::Unsupported, st);
        self.terminate(Terminator::Deopt(e));
    }
    /// Ends the current block with an exit after a call whose callee left
    /// through an exit of its own (see `DeoptReason::CalleeExit`).
    pub fn callee_exit(&mut self, st: FrameState) {
        let e = self.add_exit(DeoptReason::CalleeExit, st);
        self.terminate(Terminator::Deopt(e));
    }
}
