//! Type inference for speculation: the type of each fast local at the start
//! of each basic block, from the types the live frame has when the code is
//! compiled (arguments, or every local for a loop entry) and the types
//! instructions produce (int op int is int, anything with a float is float,
//! `for` over `range` gives ints, ...).
//!
//! The result is a prediction, not a proof: the translator guards each
//! predicted local at its first load in a block, and a failing guard exits
//! to the interpreter. (An int can overflow, a call can rebind nothing here
//! but the arguments of a later call can differ.) Locals whose guards keep
//! failing are excluded by the caller (`unspeculated`).

use crate::bytecode::{BinaryOp, Code, Op};
use crate::object::Value;

use super::analysis::{supported, Analysis};

/// A predicted type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// Nothing known.
    Unknown,
    /// A small int.
    Int,
    /// A float.
    Float,
    /// The builtin `range` (the callable).
    RangeFn,
    /// A `range` object.
    Range,
    /// A `range` iterator.
    RangeIter,
}

impl Ty {
    fn join(self, o: Ty) -> Ty {
        if self == o {
            self
        } else {
            Ty::Unknown
        }
    }

    /// The type of a live value.
    pub fn of(v: Option<&Value>) -> Ty {
        match v {
            Some(v) if v.as_small_int().is_some() => Ty::Int,
            Some(v) if v.as_float().is_some() => Ty::Float,
            _ => Ty::Unknown,
        }
    }
}

/// Inferred types.
pub struct Types {
    /// Local types at the start of each leader (indexed by ip).
    pub at_block: Vec<Option<Vec<Ty>>>,
    /// FOR_ITER instructions whose iterator is predicted to be a range iterator.
    pub range_loops: Vec<bool>,
}

/// Number of stack entries `op` reads and removes (before pushing).
fn pops(op: Op, arg: u32) -> usize {
    use Op::*;
    match op {
        PopTop | StoreFast | StoreGlobal | StoreName | LoadAttr | LoadMethod | UnaryNegative | UnaryPositive | UnaryInvert
        | UnaryNot | GetIter | ListAppend | UnpackSequence | ReturnValue | StoreDeref | PopJumpIfFalse | PopJumpIfTrue
        | PopJumpIfNone | PopJumpIfNotNone => 1,
        StoreAttr | BinarySubscr | DeleteSubscr | BinaryOp | CompareOp | IsOp | ContainsOp => 2,
        StoreSubscr => 3,
        BuildTuple | BuildList | BuildString => arg as usize,
        FormatValue => 1 + (arg & 4 != 0) as usize,
        Call => arg as usize + 2,
        CallKw => arg as usize + 3,
        _ => 0,
    }
}

fn binary(op: BinaryOp, a: Ty, b: Ty) -> Ty {
    use BinaryOp::*;
    let num = |t: Ty| matches!(t, Ty::Int | Ty::Float);
    match (a, b) {
        (Ty::Int, Ty::Int) => match op {
            Add | Subtract | Multiply | FloorDivide | Remainder | And | Or | Xor | LShift | RShift => Ty::Int,
            TrueDivide => Ty::Float,
            _ => Ty::Unknown,
        },
        _ if num(a) && num(b) => match op {
            Add | Subtract | Multiply | TrueDivide => Ty::Float,
            _ => Ty::Unknown,
        },
        _ => Ty::Unknown,
    }
}

