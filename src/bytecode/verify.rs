//! Structural checks of a `Code` object that did not come from the
//! compiler (a decoded bytecode-cache file): the invariants listed in
//! `code.rs` that the eval loop relies on without checking.
//!
//! Checked: table lengths agree, every operand that indexes a table
//! (constants, names, locals, cells, comparison / binary-op numbers) is in
//! range, jump and handler targets are instructions, and on every path
//! (handlers included) each instruction finds the stack items it reads and
//! the depth stays within `stacksize`. Not checked: the *types* of stack
//! items (e.g. that `LIST_APPEND` finds a list); the body checksum of the
//! cache file is what guards against accidental corruption there.

#![forbid(unsafe_code)]

use super::code::{flags, Code};
use super::opcodes::{BinaryOp, CompareOp, Op};

fn is_jump(op: Op) -> bool {
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

fn ends_block(op: Op) -> bool {
    matches!(op, Op::Jump | Op::JumpBackward | Op::ReturnValue | Op::RaiseVarargs | Op::Reraise)
}

/// How many stack items instruction `op arg` reads (pops or peeks at).
fn reads(op: Op, arg: u32) -> i64 {
    let a = i64::from(arg);
    match op {
        Op::Copy | Op::Swap => a,
        Op::PopTop | Op::StoreFast | Op::StoreDeref | Op::StoreName | Op::StoreGlobal => 1,
        Op::LoadAttr | Op::DeleteAttr | Op::LoadMethod => 1,
        Op::StoreAttr => 2,
        Op::BinarySubscr | Op::DeleteSubscr | Op::BinaryOp | Op::CompareOp | Op::IsOp | Op::ContainsOp => 2,
        Op::StoreSubscr => 3,
        Op::UnaryNegative | Op::UnaryPositive | Op::UnaryNot | Op::UnaryInvert => 1,
        Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::PopJumpIfNone | Op::PopJumpIfNotNone => 1,
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop | Op::GetIter | Op::ForIter => 1,
        Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString | Op::BuildSlice => a,
        Op::BuildMap => 2 * a,
        Op::BuildConstKeyMap => a + 1,
        Op::ListAppend | Op::SetAdd | Op::ListExtend | Op::SetUpdate | Op::DictUpdate => a + 1,
        Op::MapAdd => a + 2,
        Op::DictMerge => a + 3,
        Op::ListToTuple | Op::UnpackSequence | Op::UnpackEx => 1,
        Op::FormatValue => 1 + i64::from(arg & 4 != 0),
        Op::ReturnValue | Op::YieldValue | Op::GetYieldFromIter => 1,
        Op::Send => 2,
        Op::RaiseVarargs => a,
        Op::Reraise => 1 + i64::from(arg != 0),
        Op::PushExcInfo | Op::PopExcept => 1,
        Op::CheckExcMatch => 2,
        Op::CheckEgMatch | Op::PrepReraiseStar => 2,
        Op::WithExceptStart => 4,
        Op::BeforeWith => 1,
        Op::ImportName => 2,
        Op::ImportFrom | Op::ImportStar => 1,
        Op::MakeFunction => 1 + i64::from((arg & 0xf).count_ones()),
        Op::Call => a + 2,
        Op::CallKw => a + 3,
        Op::CallFunctionEx => 3 + i64::from(arg & 1),
        Op::GetLen | Op::MatchMapping | Op::MatchSequence => 1,
        Op::MatchKeys => 2,
        Op::MatchClass => 3,
        Op::PrintExpr => 1,
        _ => 0,
    }
}

/// Checks one instruction's operand against the tables of `c`.
fn operand_ok(c: &Code, op: Op, arg: u32) -> bool {
    let a = arg as usize;
    let n = c.instrs.len();
    match op {
        Op::LoadConst | Op::RaiseNotImplemented => a < c.consts.len(),
        Op::LoadFast | Op::StoreFast | Op::DeleteFast => a < c.nlocals(),
        Op::LoadDeref | Op::StoreDeref | Op::DeleteDeref | Op::LoadClosure | Op::LoadClassderef => a < c.ncells(),
        Op::LoadGlobal => (a >> 1) < c.names.len(),
        Op::LoadName
        | Op::StoreName
        | Op::DeleteName
        | Op::StoreGlobal
        | Op::DeleteGlobal
        | Op::LoadAttr
        | Op::StoreAttr
        | Op::DeleteAttr
        | Op::LoadMethod
        | Op::ImportName
        | Op::ImportFrom => a < c.names.len(),
        Op::CompareOp => CompareOp::from_arg(arg).is_some(),
        Op::BinaryOp => BinaryOp::from_arg(arg).is_some(),
        Op::Copy | Op::Swap => arg >= 1,
        Op::UnpackSequence => arg < 1 << 24,
        Op::UnpackEx => arg < 1 << 16,
        _ if is_jump(op) => a < n,
        _ => true,
    }
}

/// Checks `c` (not its nested code objects: those were checked when decoded).
pub fn code(c: &Code) -> Result<(), String> {
    let n = c.instrs.len();
    if n == 0 {
        return Err("no instructions".into());
    }
    if c.lines.len() != n {
        return Err("line table length differs from the instruction count".into());
    }
    if c.spans.len() != n {
        return Err("position table length differs from the instruction count".into());
    }
    let params = c.total_args();
    if c.varnames.len() < params || c.posonlyargcount > c.argcount {
        return Err("fewer local names than parameters".into());
    }
    if c.cell2arg.len() != c.cellvars.len() || c.cell2arg.iter().flatten().any(|&j| j as usize >= params) {
        return Err("bad cell-to-argument map".into());
    }
    if c.flags & !(flags::OPTIMIZED | flags::NEWLOCALS | flags::VARARGS | flags::VARKEYWORDS | flags::NESTED | flags::SUSPENDS | flags::ITERABLE_COROUTINE) != 0 {
        return Err("unknown flag bits".into());
    }
    for e in &c.exception_table {
        if e.start >= e.end || e.end as usize > n || e.target as usize >= n {
            return Err("exception-table entry out of range".into());
        }
    }
    for (i, ins) in c.instrs.iter().enumerate() {
        let op = ins.op.get();
        if !operand_ok(c, op, ins.arg) {
            return Err(format!("bad operand {} of {} at {i}", ins.arg, op.name()));
        }
    }
    stack_discipline(c)
}

/// Walks every path from instruction 0 and every reachable handler.
fn stack_discipline(c: &Code) -> Result<(), String> {
    let n = c.instrs.len();
    let max = i64::from(c.stacksize);
    let mut depth: Vec<Option<i64>> = vec![None; n];
    let mut work = vec![(0usize, 0i64)];
    while let Some((mut i, mut d)) = work.pop() {
        loop {
            if i >= n {
                return Err("execution falls off the end".into());
            }
            match depth[i] {
                Some(old) if old == d => break,
                Some(old) => return Err(format!("stack depth {old} vs {d} at {i}")),
                None => depth[i] = Some(d),
            }
            if let Some(h) = c.handler_for(i as u32) {
                if i64::from(h.depth) > d {
                    return Err(format!("handler depth above the stack at {i}"));
                }
                let hd = i64::from(h.depth) + 1 + i64::from(h.lasti);
                if hd > max {
                    return Err(format!("handler entry depth above stacksize at {i}"));
                }
                work.push((h.target as usize, hd));
            }
            let ins = &c.instrs[i];
            let op = ins.op.get();
            if reads(op, ins.arg) > d {
                return Err(format!("{} at {i} reads below the stack", op.name()));
            }
            if is_jump(op) {
                let jd = d + i64::from(op.stack_effect(ins.arg, true));
                if jd < 0 || jd > max {
                    return Err(format!("bad stack depth after jump at {i}"));
                }
                work.push((ins.arg as usize, jd));
            }
            d += i64::from(op.stack_effect(ins.arg, false));
            if d < 0 || d > max {
                return Err(format!("stack depth {d} out of range after {i}"));
            }
            if ends_block(op) {
                break;
            }
            i += 1;
        }
        if work.len() > 4 * n + 16 {
            return Err("too many paths".into());
        }
    }
    Ok(())
}
