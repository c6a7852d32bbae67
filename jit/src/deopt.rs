//! Deoptimization metadata: what an exit must write back into the
//! interpreter frame, and why the exit was taken.
//!
//! Invariants:
//! - Every guard and every fallible operation of the IR owns exactly one
//!   exit (`ExitId`, dense from 0 in creation order) with a `FrameState`.
//! - `FrameState::slots[i]` describes frame slot `i` (locals, then cells,
//!   then the value stack); slots past the end of the vector are
//!   `Unchanged`. The value stack at the exit holds `stack_depth` entries,
//!   ending at slot `slots_base + stack_depth` where `slots_base` is the
//!   number of locals plus cells (known to the VM).
//! - Values written back must be owned references the frame may keep: the
//!   IR producer increfs what it stores (the write-back itself never
//!   increfs or decrefs).
#![forbid(unsafe_code)]

use crate::ir::Value;

/// Identifies an exit of a compiled function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExitId(pub u32);

/// Where the interpreter's value for one frame slot comes from at an exit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ValueSource {
    /// The frame slot already holds the right word.
    Unchanged,
    /// This constant Value word.
    Const(u64),
    /// An IR value of type `Boxed`.
    Boxed(Value),
    /// An IR value of type `I64`, boxed on exit (a big int through the
    /// `box_big_int` helper if it does not fit the small-int range).
    Int(Value),
    /// An IR value of type `F64`, boxed on exit.
    Float(Value),
    /// An IR value of type `Bool`, written as `True` / `False`.
    Bool(Value),
}

/// The interpreter state to rebuild at an exit.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameState {
    /// Bytecode index where the interpreter resumes (for deopt exits: the
    /// instruction is re-executed) or unwinds (error exits).
    pub ip: u32,
    /// Number of value-stack entries live at `ip`.
    pub stack_depth: u32,
    /// Per-slot sources; see the module docs.
    pub slots: Vec<ValueSource>,
}

impl FrameState {
    /// A state with every slot unchanged.
    pub fn new(ip: u32, stack_depth: u32) -> FrameState {
        FrameState { ip, stack_depth, slots: Vec::new() }
    }

    /// Sets the source of slot `i` (growing the vector with `Unchanged`).
    pub fn with(mut self, i: usize, src: ValueSource) -> FrameState {
        if self.slots.len() <= i {
            self.slots.resize(i + 1, ValueSource::Unchanged);
        }
        self.slots[i] = src;
        self
    }

    /// The IR values this state reads.
    pub fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.slots.iter().filter_map(|s| match *s {
            ValueSource::Unchanged | ValueSource::Const(_) => None,
            ValueSource::Boxed(v) | ValueSource::Int(v) | ValueSource::Float(v) | ValueSource::Bool(v) => Some(v),
        })
    }

    /// A one-line summary for `-X jit-log`, e.g. `ip=12 depth=1 [0:=v3i 2:=c0x..]`.
    pub fn summary(&self) -> String {
        let mut s = format!("ip={} depth={} [", self.ip, self.stack_depth);
        let mut first = true;
        for (i, src) in self.slots.iter().enumerate() {
            let d = match src {
                ValueSource::Unchanged => continue,
                ValueSource::Const(w) => format!("{i}:=const {w:#x}"),
                ValueSource::Boxed(v) => format!("{i}:=v{}", v.0),
                ValueSource::Int(v) => format!("{i}:=int v{}", v.0),
                ValueSource::Float(v) => format!("{i}:=float v{}", v.0),
                ValueSource::Bool(v) => format!("{i}:=bool v{}", v.0),
            };
            if !first {
                s.push(' ');
            }
            first = false;
            s.push_str(&d);
        }
        s.push(']');
        s
    }
}

/// Why an exit is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeoptReason {
    /// `guard_int`: not a small int.
    NotInt,
    /// `guard_float`: not an inline float.
    NotFloat,
    /// `guard_bool`: not `True`/`False`.
    NotBool,
    /// `truthy`: not a type whose truth the JIT knows.
    UnknownTruth,
    /// `guard_is`: a different object.
    NotIdentical,
    /// `guard_type`: a different type (or not a heap object).
    WrongType,
    /// `guard_version`: a version tag changed.
    VersionChanged,
    /// 64-bit int overflow (add/sub/mul/neg/shift, or `MIN // -1`).
    Overflow,
    /// Division or modulo by zero.
    ZeroDivision,
    /// Negative shift count.
    NegativeShift,
    /// Float domain error (e.g. `sqrt` of a negative number).
    MathDomain,
    /// Index out of range.
    Bounds,
    /// A helper returned its error sentinel (exception pending): error exit.
    HelperError,
    /// Boxing a big int failed (exception pending): error exit.
    BoxFailed,
    /// An unconditional exit (`Terminator::Deopt`): code not compiled.
    Unsupported,
    /// A generator yields (`Function::yield_exit`): the value is on top of
    /// the written-back stack and the frame suspends after the instruction.
    /// Not a failed speculation.
    Yield,
    /// A callee called natively left through an exit of its own and this
    /// code, itself running natively, leaves too: the frame resumes after
    /// the call once the callee's frame finished (the VM supplies the
    /// call's result). Not a failed speculation.
    CalleeExit,
}

impl DeoptReason {
    /// Whether this exit reports an error (exception pending) rather than a
    /// plain deoptimization.
    pub fn is_error(self) -> bool {
        matches!(self, DeoptReason::HelperError | DeoptReason::BoxFailed)
    }
}

/// One exit of an IR function.
#[derive(Clone, Debug, PartialEq)]
pub struct ExitDesc {
    /// Why it is taken.
    pub reason: DeoptReason,
    /// What to write back.
    pub state: FrameState,
}
