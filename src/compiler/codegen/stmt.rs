//! Statements (except try / with / match, see `exceptions.rs` and
//! `pattern.rs`): assignments, loops, `if`, imports, `del`, `assert`,
//! `return` / `break` / `continue` with block unwinding.
//!
//! Invariant: every statement leaves the stack as it found it.

use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, Compiler, FBlock};
use crate::bytecode::opcodes::INPLACE_OFFSET;
use crate::bytecode::{Const, Op};
use crate::compiler::fold;
use crate::compiler::symtable::ScopeKind;

/// Whether a body (not nested functions/classes) has an annotated assignment.
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_line(s.range());
        match s {
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Assign(a) => self.assign(a)?,
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::TypeAlias(t) => return Err(self.error("type aliases are not supported", t.range)),
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::With(w) => self.with_stmt(w)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs, n);
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Assert(a) => {
                if matches!(&*a.test, Expr::Tuple(t) if !t.elts.is_empty()) {
                    self.warn("assertion is always true, perhaps remove parentheses?", a.range);
                }
                if crate::compiler::optimize() > 0 {
                    return Ok(());
                }
                let end = self.new_label();
                self.jump_if(&a.test, end, true)?;
                self.emit0(Op::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::Call, 0);
                }
                self.emit(Op::RaiseVarargs, 1);
                self.bind(end);
            }
            Stmt::Import(i) => self.import(i)?,
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit0(Op::PrintExpr);
                } else if fold::const_value(&e.value).is_none() {
                    self.expr(&e.value)?;
                    self.emit0(Op::PopTop);
                }
            }
            Stmt::Break(b) => {
                self.check_except_star_exit(true, b.range)?;
                let Some(idx) = self.unwind_stack(false, true)? else {
                    return Err(self.error("'break' outside loop", b.range));
                };
                let fb = self.unit().fblocks[idx].clone();
                self.unwind_block(&fb, false)?;
                match fb {
                    FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => self.emit_jump(Op::Jump, exit),
                    _ => {}
                }
            }
            Stmt::Continue(c) => {
                self.check_except_star_exit(true, c.range)?;
                let Some(idx) = self.unwind_stack(false, true)? else {
                    return Err(self.error("'continue' not properly in loop", c.range));
                };
                match self.unit().fblocks[idx].clone() {
                    FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } => {
                        self.emit_jump(Op::JumpBackward, start)
                    }
                    _ => {}
                }
            }
            Stmt::IpyEscapeCommand(e) => return Err(self.error("invalid syntax", e.range)),
        }
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
        if !self.scope_kind().is_function() {
            return Err(self.error("'return' outside function", r.range));
        }
        if r.value.is_some() && self.is_async_generator() {
            return Err(self.error("'return' with value in async generator", r.range));
        }
        self.check_except_star_exit(false, r.range)?;
        let cval = r.value.as_deref().and_then(fold::const_value);
        let preserve = r.value.is_some() && cval.is_none();
        if preserve {
            if let Some(v) = &r.value {
                self.expr(v)?;
            }
        }
        self.unwind_stack(preserve, false)?;
        self.set_line(r.range);
        if !preserve {
            self.load_const(cval.unwrap_or(Const::None));
        }
        self.emit0(Op::ReturnValue);
        Ok(())
    }

    /// Unwinds enclosing blocks (`compiler_unwind_fblock_stack`). With
    /// `stop_at_loop`, stops at the innermost loop and returns its index.
    pub fn unwind_stack(&mut self, preserve_tos: bool, stop_at_loop: bool) -> CResult<Option<usize>> {
        let n = self.unit().fblocks.len();
        if n == 0 {
            return Ok(None);
        }
        let top = self.unit().fblocks[n - 1].clone();
        if stop_at_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(n - 1));
        }
        let fb = self.unit().fblocks.pop().expect("non-empty");
        self.unwind_block(&fb, preserve_tos)?;
        let r = self.unwind_stack(preserve_tos, stop_at_loop);
        self.unit().fblocks.push(fb);
        r
    }

    /// Emits the code leaving one block (`compiler_unwind_fblock`).
    pub fn unwind_block(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match fb {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler | FBlock::ExceptionGroupHandler => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit0(Op::PopTop);
            }
            FBlock::TryExcept => self.emit_pseudo(super::Pseudo::PopBlock, None),
            FBlock::FinallyTry { body } => {
                self.emit_pseudo(super::Pseudo::PopBlock, None);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                let loc = self.current_loc();
                self.stmts(body)?;
                self.restore_loc(loc);
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit0(Op::PopTop);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit_pseudo(super::Pseudo::PopBlock, None);
                self.emit0(Op::PopExcept);
            }
            FBlock::With => {
                self.emit_pseudo(super::Pseudo::PopBlock, None);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.call_exit_with_nones();
                self.emit0(Op::PopTop);
            }
            FBlock::AsyncWith => {
                self.emit_pseudo(super::Pseudo::PopBlock, None);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.call_exit_with_nones();
                self.await_tos(2);
                self.emit0(Op::PopTop);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit_pseudo(super::Pseudo::PopBlock, None);
                }
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit_pseudo(super::Pseudo::PopBlock, None);
                self.emit0(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.nameop(n, ExprContext::Store, Default::default())?;
                    self.nameop(n, ExprContext::Del, Default::default())?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit0(Op::PopTop);
            }
        }
        Ok(())
    }

    pub fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Op::Call, 2);
    }

    fn assign(&mut self, a: &'a ast::StmtAssign) -> CResult {
        // `a, b = c, d`: no tuple is built (CPython's SWAP shape).
        if let ([target], Expr::Tuple(v)) = (a.targets.as_slice(), &*a.value) {
            let telts = match target {
                Expr::Tuple(t) => Some(&t.elts),
                Expr::List(l) => Some(&l.elts),
                _ => None,
            };
            let starred = |es: &[Expr]| es.iter().any(|e| matches!(e, Expr::Starred(_)));
            if let Some(telts) = telts {
                if telts.len() == v.elts.len()
                    && (2..=3).contains(&telts.len())
                    && !starred(telts)
                    && !starred(&v.elts)
                    && fold::const_value(&a.value).is_none()
                {
                    for e in &v.elts {
                        self.expr(e)?;
                    }
                    // [x, y(, z)] -> SWAP n -> stores pop x, y(, z) in target order.
                    self.emit(Op::Swap, telts.len() as u32);
                    for t in telts {
                        self.store_target(t)?;
                    }
                    return Ok(());
                }
            }
        }
        self.expr(&a.value)?;
        let n = a.targets.len();
        for (i, t) in a.targets.iter().enumerate() {
            if i + 1 < n {
                self.emit(Op::Copy, 1);
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    /// Stores TOS into an assignment target.
    pub fn store_target(&mut self, t: &'a Expr) -> CResult {
        let old = self.set_line(t.range());
        match t {
            Expr::Name(n) => self.nameop(n.id.as_str(), ExprContext::Store, n.range)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_attr_line(a);
                let i = self.add_name(a.attr.as_str());
                self.emit(Op::StoreAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit0(Op::StoreSubscr);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(elts, t)?;
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        e => self.store_target(e)?,
                    }
                }
            }
            Expr::Starred(s) => return Err(self.error("starred assignment target must be in a list or tuple", s.range)),
            other => return Err(self.error("cannot assign to expression", other.range())),
        }
        self.restore_loc(old);
        Ok(())
    }

    fn unpack(&mut self, elts: &[Expr], whole: &Expr) -> CResult {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e, Expr::Starred(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred expressions in assignment", whole.range()));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return Err(self.error("too many expressions in star-unpacking assignment", whole.range()));
                }
                self.emit(Op::UnpackEx, i as u32 | ((after as u32) << 8));
            }
            None => self.emit(Op::UnpackSequence, elts.len() as u32),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => {
                // DELETE_* carry the name's own position (the caret under it).
                let old = self.set_line(n.range);
                self.nameop(n.id.as_str(), ExprContext::Del, n.range)?;
                self.restore_loc(old);
            }
            Expr::Attribute(a) => {
                let old = self.set_line(a.range);
                self.expr(&a.value)?;
                self.set_attr_line(a);
                let i = self.add_name(a.attr.as_str());
                self.emit(Op::DeleteAttr, i);
                self.restore_loc(old);
            }
            Expr::Subscript(s) => {
                let old = self.set_line(s.range);
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit0(Op::DeleteSubscr);
                self.restore_loc(old);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.error("cannot delete expression", other.range())),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = super::expr::binop(a.op) + INPLACE_OFFSET;
        match &*a.target {
            Expr::Name(n) => {
                self.nameop(n.id.as_str(), ExprContext::Load, n.range)?;
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.nameop(n.id.as_str(), ExprContext::Store, n.range)?;
            }
            // The target's load and store are positioned at the target, the
            // operation at the statement (as CPython).
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::Copy, 1);
                let stmt = self.current_loc();
                self.set_attr_line(at);
                let target = self.current_loc();
                let i = self.add_name(at.attr.as_str());
                self.emit(Op::LoadAttr, i);
                self.restore_loc(stmt);
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.restore_loc(target);
                self.emit(Op::Swap, 2);
                self.emit(Op::StoreAttr, i);
                self.restore_loc(stmt);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                let stmt = self.set_line(s.range);
                self.emit0(Op::BinarySubscr);
                let target = self.restore_loc(stmt);
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.restore_loc(target);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit0(Op::StoreSubscr);
                self.restore_loc(stmt);
            }
            other => return Err(self.error("'expression' is an illegal expression for augmented assignment", other.range())),
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let module_or_class = matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class);
        match &*a.target {
            Expr::Name(n) if a.simple && module_or_class => {
                self.expr(&a.annotation)?;
                self.emit_name(Op::LoadName, "__annotations__");
                let m = self.mangle(n.id.as_str());
                self.load_const(Const::Str(Rc::from(m.as_str())));
                self.emit0(Op::StoreSubscr);
            }
            Expr::Attribute(at) if a.value.is_none() => {
                self.expr(&at.value)?;
                self.emit0(Op::PopTop);
            }
            Expr::Subscript(s) if a.value.is_none() => {
                self.expr(&s.value)?;
                self.emit0(Op::PopTop);
                self.expr(&s.slice)?;
                self.emit0(Op::PopTop);
            }
            _ => {}
        }
        if module_or_class && !(a.simple && matches!(&*a.target, Expr::Name(_))) {
            self.expr(&a.annotation)?;
            self.emit0(Op::PopTop);
        }
        Ok(())
    }

    /// Awaits the object on the stack (`GET_AWAITABLE when`, then the
    /// `yield from` loop), leaving the result.
    pub fn await_tos(&mut self, when: u32) {
        self.emit(Op::GetAwaitable, when);
        self.load_const(Const::None);
        self.yield_from_loop();
    }

    /// `async for`, as CPython 3.11's `compiler_async_for`: `__anext__()` is
    /// awaited under a handler whose END_ASYNC_FOR ends the loop on
    /// StopAsyncIteration.
    fn async_for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        if !self.is_async_scope() {
            return Err(self.error("'async for' outside async function", f.range));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit0(Op::GetAiter);
        self.bind(start);
        self.unit().fblocks.push(FBlock::ForLoop { start, exit: end });
        self.emit_pseudo(super::Pseudo::SetupFinally, Some(except));
        self.emit0(Op::GetAnext);
        self.await_tos(0);
        self.emit_pseudo(super::Pseudo::PopBlock, None);
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.set_line(f.range);
        self.emit_jump(Op::JumpBackward, start);
        self.unit().fblocks.pop();
        self.bind(except);
        self.set_line(f.iter.range());
        self.emit0(Op::EndAsyncFor);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        if f.is_async {
            return self.async_for_stmt(f);
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let list_consts: Option<Vec<Const>> = match &*f.iter {
            Expr::List(l) if !l.elts.is_empty() => l.elts.iter().map(fold::const_value).collect(),
            _ => None,
        };
        match list_consts {
            Some(cs) => self.load_const(Const::Tuple(cs.into())),
            None => self.expr(&f.iter)?,
        }
        self.emit0(Op::GetIter);
        self.bind(start);
        self.unit().fblocks.push(FBlock::ForLoop { start, exit: end });
        self.emit_jump(Op::ForIter, cleanup);
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.set_line(f.range);
        self.emit_jump(Op::JumpBackward, start);
        self.unit().fblocks.pop();
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let cv = fold::const_value(&w.test).map(|c| super::expr::const_truth(&c));
        if cv == Some(false) {
            return self.stmts(&w.orelse);
        }
        let start = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.unit().fblocks.push(FBlock::WhileLoop { start, exit: end });
        if cv.is_none() {
            self.jump_if(&w.test, anchor, false)?;
        }
        self.stmts(&w.body)?;
        if cv.is_none() {
            self.recheck_compares(&w.test);
        }
        self.set_line(w.range);
        self.emit_jump(Op::JumpBackward, start);
        self.unit().fblocks.pop();
        self.bind(anchor);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.new_label();
        // Each `elif` is positioned like CPython's nested `If` node: from
        // the keyword to the end of the whole statement.
        let mut clauses: Vec<(Option<&'a Expr>, &'a [Stmt], TextRange)> = vec![(Some(&i.test), &i.body, i.range)];
        for c in &i.elif_else_clauses {
            clauses.push((c.test.as_ref(), &c.body, TextRange::new(c.range.start(), i.range.end())));
        }
        let n = clauses.len();
        for (k, (test, body, range)) in clauses.into_iter().enumerate() {
            match test {
                Some(t) => {
                    self.set_line(range);
                    let next = self.new_label();
                    self.jump_if(t, next, false)?;
                    self.stmts(body)?;
                    if k + 1 < n {
                        self.emit_jump(Op::Jump, end);
                    }
                    self.bind(next);
                }
                None => self.stmts(body)?,
            }
        }
        self.bind(end);
        Ok(())
    }

    fn import(&mut self, i: &'a ast::StmtImport) -> CResult {
        for a in &i.names {
            self.load_const(Const::Int(0));
            self.load_const(Const::None);
            let name = a.name.as_str();
            self.emit_name(Op::ImportName, name);
            match &a.asname {
                Some(asname) => {
                    let parts: Vec<&str> = name.split('.').collect();
                    if parts.len() > 1 {
                        for (k, attr) in parts[1..].iter().enumerate() {
                            self.emit_name(Op::ImportFrom, attr);
                            if k + 2 < parts.len() {
                                self.emit(Op::Swap, 2);
                                self.emit0(Op::PopTop);
                            }
                        }
                        self.nameop(asname.as_str(), ExprContext::Store, asname.range)?;
                        self.emit0(Op::PopTop);
                    } else {
                        self.nameop(asname.as_str(), ExprContext::Store, asname.range)?;
                    }
                }
                None => {
                    let first = name.split('.').next().unwrap_or(name);
                    self.nameop(first, ExprContext::Store, a.range)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        self.load_const(Const::Int(i.level as i64));
        let names: Vec<Const> = i.names.iter().map(|a| Const::Str(Rc::from(a.name.as_str()))).collect();
        self.load_const(Const::Tuple(names.into()));
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        self.emit_name(Op::ImportName, module);
        if i.names.first().is_some_and(|a| a.name.as_str() == "*") {
            self.emit0(Op::ImportStar);
            return Ok(());
        }
        for a in &i.names {
            self.emit_name(Op::ImportFrom, a.name.as_str());
            let store = a.asname.as_ref().unwrap_or(&a.name);
            self.nameop(store.as_str(), ExprContext::Store, store.range)?;
        }
        self.emit0(Op::PopTop);
        Ok(())
    }
}
