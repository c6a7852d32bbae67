//! Bytecode analysis for the translator: which instructions are reachable
//! from an entry point, the value-stack depth before each, and where basic
//! blocks start.
//!
//! Exception handlers are part of the region: an instruction covered by an
//! exception-table entry has an edge to the entry's handler, whose stack
//! then holds the entry's depth, the lasti if the entry asks for it, and
//! the exception (the translator branches there when a helper fails). An
//! instruction the translator does not compile ends its path (it becomes an
//! exit), so nothing after it is analyzed unless reached another way.
//!
//! Generator code compiled from ip 0 also covers its resume points: the
//! instruction after each reachable YIELD_VALUE starts a block entered
//! from the function's entry (see `translate_resume`), with the yield's
//! stack depth (the sent value in place of the yielded one).

use crate::bytecode::{Code, Op};

/// The result of [`analyze`].
pub struct Analysis {
    /// Stack depth before each instruction, `None` if unreachable.
    pub depth: Vec<Option<u32>>,
    /// Whether each instruction starts a basic block.
    pub leader: Vec<bool>,
    /// Number of control-flow edges into each instruction (the entry counts
    /// as one, so do exception-handler edges).
    pub preds: Vec<u32>,
    /// With `resumes`: the resume points (the ip after each reachable
    /// YIELD_VALUE) and their stack depth, in ip order.
    pub resumes: Vec<(u32, u32)>,
}

/// The instruction at `ip` as the compiler emitted it (quickened forms are
/// read as their generic instruction: the translator makes its own
/// specializations).
pub fn op_at(code: &Code, ip: usize) -> Op {
    code.instrs[ip].op.get().generic()
}

/// Whether the translator compiles `op` (others become exits).
pub fn supported(op: Op) -> bool {
    use Op::*;
    crate::vm::eval_rare::is_rare(op)
        || matches!(
        op,
        Nop | PopTop
            | PushNull
            | Copy
            | Swap
            | LoadConst
            | LoadFast
            | StoreFast
            | LoadGlobal
            | StoreGlobal
            | LoadName
            | StoreName
            | LoadAttr
            | StoreAttr
            | LoadMethod
            | BinarySubscr
            | StoreSubscr
            | DeleteSubscr
            | BinaryOp
            | UnaryNegative
            | UnaryPositive
            | UnaryInvert
            | UnaryNot
            | CompareOp
            | IsOp
            | ContainsOp
            | Jump
            | JumpBackward
            | PopJumpIfFalse
            | PopJumpIfTrue
            | PopJumpIfNone
            | PopJumpIfNotNone
            | JumpIfFalseOrPop
            | JumpIfTrueOrPop
            | GetIter
            | ForIter
            | BuildTuple
            | BuildList
            | ListAppend
            | SetAdd
            | MapAdd
            | UnpackSequence
            | FormatValue
            | BuildString
            | ReturnValue
            | Call
            | CallKw
            | LoadDeref
            | StoreDeref
            | YieldValue
            | Send
    )
}

fn is_cond_jump(op: Op) -> bool {
    use Op::*;
    matches!(op, PopJumpIfFalse | PopJumpIfTrue | PopJumpIfNone | PopJumpIfNotNone | JumpIfFalseOrPop | JumpIfTrueOrPop | ForIter | Send)
}

/// Analyzes `code` from `entry` with `entry_depth` values on the stack;
/// with `resumes`, each yield's resume point is reached from the entry too.
pub fn analyze(code: &Code, entry: usize, entry_depth: u32, resumes: bool) -> Result<Analysis, String> {
    let n = code.instrs.len();
    let mut depth: Vec<Option<u32>> = vec![None; n];
    let mut leader = vec![false; n];
    leader[entry] = true;
    // Each instruction pushes its successors once (when first reached), so
    // counting pushes counts edges.
    let mut preds = vec![0u32; n];
    preds[entry] = 1;
    let mut work = vec![(entry, entry_depth)];
    let mut resume_points = Vec::new();
    while let Some((ip, d)) = work.pop() {
        match depth[ip] {
            Some(old) if old == d => continue,
            Some(old) => return Err(format!("inconsistent stack depth at {ip}: {old} and {d}")),
            None => depth[ip] = Some(d),
        }
        let ins = &code.instrs[ip];
        let op = op_at(code, ip);
        if !supported(op) {
            continue;
        }
        if let Some(h) = code.handler_for(ip as u32) {
            if h.depth > d {
                return Err(format!("handler depth {} above the stack ({d}) at {ip}", h.depth));
            }
            let t = h.target as usize;
            leader[t] = true;
            preds[t] += 1;
            work.push((t, h.depth + u32::from(h.lasti) + 1));
        }
        let after = |jump: bool| -> Result<u32, String> {
            let nd = d as i32 + op.stack_effect(ins.arg, jump);
            u32::try_from(nd).map_err(|_| format!("negative stack depth after {ip}"))
        };
        match op {
            // A yield ends this compiled code: resuming enters at ip + 1
            // (a block of this code with `resumes`, else another entry).
            Op::YieldValue if resumes && ip + 1 < n => {
                leader[ip + 1] = true;
                preds[ip + 1] += 1;
                resume_points.push((ip as u32 + 1, after(false)?));
                work.push((ip + 1, after(false)?));
            }
            Op::ReturnValue | Op::RaiseVarargs | Op::Reraise | Op::YieldValue => {}
            Op::Jump | Op::JumpBackward => {
                let t = ins.arg as usize;
                leader[t] = true;
                preds[t] += 1;
                work.push((t, after(true)?));
            }
            _ if is_cond_jump(op) => {
                let t = ins.arg as usize;
                leader[t] = true;
                preds[t] += 1;
                work.push((t, after(true)?));
                if ip + 1 < n {
                    leader[ip + 1] = true;
                    preds[ip + 1] += 1;
                    work.push((ip + 1, after(false)?));
                }
            }
            _ => {
                if ip + 1 < n {
                    preds[ip + 1] += 1;
                    work.push((ip + 1, after(false)?));
                }
            }
        }
    }
    resume_points.sort_unstable();
    resume_points.dedup();
    Ok(Analysis { depth, leader, preds, resumes: resume_points })
}
