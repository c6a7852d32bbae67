//! `match` statements, transcribed from CPython 3.11's `compiler_match` and
//! `compiler_pattern_*`.
//!
//! Invariants (the `PatternContext` of compile.c): captured values are kept
//! on the stack below `on_top` working items, in reverse order of `stores`;
//! a failing check jumps to `fail_pop[k]`, which pops the `k` items
//! (`on_top + stores`) accumulated so far, so every failure path reaches the
//! next case with the stack as it was.

use std::collections::HashSet;
use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, ExprContext, Pattern};
use ruff_text_size::Ranged;

use super::{CResult, Compiler};
use crate::bytecode::{CompareOp, Const, Op};
use crate::compiler::assemble::Label;
use crate::compiler::fold;

struct PatternContext {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: u32,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let has_default = cases > 1 && m.cases.last().is_some_and(|c| is_wildcard(&c.pattern) && c.guard.is_none());
        let ncheck = cases - usize::from(has_default);
        for (i, case) in m.cases[..ncheck].iter().enumerate() {
            self.set_line(case.pattern.range());
            if i + 1 != ncheck {
                self.emit(Op::Copy, 1);
            }
            let mut pc = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == cases,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(&name, ExprContext::Store, case.pattern.range())?;
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let l = pc.fail_pop[0];
                self.jump_if(g, l, false)?;
            }
            if i + 1 != ncheck {
                self.emit0(Op::PopTop);
            }
            self.stmts(&case.body)?;
            self.emit_jump(Op::Jump, end);
            self.set_line(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let case = &m.cases[cases - 1];
            self.set_line(case.pattern.range());
            if cases == 1 {
                self.emit0(Op::PopTop);
            } else {
                self.emit0(Op::Nop);
            }
            if let Some(g) = &case.guard {
                self.jump_if(g, end, false)?;
            }
            self.stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op) {
        let pops = pc.on_top as usize + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_jump(op, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for k in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[k]);
            self.emit0(Op::PopTop);
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, mut count: u32) {
        while count > 1 {
            self.emit(Op::Swap, count);
            count -= 1;
        }
    }

