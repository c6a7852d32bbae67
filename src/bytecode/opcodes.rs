//! The one instruction table of Pyrite's bytecode.
//!
//! Every instruction is declared once, in the `instructions!` invocation below,
//! with its number, whether it takes an argument, its stack effect and a
//! one-line doc. The `Op` enum, the decoder (`Op::from_u8`), the names used by
//! the disassembler and the stack-depth computation all derive from it.
//!
//! Semantics follow CPython 3.11's instructions of the same name, with these
//! deliberate differences (the compiler and the eval loop both rely on them):
//! - Arguments are a full `u32`; there is no `EXTENDED_ARG` and no `CACHE`.
//! - Jump arguments are **absolute** instruction indices. `JUMP` is a forward
//!   (or non-loop) jump; `JUMP_BACKWARD` is a loop back-edge and is where
//!   hotness counters live.
//! - There is no `PRECALL` / `KW_NAMES`: `CALL_KW argc` takes the tuple of
//!   keyword names on top of the stack. The call layout is CPython 3.11's:
//!   `[NULL, callable, args...]` or `[callable, self, args...]`.
//! - Cells and free variables are set up by the frame, so there is no
//!   `MAKE_CELL` / `COPY_FREE_VARS`; `*_DEREF` and `LOAD_CLOSURE` index the
//!   sequence `cellvars ++ freevars`.
//! - Generators are marked by a code flag, so there is no `RETURN_GENERATOR`
//!   and no `RESUME`.
//! - `COMPARE_OP` takes a `CompareOp` number, `BINARY_OP` a `BinaryOp` number
//!   (CPython's `NB_*` numbering, in-place forms at +13).
//!
//! Invariant: opcode numbers are dense from 0, so `Op::from_u8` is a bounds
//! check plus a table lookup.

/// Stack-effect function: (oparg, jump taken) -> net change of stack depth.
type Effect = fn(u32, bool) -> i32;

macro_rules! instructions {
    ($( $num:literal $name:ident $cname:literal arg=$hasarg:literal effect=$effect:expr ; $doc:literal )*) => {
        /// A bytecode operation. See the module docs for how these differ from CPython's.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        #[allow(non_camel_case_types)]
        pub enum Op {
            $( #[doc = $doc] $name = $num, )*
        }

        const ALL_OPS: &[Op] = &[ $( Op::$name, )* ];

        impl Op {
            /// Decodes an opcode number; `None` if it names no instruction.
            pub fn from_u8(n: u8) -> Option<Op> {
                ALL_OPS.get(n as usize).copied()
            }
            /// The CPython-style upper-case name, as `--dis` prints it.
            pub fn name(self) -> &'static str {
                match self { $( Op::$name => $cname, )* }
            }
            /// Whether the instruction uses its argument.
            pub fn has_arg(self) -> bool {
                match self { $( Op::$name => $hasarg, )* }
            }
            /// One-line description of the instruction.
            pub fn doc(self) -> &'static str {
                match self { $( Op::$name => $doc, )* }
            }
            /// Net stack effect for `arg`; `jump` selects the branch-taken effect
            /// for instructions that jump (ignored by the others).
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                let f: Effect = match self { $( Op::$name => $effect, )* };
                f(arg, jump)
            }
            /// Every instruction, in opcode order.
            pub fn all() -> &'static [Op] { ALL_OPS }
        }
    };
}

