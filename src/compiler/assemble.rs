//! The assembler: a unit's instruction list (symbolic labels and block
//! pseudo-instructions) -> final instructions, line table, exception table
//! and maximum stack depth.
//!
//! Like CPython 3.11's `label_exception_targets` and `stackdepth`, one walk
//! over the control-flow graph computes, for every reachable instruction,
//! the stack depth before it and the stack of active exception handlers
//! (pushed by `SETUP_*`, popped by `POP_BLOCK`). Unreachable instructions
//! and the pseudo-instructions are then dropped, jumps are resolved to
//! absolute indices (`JUMP` / `JUMP_BACKWARD` chosen by direction), and
//! consecutive instructions with the same innermost handler become one
//! exception-table entry. Entries therefore never overlap.
//!
//! Invariant checked here: the depth is never negative and every join point
//! is reached with one depth; a violation is an internal compiler error.

use crate::bytecode::code::Span;
use crate::bytecode::{ExceptionEntry, Instr, Op};

/// A symbolic jump target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub usize);

/// An instruction or a block pseudo-instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pseudo {
    /// A real instruction.
    Real(Op),
    /// Push a handler: exception -> target with [.., exc].
    SetupFinally,
    /// Push a handler: exception -> target with [.., lasti, exc].
    SetupCleanup,
    /// Push a `with` handler (depth excludes the `__enter__` result).
    SetupWith,
    /// Pop the innermost handler.
    PopBlock,
}

/// One instruction in a unit, before assembly.
#[derive(Clone, Debug)]
pub struct UnitInstr {
    /// Operation.
    pub op: Pseudo,
    /// Argument (ignored for jumps, which use `target`).
    pub arg: u32,
    /// Jump or handler target.
    pub target: Option<Label>,
    /// Source line.
    pub line: u32,
    /// End line and columns of the source range.
    pub span: Span,
}

/// The assembled pieces of a `Code`.
pub struct Assembled {
    /// Final instructions.
    pub instrs: Vec<Instr>,
    /// Line per instruction.
    pub lines: Vec<u32>,
    /// End line and columns per instruction.
    pub spans: Vec<Span>,
    /// Exception table.
    pub exception_table: Vec<ExceptionEntry>,
    /// Maximum stack depth.
    pub stacksize: u32,
}

/// Whether `op` has a jump target.
pub fn is_jump(op: Op) -> bool {
    matches!(
        op,
        Op::Jump
            | Op::JumpBackward
            | Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::PopJumpIfNone
            | Op::PopJumpIfNotNone
            | Op::JumpIfFalseOrPop
            | Op::JumpIfTrueOrPop
            | Op::ForIter
            | Op::Send
    )
}

