//! `try` / `except*` (PEP 654), compiled as CPython 3.11's
//! `compiler_try_star_except`.
//!
//! The handler keeps `[prev_exc, orig, raised list, rest]` on the stack:
//! each clause splits `rest` with CHECK_EG_MATCH, runs its body with the
//! matched part bound, and appends anything its body raises to the list;
//! after the last clause the remaining `rest` joins the list and
//! PREP_RERAISE_STAR computes what (if anything) is re-raised.

use ruff_python_ast::{self as ast, ExprContext};
use ruff_text_size::TextRange;

use super::{CResult, Compiler, FBlock};
use crate::bytecode::{Const, Op};
use crate::compiler::assemble::Pseudo;

impl<'a> Compiler<'a> {
    /// `try: ... except* T: ...` (with `else`; `finally` wraps this).
    pub(super) fn try_star_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        let reraise = self.new_label();
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
        self.unit().fblocks.push(FBlock::ExceptionGroupHandler);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range));
            };
            let no_match = self.new_label();
            let next = self.new_label();
            let cleanup_end = self.new_label();
            if i == 0 {
                // [exc] -> [orig, [], exc]
                self.emit(Op::Copy, 1);
                self.emit(Op::BuildList, 0);
                self.emit(Op::Swap, 2);
            }
            self.expr(ty)?;
            self.emit0(Op::CheckEgMatch);
            self.emit(Op::Copy, 1);
            self.emit_jump(Op::PopJumpIfNone, no_match);
            let name = h.name.as_ref().map(|n| (n.as_str(), n.range));
            match name {
                Some((id, range)) => self.nameop(id, ExprContext::Store, range)?,
                None => self.emit0(Op::PopTop),
            }
            self.emit_pseudo(Pseudo::SetupCleanup, Some(cleanup_end));
            self.unit().fblocks.push(FBlock::HandlerCleanup { name: name.map(|(id, _)| id.to_string()) });
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit_pseudo(Pseudo::PopBlock, None);
            self.clear_handler_name(name)?;
            self.emit_jump(Op::Jump, next);
            // The clause body raised: keep its exception for re-raising.
            self.bind(cleanup_end);
            self.clear_handler_name(name)?;
            self.emit(Op::ListAppend, 3);
            self.emit0(Op::PopTop);
            self.emit_jump(Op::Jump, next);
            self.bind(no_match);
            self.emit0(Op::PopTop);
            self.bind(next);
            if i + 1 == n {
                // The unhandled rest joins the list.
                self.emit(Op::ListAppend, 1);
                self.emit_jump(Op::Jump, reraise_star);
            }
        }
        self.unit().fblocks.pop();
        self.bind(reraise_star);
        self.emit0(Op::PrepReraiseStar);
        self.emit(Op::Copy, 1);
        self.emit_jump(Op::PopJumpIfNotNone, reraise);
        self.emit0(Op::PopTop);
        self.emit_pseudo(Pseudo::PopBlock, None);
        self.emit0(Op::PopExcept);
        self.emit_jump(Op::Jump, end);
        self.bind(reraise);
        self.emit_pseudo(Pseudo::PopBlock, None);
        self.emit(Op::Swap, 2);
        self.emit0(Op::PopExcept);
        self.emit(Op::Reraise, 0);
        self.bind(cleanup);
        self.emit(Op::Copy, 3);
        self.emit0(Op::PopExcept);
        self.emit(Op::Reraise, 1);
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` after an `except* T as name` body.
    fn clear_handler_name(&mut self, name: Option<(&str, TextRange)>) -> CResult {
        if let Some((id, range)) = name {
            self.load_const(Const::None);
            self.nameop(id, ExprContext::Store, range)?;
            self.nameop(id, ExprContext::Del, range)?;
        }
        Ok(())
    }

    /// `break` / `continue` (`to_loop`) or `return` that would leave an
    /// `except*` clause: a SyntaxError, as in CPython.
    pub(super) fn check_except_star_exit(&mut self, to_loop: bool, range: TextRange) -> CResult {
        for fb in self.unit().fblocks.iter().rev() {
            match fb {
                FBlock::ExceptionGroupHandler => {
                    return Err(self.error("'break', 'continue' and 'return' cannot appear in an except* block", range));
                }
                FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } if to_loop => return Ok(()),
                _ => {}
            }
        }
        Ok(())
    }
}