instructions! {
    0  Nop "NOP" arg=false effect=|_, _| 0;
        "Do nothing."
    1  PopTop "POP_TOP" arg=false effect=|_, _| -1;
        "Pop and discard TOS."
    2  PushNull "PUSH_NULL" arg=false effect=|_, _| 1;
        "Push the NULL marker used by the call layout [NULL, callable, args...]."
    3  Copy "COPY" arg=true effect=|_, _| 1;
        "Push a new reference to the i-th item from the top (COPY 1 duplicates TOS)."
    4  Swap "SWAP" arg=true effect=|_, _| 0;
        "Swap TOS with the i-th item from the top (i >= 2)."
    5  LoadConst "LOAD_CONST" arg=true effect=|_, _| 1;
        "Push consts[arg]."
    6  LoadFast "LOAD_FAST" arg=true effect=|_, _| 1;
        "Push local varnames[arg]; UnboundLocalError if unbound."
    7  StoreFast "STORE_FAST" arg=true effect=|_, _| -1;
        "Pop TOS into local varnames[arg]."
    8  DeleteFast "DELETE_FAST" arg=true effect=|_, _| 0;
        "Unbind local varnames[arg]; UnboundLocalError if unbound."
    9  LoadDeref "LOAD_DEREF" arg=true effect=|_, _| 1;
        "Push the contents of cell (cellvars ++ freevars)[arg]; NameError/UnboundLocalError if empty."
    10 StoreDeref "STORE_DEREF" arg=true effect=|_, _| -1;
        "Pop TOS into cell (cellvars ++ freevars)[arg]."
    11 DeleteDeref "DELETE_DEREF" arg=true effect=|_, _| 0;
        "Empty cell (cellvars ++ freevars)[arg]."
    12 LoadClosure "LOAD_CLOSURE" arg=true effect=|_, _| 1;
        "Push the cell object (cellvars ++ freevars)[arg] itself (to build a closure tuple)."
    13 LoadClassderef "LOAD_CLASSDEREF" arg=true effect=|_, _| 1;
        "In a class body: look names[cell name] up in the class namespace first, then the cell."
    14 LoadName "LOAD_NAME" arg=true effect=|_, _| 1;
        "Push names[arg] looked up in locals, then globals, then builtins."
    15 StoreName "STORE_NAME" arg=true effect=|_, _| -1;
        "Pop TOS into locals[names[arg]]."
    16 DeleteName "DELETE_NAME" arg=true effect=|_, _| 0;
        "Delete locals[names[arg]]."
    17 LoadGlobal "LOAD_GLOBAL" arg=true effect=|a, _| 1 + (a & 1) as i32;
        "Push global names[arg >> 1] (globals, then builtins); if arg & 1, push NULL first."
    18 StoreGlobal "STORE_GLOBAL" arg=true effect=|_, _| -1;
        "Pop TOS into globals[names[arg]]."
    19 DeleteGlobal "DELETE_GLOBAL" arg=true effect=|_, _| 0;
        "Delete globals[names[arg]]."
    20 LoadAttr "LOAD_ATTR" arg=true effect=|_, _| 0;
        "Replace TOS with getattr(TOS, names[arg])."
    21 StoreAttr "STORE_ATTR" arg=true effect=|_, _| -2;
        "TOS.names[arg] = TOS1; pops both."
    22 DeleteAttr "DELETE_ATTR" arg=true effect=|_, _| -1;
        "del TOS.names[arg]; pops TOS."
    23 LoadMethod "LOAD_METHOD" arg=true effect=|_, _| 1;
        "Replace obj with [unbound method, obj] if names[arg] is a plain method, else [NULL, getattr(obj, name)]."
    24 BinarySubscr "BINARY_SUBSCR" arg=false effect=|_, _| -1;
        "TOS = TOS1[TOS]."
    25 StoreSubscr "STORE_SUBSCR" arg=false effect=|_, _| -3;
        "TOS1[TOS] = TOS2; pops all three."
    26 DeleteSubscr "DELETE_SUBSCR" arg=false effect=|_, _| -2;
        "del TOS1[TOS]; pops both."
    27 BinaryOp "BINARY_OP" arg=true effect=|_, _| -1;
        "TOS = TOS1 <op> TOS; arg is a BinaryOp (in-place forms at +13)."
    28 UnaryNegative "UNARY_NEGATIVE" arg=false effect=|_, _| 0;
        "TOS = -TOS."
    29 UnaryPositive "UNARY_POSITIVE" arg=false effect=|_, _| 0;
        "TOS = +TOS."
    30 UnaryNot "UNARY_NOT" arg=false effect=|_, _| 0;
        "TOS = not TOS."
    31 UnaryInvert "UNARY_INVERT" arg=false effect=|_, _| 0;
        "TOS = ~TOS."
    32 CompareOp "COMPARE_OP" arg=true effect=|_, _| -1;
        "TOS = TOS1 <cmp> TOS; arg is a CompareOp."
    33 IsOp "IS_OP" arg=true effect=|_, _| -1;
        "TOS = (TOS1 is TOS), negated if arg == 1."
    34 ContainsOp "CONTAINS_OP" arg=true effect=|_, _| -1;
        "TOS = (TOS1 in TOS), negated if arg == 1."
    35 Jump "JUMP" arg=true effect=|_, _| 0;
        "Jump to instruction arg (not a loop back-edge)."
    36 JumpBackward "JUMP_BACKWARD" arg=true effect=|_, _| 0;
        "Loop back-edge: jump to instruction arg (counts loop hotness)."
    37 PopJumpIfFalse "POP_JUMP_IF_FALSE" arg=true effect=|_, _| -1;
        "Pop TOS; jump to arg if it is false."
    38 PopJumpIfTrue "POP_JUMP_IF_TRUE" arg=true effect=|_, _| -1;
        "Pop TOS; jump to arg if it is true."
    39 PopJumpIfNone "POP_JUMP_IF_NONE" arg=true effect=|_, _| -1;
        "Pop TOS; jump to arg if it is None."
    40 PopJumpIfNotNone "POP_JUMP_IF_NOT_NONE" arg=true effect=|_, _| -1;
        "Pop TOS; jump to arg if it is not None."
    41 JumpIfFalseOrPop "JUMP_IF_FALSE_OR_POP" arg=true effect=|_, j| if j { 0 } else { -1 };
        "If TOS is false, jump to arg keeping it; otherwise pop it."
    42 JumpIfTrueOrPop "JUMP_IF_TRUE_OR_POP" arg=true effect=|_, j| if j { 0 } else { -1 };
        "If TOS is true, jump to arg keeping it; otherwise pop it."
    43 GetIter "GET_ITER" arg=false effect=|_, _| 0;
        "TOS = iter(TOS)."
    44 ForIter "FOR_ITER" arg=true effect=|_, j| if j { -1 } else { 1 };
        "Push next(TOS); when exhausted pop the iterator and jump to arg."
    45 BuildTuple "BUILD_TUPLE" arg=true effect=|a, _| 1 - a as i32;
        "Pop arg items, push a tuple of them."
    46 BuildList "BUILD_LIST" arg=true effect=|a, _| 1 - a as i32;
        "Pop arg items, push a list of them."
    47 BuildSet "BUILD_SET" arg=true effect=|a, _| 1 - a as i32;
        "Pop arg items, push a set of them."
    48 BuildMap "BUILD_MAP" arg=true effect=|a, _| 1 - 2 * a as i32;
        "Pop arg key/value pairs (key pushed first), push a dict."
    49 BuildConstKeyMap "BUILD_CONST_KEY_MAP" arg=true effect=|a, _| -(a as i32);
        "Pop a tuple of keys and arg values, push a dict."
    50 BuildString "BUILD_STRING" arg=true effect=|a, _| 1 - a as i32;
        "Pop arg strings, push their concatenation."
    51 BuildSlice "BUILD_SLICE" arg=true effect=|a, _| 1 - a as i32;
        "Pop 2 or 3 items, push slice(start, stop[, step])."
    52 ListAppend "LIST_APPEND" arg=true effect=|_, _| -1;
        "Pop TOS and append it to the list at stack position arg (from the top, after the pop)."
    53 SetAdd "SET_ADD" arg=true effect=|_, _| -1;
        "Pop TOS and add it to the set at stack position arg."
    54 MapAdd "MAP_ADD" arg=true effect=|_, _| -2;
        "Pop value (TOS) and key (TOS1), store into the dict at stack position arg."
    55 ListExtend "LIST_EXTEND" arg=true effect=|_, _| -1;
        "Pop an iterable, extend the list at stack position arg with it."
    56 SetUpdate "SET_UPDATE" arg=true effect=|_, _| -1;
        "Pop an iterable, update the set at stack position arg with it."
    57 DictUpdate "DICT_UPDATE" arg=true effect=|_, _| -1;
        "Pop a mapping, update the dict at stack position arg with it."
    58 DictMerge "DICT_MERGE" arg=true effect=|_, _| -1;
        "Like DICT_UPDATE but a repeated key is a TypeError (for **kwargs in calls)."
    59 ListToTuple "LIST_TO_TUPLE" arg=false effect=|_, _| 0;
        "TOS = tuple(TOS) for a list TOS."
    60 UnpackSequence "UNPACK_SEQUENCE" arg=true effect=|a, _| a as i32 - 1;
        "Pop an iterable of exactly arg items, push them so the first is on top."
    61 UnpackEx "UNPACK_EX" arg=true effect=|a, _| (a & 0xff) as i32 + (a >> 8) as i32;
        "Starred unpack: arg & 0xff targets before the star, arg >> 8 after; pushes a list for the star."
    62 FormatValue "FORMAT_VALUE" arg=true effect=|a, _| if a & 4 != 0 { -1 } else { 0 };
        "f-string field: arg & 3 is conversion (0 none, 1 str, 2 repr, 3 ascii); arg & 4: a format spec is on TOS."
    63 ReturnValue "RETURN_VALUE" arg=false effect=|_, _| -1;
        "Return TOS to the caller."
    64 YieldValue "YIELD_VALUE" arg=false effect=|_, _| 0;
        "Yield TOS from the generator; on resumption TOS is the sent value."
    65 Send "SEND" arg=true effect=|_, j| if j { -1 } else { 0 };
        "[receiver, v]: send v (next() if None); yields leave [receiver, yielded]; a return pops both, pushes the value and jumps to arg."
    66 GetYieldFromIter "GET_YIELD_FROM_ITER" arg=false effect=|_, _| 0;
        "TOS = iter(TOS) unless it is a generator."
    67 RaiseVarargs "RAISE_VARARGS" arg=true effect=|a, _| -(a as i32);
        "arg 0: re-raise the active exception; 1: raise TOS; 2: raise TOS1 from TOS."
    68 Reraise "RERAISE" arg=true effect=|_, _| -1;
        "Pop the exception and raise it again; if arg != 0 the value below it is the lasti to restore."
    69 PushExcInfo "PUSH_EXC_INFO" arg=false effect=|_, _| 1;
        "[exc] -> [previous handled exception, exc]; exc becomes the handled exception."
    70 PopExcept "POP_EXCEPT" arg=false effect=|_, _| -1;
        "Pop the saved previous exception and make it the handled exception again."
    71 CheckExcMatch "CHECK_EXC_MATCH" arg=false effect=|_, _| 0;
        "[exc, type] -> [exc, isinstance(exc, type)]; TypeError if type is not an exception class."
    72 WithExceptStart "WITH_EXCEPT_START" arg=false effect=|_, _| 1;
        "[exit, lasti, prev_exc, exc]: push exit(type(exc), exc, exc.__traceback__)."
    73 BeforeWith "BEFORE_WITH" arg=false effect=|_, _| 1;
        "ctx -> [bound ctx.__exit__, ctx.__enter__()]."
    74 SetupAnnotations "SETUP_ANNOTATIONS" arg=false effect=|_, _| 0;
        "Create __annotations__ in locals if missing."
    75 ImportName "IMPORT_NAME" arg=true effect=|_, _| -1;
        "[level, fromlist] -> module names[arg] imported with __import__."
    76 ImportFrom "IMPORT_FROM" arg=true effect=|_, _| 1;
        "Push attribute names[arg] of the module on TOS (trying sys.modules for submodules)."
    77 ImportStar "IMPORT_STAR" arg=false effect=|_, _| -1;
        "Pop a module and bind its public names in locals."
    78 MakeFunction "MAKE_FUNCTION" arg=true effect=|a, _| -((a & 0xf).count_ones() as i32);
        "Pop a code object and, by flag bits (8 closure, 4 annotations, 2 kwdefaults dict, 1 defaults tuple; pushed in that order bottom-up), push a function."
    79 LoadBuildClass "LOAD_BUILD_CLASS" arg=false effect=|_, _| 1;
        "Push builtins.__build_class__."
    80 Call "CALL" arg=true effect=|a, _| -(a as i32) - 1;
        "[NULL, callable, args*arg] or [callable, self, args*arg] -> result."
    81 CallKw "CALL_KW" arg=true effect=|a, _| -(a as i32) - 2;
        "Like CALL with a tuple of keyword names on top; the last len(names) of the arg arguments are keywords."
    82 CallFunctionEx "CALL_FUNCTION_EX" arg=true effect=|a, _| -2 - (a & 1) as i32;
        "[NULL or callable, callable or self, args tuple, kwargs dict if arg & 1] -> result."
    83 LoadAssertionError "LOAD_ASSERTION_ERROR" arg=false effect=|_, _| 1;
        "Push AssertionError."
    84 GetLen "GET_LEN" arg=false effect=|_, _| 1;
        "Push len(TOS), keeping TOS."
    85 MatchMapping "MATCH_MAPPING" arg=false effect=|_, _| 1;
        "Push whether TOS is a mapping (for match)."
    86 MatchSequence "MATCH_SEQUENCE" arg=false effect=|_, _| 1;
        "Push whether TOS is a sequence that a sequence pattern may match."
    87 MatchKeys "MATCH_KEYS" arg=false effect=|_, _| 1;
        "[subject, keys tuple] -> also push a tuple of the subject's values for keys, or None."
    88 MatchClass "MATCH_CLASS" arg=true effect=|_, _| -2;
        "[subject, cls, kw names] -> tuple of matched attributes (arg positional), or None."
    89 RaiseNotImplemented "RAISE_NOT_IMPLEMENTED" arg=true effect=|_, _| 0;
        "Raise NotImplementedError(consts[arg]) (for features Pyrite does not support yet)."
    90 PrintExpr "PRINT_EXPR" arg=false effect=|_, _| -1;
        "Interactive mode: pop TOS and pass it to sys.displayhook."
    // Specialized (quickened) forms: written over a generic instruction at
    // run time by `vm/specialize.rs`, never emitted by the compiler. Each one
    // behaves exactly like its generic form (`Op::generic`); its guards fall
    // back to the generic form. They double as the JIT's type profile.
    91 LoadAttrInstance "LOAD_ATTR_INSTANCE" arg=true effect=|_, _| 0;
        "LOAD_ATTR specialized: an instance-dict attribute of one type (type + type epoch guard, entry index hint)."
    92 LoadMethodCached "LOAD_METHOD_CACHED" arg=true effect=|_, _| 1;
        "LOAD_METHOD specialized: a plain method of one type (type + type epoch guard, no instance-dict shadowing)."
    93 StoreAttrInstance "STORE_ATTR_INSTANCE" arg=true effect=|_, _| -2;
        "STORE_ATTR specialized: store into the instance dict of one type (type + type epoch guard, entry index hint)."
    94 BinaryOpInt "BINARY_OP_INT" arg=true effect=|_, _| -1;
        "BINARY_OP specialized: both operands inline ints."
    95 BinaryOpFloat "BINARY_OP_FLOAT" arg=true effect=|_, _| -1;
        "BINARY_OP specialized: inline floats (an inline int may stand on one side)."
    96 CompareOpInt "COMPARE_OP_INT" arg=true effect=|_, _| -1;
        "COMPARE_OP specialized: both operands inline ints."
    97 CompareOpFloat "COMPARE_OP_FLOAT" arg=true effect=|_, _| -1;
        "COMPARE_OP specialized: both operands inline floats."
    98 CompareOpStr "COMPARE_OP_STR" arg=true effect=|_, _| -1;
        "COMPARE_OP specialized: both operands exact strs."
    99 BinarySubscrList "BINARY_SUBSCR_LIST" arg=false effect=|_, _| -1;
        "BINARY_SUBSCR specialized: exact list indexed by an inline int."
    100 BinarySubscrTuple "BINARY_SUBSCR_TUPLE" arg=false effect=|_, _| -1;
        "BINARY_SUBSCR specialized: exact tuple indexed by an inline int."
    101 BinarySubscrDict "BINARY_SUBSCR_DICT" arg=false effect=|_, _| -1;
        "BINARY_SUBSCR specialized: exact dict (an exact-str key is looked up without hashing it again)."
    102 StoreSubscrList "STORE_SUBSCR_LIST" arg=false effect=|_, _| -3;
        "STORE_SUBSCR specialized: exact list indexed by an inline int."
    103 CallPyExact "CALL_PY_EXACT" arg=true effect=|a, _| -(a as i32) - 1;
        "CALL specialized: a Python function taking exactly the given positional arguments (self included)."
    104 ForIterRange "FOR_ITER_RANGE" arg=true effect=|_, j| if j { -1 } else { 1 };
        "FOR_ITER specialized: an int range iterator."
    105 ForIterList "FOR_ITER_LIST" arg=true effect=|_, j| if j { -1 } else { 1 };
        "FOR_ITER specialized: a list iterator."
    106 ForIterTuple "FOR_ITER_TUPLE" arg=true effect=|_, j| if j { -1 } else { 1 };
        "FOR_ITER specialized: a tuple iterator."
    107 LoadAttrModule "LOAD_ATTR_MODULE" arg=true effect=|_, _| 0;
        "LOAD_ATTR specialized: an attribute of one module object (module identity + dict keys-version guard, entry index)."
    108 LoadMethodModule "LOAD_METHOD_MODULE" arg=true effect=|_, _| 1;
        "LOAD_METHOD specialized: NULL and an attribute of one module object (guards as LOAD_ATTR_MODULE)."
    109 ForIterGen "FOR_ITER_GEN" arg=true effect=|_, j| if j { -1 } else { 1 };
        "FOR_ITER specialized: a generator (resumed directly with None)."
    110 LoadFastLoadFast "LOAD_FAST__LOAD_FAST" arg=true effect=|_, _| 1;
        "LOAD_FAST that also runs the LOAD_FAST after it (a superinstruction; the second stays in place for jumps and the JIT)."
    111 LoadFastLoadConst "LOAD_FAST__LOAD_CONST" arg=true effect=|_, _| 1;
        "LOAD_FAST that also runs the LOAD_CONST after it (a superinstruction)."
    112 StoreFastLoadFast "STORE_FAST__LOAD_FAST" arg=true effect=|_, _| -1;
        "STORE_FAST that also runs the LOAD_FAST after it (a superinstruction)."
    // Coroutines and async generators (CPython 3.11's instructions of the
    // same names; implemented in `vm/coroutine.rs`).
    113 GetAwaitable "GET_AWAITABLE" arg=true effect=|_, _| 0;
        "TOS = the iterator to await for TOS (a coroutine, a generator-based coroutine or __await__()); arg 1/2: after __aenter__/__aexit__ (for messages)."
    114 GetAiter "GET_AITER" arg=false effect=|_, _| 0;
        "TOS = TOS.__aiter__()."
    115 GetAnext "GET_ANEXT" arg=false effect=|_, _| 1;
        "Push the awaitable of TOS.__anext__() (the async iterator stays)."
    116 EndAsyncFor "END_ASYNC_FOR" arg=false effect=|_, _| -2;
        "[aiter, exc]: end the loop if exc is a StopAsyncIteration (popping both), else re-raise exc."
    117 BeforeAsyncWith "BEFORE_ASYNC_WITH" arg=false effect=|_, _| 1;
        "ctx -> [bound ctx.__aexit__, ctx.__aenter__()] (the latter still to be awaited)."
    118 AsyncGenWrap "ASYNC_GEN_WRAP" arg=false effect=|_, _| 0;
        "Mark TOS as a value yielded by an async generator (not by an await inside it)."
    // `except*` (PEP 654; implemented in `vm/except_star.rs`).
    119 CheckEgMatch "CHECK_EG_MATCH" arg=false effect=|_, _| 0;
        "[exc, type] -> [rest, match]: split exc by the except* type (match None if nothing matched; a matched part becomes the handled exception)."
    120 PrepReraiseStar "PREP_RERAISE_STAR" arg=false effect=|_, _| -1;
        "[orig, list] -> what the except* statement re-raises (None if nothing) from the original and the raised/unhandled parts."
    // More specialized forms (`vm/specialize.rs`).
    121 BinaryOpPy "BINARY_OP_PY" arg=true effect=|_, _| -1;
        "BINARY_OP specialized: the left operand's type (a Python class) has a Python dunder, run as an inlined frame (types of both operands + type epoch guard)."
    122 CallPyInit "CALL_PY_INIT" arg=true effect=|a, _| -(a as i32) - 1;
        "CALL specialized: a plain Python class with a Python __init__ and object.__new__ (class identity + type epoch guard); __init__ runs as an inlined frame."
    123 CallBuiltin "CALL_BUILTIN" arg=true effect=|a, _| -(a as i32) - 1;
        "CALL specialized: a builtin function or unbound builtin method descriptor with positional arguments (native function pointer + stack layout guard), called on the stack slice."
}