/// Infers local types over the blocks of `an`, starting at `entry` with
/// `opts.seed` (one type per fast local) and `opts.stack_seed` (the live
/// stack); `opts.generalized` sites are not predicted from their quickening.
pub fn infer(code: &Code, consts: &[Value], an: &Analysis, entry: usize, opts: &super::translate::Options) -> Types {
    let (seed, stack_seed, range_is_builtin, generalized) = (opts.seed.clone(), opts.stack_seed.clone(), opts.range_is_builtin, opts.generalized);
    let n = code.instrs.len();
    let mut at_block: Vec<Option<(Vec<Ty>, Vec<Ty>)>> = vec![None; n];
    let mut range_loops = vec![false; n];
    at_block[entry] = Some((seed, stack_seed));
    let mut work = vec![entry];
    let mut rounds = 0;
    while let Some(start) = work.pop() {
        rounds += 1;
        if rounds > 10_000 {
            break;
        }
        let (mut locals, mut stack) = at_block[start].clone().expect("queued blocks have types");
        let mut ip = start;
        loop {
            let ins = &code.instrs[ip];
            let (op, arg) = (super::analysis::op_at(code, ip), ins.arg);
            if !supported(op) || an.depth[ip].is_none() {
                break;
            }
            let mut succ: Vec<(usize, Vec<Ty>)> = Vec::new();
            let pop = pops(op, arg).min(stack.len());
            let ins_ty: Vec<Ty> = stack[stack.len() - pop..].to_vec();
            match op {
                Op::LoadConst => stack.push(Ty::of(consts.get(arg as usize))),
                Op::LoadFast => stack.push(locals[arg as usize]),
                Op::StoreFast => {
                    locals[arg as usize] = stack.pop().unwrap_or(Ty::Unknown);
                }
                Op::Copy => {
                    let t = stack.get(stack.len().wrapping_sub(arg as usize)).copied().unwrap_or(Ty::Unknown);
                    stack.push(t);
                }
                Op::Swap => {
                    let l = stack.len();
                    if arg as usize <= l {
                        stack.swap(l - 1, l - arg as usize);
                    }
                }
                Op::PushNull => stack.push(Ty::Unknown),
                Op::LoadGlobal => {
                    if arg & 1 != 0 {
                        stack.push(Ty::Unknown);
                    }
                    let is_range = range_is_builtin && &*code.names[(arg >> 1) as usize] == "range";
                    stack.push(if is_range { Ty::RangeFn } else { Ty::Unknown });
                }
                Op::BinaryOp => {
                    stack.truncate(stack.len() - pop);
                    let (bop, _) = BinaryOp::from_arg(arg).expect("valid BINARY_OP arg");
                    // A site quickened for floats / ints has its operands
                    // of unknown type guarded as such (`Tr::profiled`).
                    let profiled = match ins.op.get() {
                        Op::BinaryOpFloat if !generalized.contains(&(ip as u32)) => Ty::Float,
                        Op::BinaryOpInt if !generalized.contains(&(ip as u32)) => Ty::Int,
                        _ => Ty::Unknown,
                    };
                    let t = |x: Ty| if x == Ty::Unknown { profiled } else { x };
                    stack.push(binary(bop, t(ins_ty[0]), t(ins_ty[1])));
                }
                Op::UnaryNegative => {
                    stack.truncate(stack.len() - pop);
                    stack.push(match ins_ty[0] {
                        t @ (Ty::Int | Ty::Float) => t,
                        _ => Ty::Unknown,
                    });
                }
                Op::Call if ins_ty.len() >= 2 && ins_ty[1] == Ty::RangeFn && (1..=3).contains(&arg) => {
                    stack.truncate(stack.len() - pop);
                    stack.push(Ty::Range);
                }
                Op::GetIter => {
                    stack.truncate(stack.len() - pop);
                    stack.push(if ins_ty[0] == Ty::Range { Ty::RangeIter } else { Ty::Unknown });
                }
                Op::ForIter => {
                    let it = stack.last().copied().unwrap_or(Ty::Unknown);
                    // An iterator of unknown origin (a comprehension's `.0`,
                    // a parameter) that the interpreter saw be a range
                    // iterator here: predicted one too (the items are
                    // guarded to be ints, a miss generalizes the site).
                    let quickened = it == Ty::Unknown && ins.op.get() == Op::ForIterRange && !generalized.contains(&(ip as u32));
                    let ranged = it == Ty::RangeIter || quickened;
                    range_loops[ip] = ranged;
                    let mut exit_stack = stack.clone();
                    exit_stack.pop();
                    succ.push((arg as usize, exit_stack));
                    stack.push(if ranged { Ty::Int } else { Ty::Unknown });
                }
                Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                    succ.push((arg as usize, stack.clone()));
                    stack.pop();
                }
                _ => {
                    let after = an.depth[ip].unwrap_or(0) as i32 + op.stack_effect(arg, false);
                    stack.truncate(stack.len() - pop);
                    while (stack.len() as i32) < after {
                        stack.push(Ty::Unknown);
                    }
                    stack.truncate(after.max(0) as usize);
                }
            }
            match op {
                Op::Jump | Op::JumpBackward => {
                    succ.push((arg as usize, stack.clone()));
                }
                Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::PopJumpIfNone | Op::PopJumpIfNotNone => {
                    succ.push((arg as usize, stack.clone()));
                    succ.push((ip + 1, stack.clone()));
                }
                Op::ForIter | Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => succ.push((ip + 1, stack.clone())),
                Op::ReturnValue => {}
                _ => {
                    if ip + 1 < n && an.leader[ip + 1] {
                        succ.push((ip + 1, stack.clone()));
                    }
                }
            }
            let ends = !succ.is_empty() || op == Op::ReturnValue;
            for (target, st) in succ {
                let merged = match &at_block[target] {
                    None => Some((locals.clone(), st)),
                    Some((l0, s0)) => {
                        let l: Vec<Ty> = l0.iter().zip(&locals).map(|(a, b)| a.join(*b)).collect();
                        let s: Vec<Ty> = s0.iter().zip(&st).map(|(a, b)| a.join(*b)).collect();
                        if &l == l0 && &s == s0 {
                            None
                        } else {
                            Some((l, s))
                        }
                    }
                };
                if let Some(m) = merged {
                    at_block[target] = Some(m);
                    work.push(target);
                }
            }
            if ends {
                break;
            }
            ip += 1;
            if ip >= n {
                break;
            }
        }
    }
    Types { at_block: at_block.into_iter().map(|x| x.map(|(l, _)| l)).collect(), range_loops }
}
