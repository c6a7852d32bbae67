//! Exception handling: `try` / `except` / `else` / `finally` and `with`,
//! shaped exactly like CPython 3.11's `compiler_try_except`,
//! `compiler_try_finally` and `compiler_with`.
//!
//! Invariants: handlers are entered with the stack unwound to the depth at
//! the `SETUP_*` (plus lasti for cleanup handlers) and the exception on
//! top; every path out of a handler runs `POP_EXCEPT`; `except E as e`
//! always ends with `e = None; del e`, also when the body raises.

use ruff_python_ast::{self as ast, ExprContext};

use super::{CResult, Compiler, FBlock};
use crate::bytecode::{Const, Op};
use crate::compiler::assemble::Pseudo;

impl<'a> Compiler<'a> {
    pub fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.finalbody.is_empty() {
            self.try_except_any(t)
        } else {
            self.try_finally(t)
        }
    }

    /// `except` or `except*` clauses.
    fn try_except_any(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.is_star {
            self.try_star_except(t)
        } else {
            self.try_except(t)
        }
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`
    fn pop_except_and_reraise(&mut self) {
        self.emit(Op::Copy, 3);
        self.emit0(Op::PopExcept);
        self.emit(Op::Reraise, 1);
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.emit_pseudo(Pseudo::SetupFinally, Some(end));
        self.unit().fblocks.push(FBlock::FinallyTry { body: &t.finalbody });
        if !t.handlers.is_empty() {
            self.try_except_any(t)?;
        } else {
            self.stmts(&t.body)?;
        }
        self.emit_pseudo(Pseudo::PopBlock, None);
        self.unit().fblocks.pop();
        self.stmts(&t.finalbody)?;
        self.emit_jump(Op::Jump, exit);
        // The exceptional path.
        self.bind(end);
        self.emit_pseudo(Pseudo::SetupCleanup, Some(cleanup));
        self.emit0(Op::PushExcInfo);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_pseudo(Pseudo::SetupFinally, Some(except));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.unit().fblocks.pop();
        self.emit_pseudo(Pseudo::PopBlock, None);
        self.stmts(&t.orelse)?;
        self.emit_jump(Op::Jump, end);
        self.bind(except);
        self.emit_pseudo(Pseudo::SetupCleanup, Some(cleanup));
        self.emit0(Op::PushExcInfo);
        self.unit().fblocks.push(FBlock::ExceptionHandler);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.new_label();
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", h.range));
            }
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit0(Op::CheckExcMatch);
                self.emit_jump(Op::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    let cleanup_end = self.new_label();
                    self.nameop(name.as_str(), ExprContext::Store, name.range)?;
                    self.emit_pseudo(Pseudo::SetupCleanup, Some(cleanup_end));
                    self.unit().fblocks.push(FBlock::HandlerCleanup { name: Some(name.as_str().to_string()) });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit_pseudo(Pseudo::PopBlock, None);
                    self.emit_pseudo(Pseudo::PopBlock, None);
                    self.emit0(Op::PopExcept);
                    self.load_const(Const::None);
                    self.nameop(name.as_str(), ExprContext::Store, name.range)?;
                    self.nameop(name.as_str(), ExprContext::Del, name.range)?;
                    self.emit_jump(Op::Jump, end);
                    self.bind(cleanup_end);
                    self.load_const(Const::None);
                    self.nameop(name.as_str(), ExprContext::Store, name.range)?;
                    self.nameop(name.as_str(), ExprContext::Del, name.range)?;
                    self.emit(Op::Reraise, 1);
                }
                None => {
                    self.emit0(Op::PopTop);
                    self.unit().fblocks.push(FBlock::HandlerCleanup { name: None });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit_pseudo(Pseudo::PopBlock, None);
                    self.emit0(Op::PopExcept);
                    self.emit_jump(Op::Jump, end);
                }
            }
            self.bind(next);
        }
        self.unit().fblocks.pop();
        self.emit(Op::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    pub fn with_stmt(&mut self, w: &'a ast::StmtWith) -> CResult {
        if w.is_async && !self.is_async_scope() {
            return Err(self.error("'async with' outside async function", w.range));
        }
        self.with_item(w, 0)
    }

    fn with_item(&mut self, w: &'a ast::StmtWith, pos: usize) -> CResult {
        let Some(item) = w.items.get(pos) else { return self.stmts(&w.body) };
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        if w.is_async {
            self.emit0(Op::BeforeAsyncWith);
            self.await_tos(1);
        } else {
            self.emit0(Op::BeforeWith);
        }
        self.emit_pseudo(Pseudo::SetupWith, Some(final_));
        self.unit().fblocks.push(if w.is_async { FBlock::AsyncWith } else { FBlock::With });
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit0(Op::PopTop),
        }
        if pos + 1 == w.items.len() {
            self.stmts(&w.body)?;
        } else {
            self.with_item(w, pos + 1)?;
        }
        self.unit().fblocks.pop();
        self.set_line(w.range);
        self.emit_pseudo(Pseudo::PopBlock, None);
        self.call_exit_with_nones();
        if w.is_async {
            self.await_tos(2);
        }
        self.emit0(Op::PopTop);
        self.emit_jump(Op::Jump, exit);
        // Exceptional exit.
        self.bind(final_);
        self.emit_pseudo(Pseudo::SetupCleanup, Some(cleanup));
        self.emit0(Op::PushExcInfo);
        self.emit0(Op::WithExceptStart);
        if w.is_async {
            self.await_tos(2);
        }
        let suppress = self.new_label();
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 2);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(suppress);
        self.emit0(Op::PopTop);
        self.emit_pseudo(Pseudo::PopBlock, None);
        self.emit0(Op::PopExcept);
        self.emit0(Op::PopTop);
        self.emit0(Op::PopTop);
        self.bind(exit);
        Ok(())
    }
}