impl Op {
    /// The generic instruction a specialized form stands for (itself for
    /// generic instructions); `--dis` and the JIT's decoder see this.
    pub fn generic(self) -> Op {
        match self {
            Op::LoadAttrInstance | Op::LoadAttrModule => Op::LoadAttr,
            Op::LoadMethodCached | Op::LoadMethodModule => Op::LoadMethod,
            Op::StoreAttrInstance => Op::StoreAttr,
            Op::BinaryOpInt | Op::BinaryOpFloat | Op::BinaryOpPy => Op::BinaryOp,
            Op::CompareOpInt | Op::CompareOpFloat | Op::CompareOpStr => Op::CompareOp,
            Op::BinarySubscrList | Op::BinarySubscrTuple | Op::BinarySubscrDict => Op::BinarySubscr,
            Op::StoreSubscrList => Op::StoreSubscr,
            Op::CallPyExact | Op::CallPyInit | Op::CallBuiltin => Op::Call,
            Op::ForIterRange | Op::ForIterList | Op::ForIterTuple | Op::ForIterGen => Op::ForIter,
            Op::LoadFastLoadFast | Op::LoadFastLoadConst => Op::LoadFast,
            Op::StoreFastLoadFast => Op::StoreFast,
            op => op,
        }
    }
    /// Whether this is a specialized (quickened) form.
    pub fn is_specialized(self) -> bool {
        self.generic() != self
    }
}

