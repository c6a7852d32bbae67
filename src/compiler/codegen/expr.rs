//! Expressions: constants, names, operators, comparisons (chained), boolean
//! short-circuits, conditional jumps (`jump_if`), calls (`CALL`, `CALL_KW`,
//! `CALL_FUNCTION_EX`, method calls), displays with unpacking, f-strings,
//! subscripts and slices, `yield` / `yield from`, walrus.
//!
//! Invariant: every expression pushes exactly one value.

use std::collections::HashSet;
use std::rc::Rc;

use ruff_python_ast::{self as ast, CmpOp, Expr, ExprContext, Operator};
use ruff_text_size::Ranged;

use super::{CResult, Compiler};
use crate::bytecode::{BinaryOp, CompareOp, Const, Op};
use crate::compiler::assemble::Label;
use crate::compiler::fold;

/// Beyond this many items, displays are built incrementally (CPython's STACK_USE_GUIDELINE).
const STACK_USE_GUIDELINE: usize = 30;

/// The `BINARY_OP` argument of an operator.
pub(crate) fn binop(op: Operator) -> u32 {
    (match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatMul,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::LShift,
        Operator::RShift => BinaryOp::RShift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    }) as u32
}

/// Truthiness of a constant.
pub(crate) fn const_truth(c: &Const) -> bool {
    match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Int(i) => *i != 0,
        Const::BigInt(_) => true,
        Const::Float(f) => *f != 0.0,
        Const::Complex(a, b) => *a != 0.0 || *b != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
        Const::Ellipsis | Const::Code(_) => true,
    }
}

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &'a Expr) -> CResult {
        let old = self.set_line(e.range());
        self.expr_inner(e)?;
        self.restore_loc(old);
        Ok(())
    }

    fn cmpop(&mut self, op: CmpOp) {
        match op {
            CmpOp::Eq => self.emit(Op::CompareOp, CompareOp::Eq as u32),
            CmpOp::NotEq => self.emit(Op::CompareOp, CompareOp::Ne as u32),
            CmpOp::Lt => self.emit(Op::CompareOp, CompareOp::Lt as u32),
            CmpOp::LtE => self.emit(Op::CompareOp, CompareOp::Le as u32),
            CmpOp::Gt => self.emit(Op::CompareOp, CompareOp::Gt as u32),
            CmpOp::GtE => self.emit(Op::CompareOp, CompareOp::Ge as u32),
            CmpOp::Is => self.emit(Op::IsOp, 0),
            CmpOp::IsNot => self.emit(Op::IsOp, 1),
            CmpOp::In => self.emit(Op::ContainsOp, 0),
            CmpOp::NotIn => self.emit(Op::ContainsOp, 1),
        }
    }

    /// Last right operand of a comparison: `in` on a constant list/set becomes a
    /// tuple/frozenset (CPython's fold_compare only folds the last comparator).
    fn comparator(&mut self, op: CmpOp, e: &'a Expr) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            let folded = match e {
                Expr::List(l) => l.elts.iter().map(fold::const_value).collect::<Option<Vec<_>>>().map(|v| Const::Tuple(v.into())),
                Expr::Set(s) => s.elts.iter().map(fold::const_value).collect::<Option<Vec<_>>>().map(|v| Const::FrozenSet(v.into())),
                _ => None,
            };
            if let Some(c) = folded {
                self.load_const(c);
                return Ok(());
            }
        }
        self.expr(e)
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = fold::const_value(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And { Op::JumpIfFalseOrPop } else { Op::JumpIfTrueOrPop };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Copy, 1);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BinaryOp, binop(b.op));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit0(match u.op {
                    ast::UnaryOp::Invert => Op::UnaryInvert,
                    ast::UnaryOp::Not => Op::UnaryNot,
                    ast::UnaryOp::UAdd => Op::UnaryPositive,
                    ast::UnaryOp::USub => Op::UnaryNegative,
                });
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(&i.test, next, false)?;
                self.expr(&i.body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(next);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict(d)?,
            Expr::Set(s) => self.starunpack(&s.elts, Op::BuildSet, Op::SetAdd, Op::SetUpdate, false, 0)?,
            Expr::List(l) => {
                if l.ctx != ExprContext::Load {
                    return Err(self.error("invalid list target here", l.range));
                }
                self.starunpack(&l.elts, Op::BuildList, Op::ListAppend, Op::ListExtend, false, 0)?
            }
            Expr::Tuple(t) => self.starunpack(&t.elts, Op::BuildList, Op::ListAppend, Op::ListExtend, true, 0)?,
            Expr::ListComp(c) => self.comprehension(c.range, super::comprehension::Kind::List, &c.generators, &c.elt, None)?,
            Expr::SetComp(c) => self.comprehension(c.range, super::comprehension::Kind::Set, &c.generators, &c.elt, None)?,
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(c.range, super::comprehension::Kind::Dict, &c.generators, k, Some(&c.value))?,
                None => return Err(self.error("dict unpacking cannot be used in dict comprehension", c.range)),
            },
            Expr::Generator(c) => self.comprehension(c.range, super::comprehension::Kind::Gen, &c.generators, &c.elt, None)?,
            Expr::Await(a) => {
                if !self.scope_kind().is_function() {
                    return Err(self.error("'await' outside function", a.range));
                }
                if !self.is_async_scope() {
                    return Err(self.error("'await' outside async function", a.range));
                }
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.emit(Op::GetAwaitable, 0);
                self.load_const(Const::None);
                self.yield_from_loop();
            }
            Expr::Yield(y) => {
                if !self.scope_kind().is_function() {
                    return Err(self.error("'yield' outside function", y.range));
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                if self.is_async_generator() {
                    self.emit0(Op::AsyncGenWrap);
                }
                self.emit0(Op::YieldValue);
            }
            Expr::YieldFrom(y) => {
                if !self.scope_kind().is_function() {
                    return Err(self.error("'yield' outside function", y.range));
                }
                if self.is_async_scope() {
                    return Err(self.error("'yield from' inside async function", y.range));
                }
                self.expr(&y.value)?;
                self.emit0(Op::GetYieldFromIter);
                self.load_const(Const::None);
                self.yield_from_loop();
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_attr_line(a);
                let i = self.add_name(a.attr.as_str());
                self.emit(Op::LoadAttr, i);
            }
            Expr::Subscript(s) => {
                self.check_subscript(s);
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(s.range);
                self.emit0(Op::BinarySubscr);
            }
            Expr::Starred(s) => return Err(self.error("can't use starred expression here", s.range)),
            Expr::Name(n) => self.nameop(n.id.as_str(), ExprContext::Load, n.range)?,
            Expr::Slice(s) => {
                let mut n = 2;
                for p in [&s.lower, &s.upper] {
                    match p {
                        Some(v) => self.expr(v)?,
                        None => self.load_const(Const::None),
                    }
                }
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    n = 3;
                }
                self.emit(Op::BuildSlice, n);
            }
            Expr::TString(t) => return Err(self.error("template strings are not supported", t.range)),
            Expr::IpyEscapeCommand(i) => return Err(self.error("invalid syntax", i.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
        }
        Ok(())
    }

    /// `L: SEND exit; YIELD_VALUE; JUMP_BACKWARD L; exit:` (receiver and value on the stack).
    pub fn yield_from_loop(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.emit_jump(Op::Send, exit);
        self.emit0(Op::YieldValue);
        self.emit_jump(Op::JumpBackward, start);
        self.bind(exit);
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.check_compare(c);
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.comparator(c.ops[0], &c.comparators[0])?;
            self.cmpop(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?;
            self.emit(Op::Swap, 2);
            self.emit(Op::Copy, 2);
            self.cmpop(c.ops[i]);
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.comparator(c.ops[n - 1], &c.comparators[n - 1])?;
        self.cmpop(c.ops[n - 1]);
        let end = self.new_label();
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit0(Op::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` if `e` is truthy (`cond`) or falsy (`!cond`), consuming it.
    ///
    /// Positions follow CPython 3.11: a comparison's position stays in force
    /// after it (an `assert` on a comparison is reported at the comparison),
    /// other conditions are positioned by their own evaluation only and the
    /// jumps keep the enclosing position.
    pub fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        if matches!(e, Expr::Compare(_)) {
            self.set_line(e.range());
        }
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.jump_if(&u.operand, target, !cond)?;
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let next2 = if is_or == cond { target } else { self.new_label() };
                let n = b.values.len();
                for v in &b.values[..n - 1] {
                    self.jump_if(v, next2, is_or)?;
                }
                self.jump_if(&b.values[n - 1], target, cond)?;
                if next2 != target {
                    self.bind(next2);
                }
            }
            Expr::If(i) => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(&i.test, next2, false)?;
                self.jump_if(&i.body, target, cond)?;
                self.emit_jump(Op::Jump, end);
                self.bind(next2);
                self.jump_if(&i.orelse, target, cond)?;
                self.bind(end);
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                self.check_compare(c);
                self.expr(&c.left)?;
                let n = c.ops.len();
                let cleanup = self.new_label();
                for i in 0..n - 1 {
                    self.expr(&c.comparators[i])?;
                    self.emit(Op::Swap, 2);
                    self.emit(Op::Copy, 2);
                    self.cmpop(c.ops[i]);
                    self.emit_jump(Op::PopJumpIfFalse, cleanup);
                }
                self.comparator(c.ops[n - 1], &c.comparators[n - 1])?;
                self.cmpop(c.ops[n - 1]);
                self.emit_jump(if cond { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, target);
                let end = self.new_label();
                self.emit_jump(Op::Jump, end);
                self.bind(cleanup);
                self.emit0(Op::PopTop);
                if !cond {
                    self.emit_jump(Op::Jump, target);
                }
                self.bind(end);
            }
            Expr::Compare(c)
                if matches!(c.ops[0], CmpOp::Is | CmpOp::IsNot) && matches!(c.comparators[0], Expr::NoneLiteral(_)) =>
            {
                self.check_compare(c);
                self.expr(&c.left)?;
                let is = c.ops[0] == CmpOp::Is;
                let op = if is == cond { Op::PopJumpIfNone } else { Op::PopJumpIfNotNone };
                self.emit_jump(op, target);
            }
            _ => {
                if let Some(c) = fold::const_value(e) {
                    if const_truth(&c) == cond {
                        self.emit_jump(Op::Jump, target);
                    }
                } else {
                    self.expr(e)?;
                    self.emit_jump(if cond { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, target);
                }
            }
        }
        Ok(())
    }

    /// Lists, sets and tuples with optional `*` unpacking (`starunpack_helper`).
    pub fn starunpack(&mut self, elts: &'a [Expr], build: Op, add: Op, extend: Op, tuple: bool, pushed: u32) -> CResult {
        let n = elts.len();
        if n > 2 || (tuple && pushed == 0) {
            let consts: Option<Vec<Const>> = elts.iter().map(fold::const_value).collect();
            if let Some(cs) = consts {
                if tuple && pushed == 0 {
                    self.load_const(Const::Tuple(cs.into()));
                } else {
                    let c = if add == Op::SetAdd { Const::FrozenSet(cs.into()) } else { Const::Tuple(cs.into()) };
                    self.emit(build, pushed);
                    self.load_const(c);
                    self.emit(extend, 1);
                    if tuple {
                        self.emit0(Op::ListToTuple);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !seen_star && !big {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(if tuple { Op::BuildTuple } else { build }, n as u32 + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(&s.value)?;
                self.emit(extend, 1);
            } else {
                self.expr(e)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.emit0(Op::ListToTuple);
        }
        Ok(())
    }

    fn subdict(&mut self, items: &'a [ast::DictItem]) -> CResult {
        let n = items.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        let keys: Option<Vec<Const>> = items.iter().map(|it| it.key.as_ref().and_then(fold::const_value)).collect();
        if n > 1 && !big {
            if let Some(ks) = keys {
                for it in items {
                    self.expr(&it.value)?;
                }
                self.load_const(Const::Tuple(ks.into()));
                self.emit(Op::BuildConstKeyMap, n as u32);
                return Ok(());
            }
        }
        if big {
            self.emit(Op::BuildMap, 0);
        }
        for it in items {
            if let Some(k) = &it.key {
                self.expr(k)?;
            }
            self.expr(&it.value)?;
            if big {
                self.emit(Op::MapAdd, 1);
            }
        }
        if !big {
            self.emit(Op::BuildMap, n as u32);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let mut have_dict = false;
        let mut start = 0;
        let items = &d.items[..];
        for (i, it) in items.iter().enumerate() {
            if it.key.is_none() {
                if i > start {
                    self.subdict(&items[start..i])?;
                    if have_dict {
                        self.emit(Op::DictUpdate, 1);
                    }
                    have_dict = true;
                }
                if !have_dict {
                    self.emit(Op::BuildMap, 0);
                    have_dict = true;
                }
                self.expr(&it.value)?;
                self.emit(Op::DictUpdate, 1);
                start = i + 1;
            } else if (i + 1 - start) * 2 > STACK_USE_GUIDELINE {
                self.subdict(&items[start..=i])?;
                if have_dict {
                    self.emit(Op::DictUpdate, 1);
                }
                have_dict = true;
                start = i + 1;
            }
        }
        if start < items.len() {
            self.subdict(&items[start..])?;
            if have_dict {
                self.emit(Op::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Op::BuildMap, 0);
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        self.check_caller(&c.func);
        let args = &c.arguments;
        let simple = !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !args.keywords.iter().any(|k| k.arg.is_none())
            && args.args.len() + args.keywords.len() < STACK_USE_GUIDELINE;
        if let (Expr::Attribute(a), true) = (&*c.func, simple) {
            self.expr(&a.value)?;
            self.set_line(a.range);
            self.set_attr_line(a);
            let i = self.add_name(a.attr.as_str());
            self.emit(Op::LoadMethod, i);
            for e in args.args.iter() {
                self.expr(e)?;
            }
            self.set_line(c.range());
            return self.call_keywords(args.args.len() as u32, &args.keywords);
        }
        match &*c.func {
            Expr::Name(n) if self.is_global_load(n.id.as_str()) => {
                let call = self.set_line(n.range);
                let i = self.add_name(n.id.as_str());
                self.emit(Op::LoadGlobal, (i << 1) | 1);
                self.restore_loc(call);
            }
            f => {
                self.emit0(Op::PushNull);
                self.expr(f)?;
            }
        }
        self.call_helper(0, &args.args, &args.keywords)
    }

    fn check_keywords(&self, kws: &[ast::Keyword]) -> CResult {
        let mut seen = HashSet::new();
        for k in kws {
            if let Some(a) = &k.arg {
                if !seen.insert(a.as_str()) {
                    return Err(self.error(format!("keyword argument repeated: {}", a.as_str()), k.range));
                }
            }
        }
        Ok(())
    }

    /// Pushes keyword values and calls with `n` positional arguments already pushed.
    fn call_keywords(&mut self, n: u32, kws: &'a [ast::Keyword]) -> CResult {
        self.check_keywords(kws)?;
        if kws.is_empty() {
            self.emit(Op::Call, n);
            return Ok(());
        }
        let mut names = Vec::new();
        for k in kws {
            self.expr(&k.value)?;
            names.push(Const::Str(Rc::from(k.arg.as_ref().map(|a| a.as_str()).unwrap_or(""))));
        }
        self.load_const(Const::Tuple(names.into()));
        self.emit(Op::CallKw, n + kws.len() as u32);
        Ok(())
    }

    /// `compiler_call_helper`: the callable (and NULL/self) and `n` arguments are pushed.
    pub fn call_helper(&mut self, n: u32, args: &'a [Expr], kws: &'a [ast::Keyword]) -> CResult {
        let starred = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let dstar = kws.iter().any(|k| k.arg.is_none());
        if !starred && !dstar && args.len() + kws.len() + (n as usize) < STACK_USE_GUIDELINE {
            for a in args {
                self.expr(a)?;
            }
            return self.call_keywords(n + args.len() as u32, kws);
        }
        self.check_keywords(kws)?;
        // CALL_FUNCTION_EX path.
        if n == 0 && args.len() == 1 {
            if let Expr::Starred(s) = &args[0] {
                self.expr(&s.value)?;
            } else {
                self.starunpack(args, Op::BuildList, Op::ListAppend, Op::ListExtend, true, n)?;
            }
        } else {
            self.starunpack(args, Op::BuildList, Op::ListAppend, Op::ListExtend, true, n)?;
        }
        if !kws.is_empty() {
            let mut have_dict = false;
            let mut start = 0;
            for (i, k) in kws.iter().enumerate() {
                if k.arg.is_none() {
                    if i > start {
                        self.subkwargs(&kws[start..i])?;
                        if have_dict {
                            self.emit(Op::DictMerge, 1);
                        }
                        have_dict = true;
                    }
                    if !have_dict {
                        self.emit(Op::BuildMap, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge, 1);
                    start = i + 1;
                }
            }
            if start < kws.len() {
                self.subkwargs(&kws[start..])?;
                if have_dict {
                    self.emit(Op::DictMerge, 1);
                }
            }
        }
        self.emit(Op::CallFunctionEx, u32::from(!kws.is_empty()));
        Ok(())
    }

    fn subkwargs(&mut self, kws: &'a [ast::Keyword]) -> CResult {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        let key = |k: &ast::Keyword| Const::Str(Rc::from(k.arg.as_ref().map(|a| a.as_str()).unwrap_or("")));
        if n > 1 && !big {
            for k in kws {
                self.expr(&k.value)?;
            }
            let keys: Vec<Const> = kws.iter().map(key).collect();
            self.load_const(Const::Tuple(keys.into()));
            self.emit(Op::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        if big {
            self.emit(Op::BuildMap, 0);
        }
        for k in kws {
            self.load_const(key(k));
            self.expr(&k.value)?;
            if big {
                self.emit(Op::MapAdd, 1);
            }
        }
        if !big {
            self.emit(Op::BuildMap, n as u32);
        }
        Ok(())
    }

    // ----- f-strings ---------------------------------------------------------------

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut parts: Vec<Part<'a>> = Vec::new();
        for p in f.value.iter() {
            match p {
                ast::FStringPart::Literal(s) => push_lit(&mut parts, &s.value),
                ast::FStringPart::FString(fs) => collect_elements(&mut parts, &fs.elements),
            }
        }
        self.emit_parts(parts)
    }

    fn emit_parts(&mut self, parts: Vec<Part<'a>>) -> CResult {
        let n = parts.len();
        if n == 0 {
            self.load_const(Const::Str(Rc::from("")));
            return Ok(());
        }
        for p in parts {
            match p {
                Part::Lit(s) => self.load_const(Const::Str(Rc::from(s.as_str()))),
                Part::Fmt(el) => self.formatted_value(el)?,
            }
        }
        if n > 1 {
            self.emit(Op::BuildString, n as u32);
        }
        Ok(())
    }

    fn formatted_value(&mut self, el: &'a ast::InterpolatedElement) -> CResult {
        self.expr(&el.expression)?;
        let mut conv = match el.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        if el.debug_text.is_some() && conv == 0 && el.format_spec.is_none() {
            conv = 2;
        }
        let mut arg = conv;
        if let Some(spec) = &el.format_spec {
            let mut parts = Vec::new();
            collect_elements(&mut parts, &spec.elements);
            self.emit_parts(parts)?;
            arg |= 4;
        }
        self.emit(Op::FormatValue, arg);
        Ok(())
    }
}

/// A piece of an f-string: literal text or a replacement field.
enum Part<'a> {
    Lit(String),
    Fmt(&'a ast::InterpolatedElement),
}

fn push_lit(parts: &mut Vec<Part<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Part::Lit(prev)) = parts.last_mut() {
        prev.push_str(s);
    } else {
        parts.push(Part::Lit(s.to_string()));
    }
}

fn collect_elements<'a>(parts: &mut Vec<Part<'a>>, els: &'a ast::InterpolatedStringElements) {
    for el in els.iter() {
        match el {
            ast::InterpolatedStringElement::Literal(l) => push_lit(parts, &l.value),
            ast::InterpolatedStringElement::Interpolation(i) => {
                if let Some(d) = &i.debug_text {
                    push_lit(parts, d.as_str());
                }
                parts.push(Part::Fmt(i));
            }
        }
    }
}