    fn store_name(&mut self, name: Option<&ast::Identifier>, pc: &mut PatternContext) -> CResult {
        let Some(n) = name else {
            self.emit0(Op::PopTop);
            return Ok(());
        };
        if pc.stores.iter().any(|s| s == n.as_str()) {
            return Err(self.error(format!("multiple assignments to name '{}' in pattern", n.as_str()), n.range));
        }
        let rotations = pc.on_top + pc.stores.len() as u32 + 1;
        self.rotate(rotations);
        pc.stores.push(n.as_str().to_string());
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.set_line(p.range());
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Op::CompareOp, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::Bool(true),
                    ast::Singleton::False => Const::Bool(false),
                });
                self.emit(Op::IsOp, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n.as_str()),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(msg, a.range));
                    }
                    self.store_name(a.name.as_ref(), pc)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Op::Copy, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_name(a.name.as_ref(), pc)?;
                }
            },
            Pattern::MatchStar(s) => self.store_name(s.name.as_ref(), pc)?,
            Pattern::MatchSequence(s) => self.pattern_sequence(&s.patterns, pc, s.range)?,
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc)?,
            Pattern::MatchClass(c) => self.pattern_class(c, pc)?,
            Pattern::MatchOr(o) => self.pattern_or(o, pc)?,
        }
        Ok(())
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext, range: ruff_text_size::TextRange) -> CResult {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", range));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.emit0(Op::MatchSequence);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        match star {
            None => {
                self.emit0(Op::GetLen);
                self.load_const(Const::Int(size as i64));
                self.emit(Op::CompareOp, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit0(Op::GetLen);
                self.load_const(Const::Int(size as i64 - 1));
                self.emit(Op::CompareOp, CompareOp::Ge as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit0(Op::PopTop);
        } else if star_wildcard {
            let star = star.unwrap_or(0);
            pc.on_top += 1;
            for (i, p) in patterns.iter().enumerate() {
                if is_wildcard(p) || i == star {
                    continue;
                }
                self.emit(Op::Copy, 1);
                if i < star {
                    self.load_const(Const::Int(i as i64));
                } else {
                    self.emit0(Op::GetLen);
                    self.load_const(Const::Int((size - i) as i64));
                    self.emit(Op::BinaryOp, crate::bytecode::BinaryOp::Subtract as u32);
                }
                self.emit0(Op::BinarySubscr);
                self.subpattern(p, pc)?;
            }
            pc.on_top -= 1;
            self.emit0(Op::PopTop);
        } else {
            match star {
                Some(s) => self.emit(Op::UnpackEx, s as u32 | (((size - s - 1) as u32) << 8)),
                None => self.emit(Op::UnpackSequence, size as u32),
            }
            pc.on_top += size as u32;
            for p in patterns {
                pc.on_top -= 1;
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternContext) -> CResult {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(self.error("keys and patterns differ in a mapping pattern", m.range));
        }
        pc.on_top += 1;
        self.emit0(Op::MatchMapping);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit0(Op::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit0(Op::GetLen);
            self.load_const(Const::Int(size as i64));
            self.emit(Op::CompareOp, CompareOp::Ge as u32);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        let mut seen = HashSet::new();
        for k in m.keys.iter() {
            if let Some(c) = fold::const_value(k) {
                let key = fold::const_key(&c);
                if !seen.insert(key) {
                    return Err(self.error("mapping pattern checks duplicate key", k.range()));
                }
            } else if !matches!(k, Expr::Attribute(_)) {
                return Err(self.error("mapping pattern keys may only match literals and attribute lookups", k.range()));
            }
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple, size as u32);
        self.emit0(Op::MatchKeys);
        pc.on_top += 2;
        self.emit(Op::Copy, 1);
        self.load_const(Const::None);
        self.emit(Op::IsOp, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, size as u32);
        pc.on_top += size as u32;
        pc.on_top -= 1;
        for p in m.patterns.iter() {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                self.emit(Op::BuildMap, 0);
                self.emit(Op::Swap, 3);
                self.emit(Op::DictUpdate, 2);
                self.emit(Op::UnpackSequence, size as u32);
                let mut s = size as u32;
                while s > 0 {
                    self.emit(Op::Copy, 1 + s);
                    s -= 1;
                    self.emit(Op::Swap, 2);
                    self.emit0(Op::DeleteSubscr);
                }
                self.store_name(Some(rest), pc)?;
            }
            None => {
                self.emit0(Op::PopTop);
                self.emit0(Op::PopTop);
            }
        }
        Ok(())
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternContext) -> CResult {
        let args = &c.arguments;
        let nargs = args.patterns.len();
        let nattrs = args.keywords.len();
        let mut seen = HashSet::new();
        for k in &args.keywords {
            if !seen.insert(k.attr.as_str()) {
                return Err(self.error(format!("attribute name repeated in class pattern: {}", k.attr.as_str()), k.range));
            }
        }
        self.expr(&c.cls)?;
        let names: Vec<Const> = args.keywords.iter().map(|k| Const::Str(Rc::from(k.attr.as_str()))).collect();
        self.load_const(Const::Tuple(names.into()));
        self.emit(Op::MatchClass, nargs as u32);
        self.emit(Op::Copy, 1);
        self.load_const(Const::None);
        self.emit(Op::IsOp, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        let total = (nargs + nattrs) as u32;
        self.emit(Op::UnpackSequence, total);
        pc.on_top += total;
        pc.on_top -= 1;
        let all: Vec<&'a Pattern> = args.patterns.iter().chain(args.keywords.iter().map(|k| &k.pattern)).collect();
        for p in all {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit0(Op::PopTop);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternContext) -> CResult {
        let end = self.new_label();
        let size = o.patterns.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_allow = pc.allow_irrefutable;
        let old_fail = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_line(alt.range());
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == size && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::Copy, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return Err(self.error("alternative patterns bind different names", o.range));
                }
                Some(ctl) if nstores > 0 => {
                    let ctl = ctl.clone();
                    for icontrol in (0..nstores).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(self.error("alternative patterns bind different names", o.range));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(0..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol as u32 + 1);
                            }
                        }
                    }
                }
                _ => {}
            }
            self.emit_jump(Op::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.allow_irrefutable = old_allow;
        pc.fail_pop = old_fail;
        pc.on_top = old_on_top;
        self.emit0(Op::PopTop);
        self.jump_to_fail_pop(pc, Op::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nstores = control.len() as u32;
        let nrots = nstores + 1 + pc.on_top + pc.stores.len() as u32;
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern"), o.range));
            }
            pc.stores.push(name);
        }
        self.emit0(Op::PopTop);
        Ok(())
    }
}