/// Operand of `COMPARE_OP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareOp {
    /// `<`
    Lt = 0,
    /// `<=`
    Le = 1,
    /// `==`
    Eq = 2,
    /// `!=`
    Ne = 3,
    /// `>`
    Gt = 4,
    /// `>=`
    Ge = 5,
}

impl CompareOp {
    /// Decodes a `COMPARE_OP` argument.
    pub fn from_arg(a: u32) -> Option<CompareOp> {
        use CompareOp::*;
        Some(match a {
            0 => Lt,
            1 => Le,
            2 => Eq,
            3 => Ne,
            4 => Gt,
            5 => Ge,
            _ => return None,
        })
    }
    /// The operator's source spelling.
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        use CompareOp::*;
        match self {
            Lt => Gt,
            Le => Ge,
            Eq => Eq,
            Ne => Ne,
            Gt => Lt,
            Ge => Le,
        }
    }
}

/// Operand of `BINARY_OP` (CPython's `NB_*` numbering). In-place forms are
/// encoded as `op as u32 + INPLACE_OFFSET`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOp {
    /// `+`
    Add = 0,
    /// `&`
    And = 1,
    /// `//`
    FloorDivide = 2,
    /// `<<`
    LShift = 3,
    /// `@`
    MatMul = 4,
    /// `*`
    Multiply = 5,
    /// `%`
    Remainder = 6,
    /// `|`
    Or = 7,
    /// `**`
    Power = 8,
    /// `>>`
    RShift = 9,
    /// `-`
    Subtract = 10,
    /// `/`
    TrueDivide = 11,
    /// `^`
    Xor = 12,
}