/// Whether control never falls through `op`.
pub fn is_terminator(op: Op) -> bool {
    matches!(op, Op::Jump | Op::JumpBackward | Op::ReturnValue | Op::RaiseVarargs | Op::Reraise)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Handler {
    label: usize,
    depth: u32,
    lasti: bool,
}

#[derive(Clone, Debug)]
struct State {
    depth: i32,
    handlers: Vec<Handler>,
}

/// Assembles `instrs` whose labels are bound at `labels` (instruction positions).
pub fn assemble(instrs: &[UnitInstr], labels: &[Option<usize>]) -> Result<Assembled, String> {
    let n = instrs.len();
    let pos = |l: Label| -> Result<usize, String> {
        labels.get(l.0).copied().flatten().ok_or_else(|| format!("unbound label {}", l.0))
    };
    let mut states: Vec<Option<State>> = vec![None; n];
    let mut work: Vec<(usize, State)> = vec![(0, State { depth: 0, handlers: Vec::new() })];
    let mut maxdepth: i32 = 0;
    while let Some((start, st)) = work.pop() {
        let mut i = start;
        let mut cur = st;
        loop {
            if i >= n {
                break;
            }
            if let Some(old) = &states[i] {
                if old.depth != cur.depth {
                    return Err(format!("inconsistent stack depth at {i}: {} vs {}", old.depth, cur.depth));
                }
                break;
            }
            states[i] = Some(cur.clone());
            let ins = &instrs[i];
            maxdepth = maxdepth.max(cur.depth);
            match ins.op {
                Pseudo::SetupFinally | Pseudo::SetupCleanup | Pseudo::SetupWith => {
                    let t = ins.target.ok_or("setup without target")?;
                    let (hdepth, lasti) = match ins.op {
                        Pseudo::SetupFinally => (cur.depth, false),
                        Pseudo::SetupCleanup => (cur.depth, true),
                        _ => (cur.depth - 1, true),
                    };
                    if hdepth < 0 {
                        return Err(format!("negative handler depth at {i}"));
                    }
                    let entry = hdepth + 1 + i32::from(lasti);
                    maxdepth = maxdepth.max(entry);
                    work.push((pos(t)?, State { depth: entry, handlers: cur.handlers.clone() }));
                    cur.handlers.push(Handler { label: t.0, depth: hdepth as u32, lasti });
                }
                Pseudo::PopBlock => {
                    cur.handlers.pop();
                }
                Pseudo::Real(op) => {
                    if is_jump(op) {
                        let t = ins.target.ok_or_else(|| format!("jump without target at {i}"))?;
                        let d = cur.depth + op.stack_effect(ins.arg, true);
                        if d < 0 {
                            return Err(format!("stack underflow at {i} ({})", op.name()));
                        }
                        maxdepth = maxdepth.max(d);
                        work.push((pos(t)?, State { depth: d, handlers: cur.handlers.clone() }));
                    }
                    cur.depth += op.stack_effect(ins.arg, false);
                    if cur.depth < 0 {
                        return Err(format!("stack underflow at {i} ({})", op.name()));
                    }
                    maxdepth = maxdepth.max(cur.depth);
                    if is_terminator(op) {
                        break;
                    }
                }
            }
            i += 1;
        }
    }
    // New index of every kept instruction; pseudo / dead ones map to the next kept one.
    let mut newidx = vec![0u32; n + 1];
    let mut count = 0u32;
    for i in 0..n {
        newidx[i] = count;
        if states[i].is_some() && matches!(instrs[i].op, Pseudo::Real(_)) {
            count += 1;
        }
    }
    newidx[n] = count;
    let mut out = Vec::with_capacity(count as usize);
    let mut lines = Vec::with_capacity(count as usize);
    let mut spans = Vec::with_capacity(count as usize);
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for i in 0..n {
        let Some(st) = &states[i] else { continue };
        let Pseudo::Real(mut op) = instrs[i].op else { continue };
        let mut arg = instrs[i].arg;
        let me = newidx[i];
        if let Some(t) = instrs[i].target {
            let tgt = newidx[pos(t)?];
            if tgt >= count {
                return Err(format!("jump target out of range at {i}"));
            }
            arg = tgt;
            if op == Op::Jump || op == Op::JumpBackward {
                op = if tgt <= me { Op::JumpBackward } else { Op::Jump };
            }
        }
        out.push(Instr::new(op, arg));
        lines.push(instrs[i].line);
        spans.push(instrs[i].span);
        if let Some(h) = st.handlers.last() {
            let target = newidx[labels.get(h.label).copied().flatten().ok_or("unbound handler")?];
            match table.last_mut() {
                Some(e) if e.end == me && e.target == target && e.depth == h.depth && e.lasti == h.lasti => {
                    e.end = me + 1;
                }
                _ => table.push(ExceptionEntry { start: me, end: me + 1, target, depth: h.depth, lasti: h.lasti }),
            }
        }
    }
    Ok(Assembled { instrs: out, lines, spans, exception_table: table, stacksize: maxdepth as u32 })
}

#[cfg(test)]
pub(crate) fn debug_dump(instrs: &[UnitInstr], labels: &[Option<usize>]) {
    for (k, x) in instrs.iter().enumerate() {
        eprintln!("{k} {:?} {:?}", x.op, x.target.map(|t| labels[t.0]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real(op: Op, arg: u32) -> UnitInstr {
        UnitInstr { op: Pseudo::Real(op), arg, target: None, line: 1, span: Span::UNKNOWN }
    }

    #[test]
    fn depth_and_table() {
        // SETUP_FINALLY h; LOAD_CONST; POP_TOP; POP_BLOCK; LOAD_CONST; RETURN; h: POP_TOP; LOAD_CONST; RETURN
        let v = vec![
            UnitInstr { op: Pseudo::SetupFinally, arg: 0, target: Some(Label(0)), line: 1, span: Span::UNKNOWN },
            real(Op::LoadConst, 0),
            real(Op::PopTop, 0),
            UnitInstr { op: Pseudo::PopBlock, arg: 0, target: None, line: 1, span: Span::UNKNOWN },
            real(Op::LoadConst, 0),
            real(Op::ReturnValue, 0),
            real(Op::PopTop, 0),
            real(Op::LoadConst, 0),
            real(Op::ReturnValue, 0),
        ];
        let a = assemble(&v, &[Some(6)]).unwrap();
        assert_eq!(a.instrs.len(), 7);
        assert_eq!(a.exception_table, vec![ExceptionEntry { start: 0, end: 2, target: 4, depth: 0, lasti: false }]);
        assert_eq!(a.stacksize, 1);
    }

    #[test]
    fn underflow_is_an_error() {
        assert!(assemble(&[real(Op::PopTop, 0)], &[]).is_err());
    }
}