/// Added to a `BinaryOp` number for its in-place (`+=`) form.
pub const INPLACE_OFFSET: u32 = 13;

impl BinaryOp {
    /// Decodes a `BINARY_OP` argument into (operator, is in-place).
    pub fn from_arg(a: u32) -> Option<(BinaryOp, bool)> {
        use BinaryOp::*;
        let (base, inplace) = if a >= INPLACE_OFFSET { (a - INPLACE_OFFSET, true) } else { (a, false) };
        let op = match base {
            0 => Add,
            1 => And,
            2 => FloorDivide,
            3 => LShift,
            4 => MatMul,
            5 => Multiply,
            6 => Remainder,
            7 => Or,
            8 => Power,
            9 => RShift,
            10 => Subtract,
            11 => TrueDivide,
            12 => Xor,
            _ => return None,
        };
        Some((op, inplace))
    }
    /// The operator's source spelling (without `=`).
    pub fn symbol(self) -> &'static str {
        ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"][self as usize]
    }
    /// Names of the forward, reflected and in-place dunder methods.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        use BinaryOp::*;
        match self {
            Add => ("__add__", "__radd__", "__iadd__"),
            And => ("__and__", "__rand__", "__iand__"),
            FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            Multiply => ("__mul__", "__rmul__", "__imul__"),
            Remainder => ("__mod__", "__rmod__", "__imod__"),
            Or => ("__or__", "__ror__", "__ior__"),
            Power => ("__pow__", "__rpow__", "__ipow__"),
            RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            Subtract => ("__sub__", "__rsub__", "__isub__"),
            TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
            Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Flag bits of `MAKE_FUNCTION`'s argument.
pub mod make_function {
    /// A tuple of positional defaults is on the stack.
    pub const DEFAULTS: u32 = 1;
    /// A dict of keyword-only defaults is on the stack.
    pub const KWDEFAULTS: u32 = 2;
    /// A tuple of (name, annotation, ...) pairs is on the stack.
    pub const ANNOTATIONS: u32 = 4;
    /// A tuple of cells (the closure) is on the stack.
    pub const CLOSURE: u32 = 8;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcodes_are_dense_and_decode() {
        for (i, op) in Op::all().iter().enumerate() {
            assert_eq!(*op as usize, i, "{} is out of order", op.name());
            assert_eq!(Op::from_u8(i as u8), Some(*op));
        }
        assert_eq!(Op::from_u8(Op::all().len() as u8), None);
    }

    #[test]
    fn stack_effects() {
        assert_eq!(Op::Call.stack_effect(2, false), -3);
        assert_eq!(Op::LoadGlobal.stack_effect(3, false), 2);
        assert_eq!(Op::ForIter.stack_effect(0, true), -1);
        assert_eq!(Op::UnpackEx.stack_effect(1 | (2 << 8), false), 3);
        assert_eq!(Op::MakeFunction.stack_effect(9, false), -2);
    }

    #[test]
    fn binary_op_args_round_trip() {
        assert_eq!(BinaryOp::from_arg(13), Some((BinaryOp::Add, true)));
        assert_eq!(BinaryOp::from_arg(12), Some((BinaryOp::Xor, false)));
        assert_eq!(BinaryOp::from_arg(26), None);
    }
}
