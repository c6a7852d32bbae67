//! Comprehensions and generator expressions: each is a nested function
//! (`<listcomp>`, `<setcomp>`, `<dictcomp>`, `<genexpr>`) taking the
//! iterator of its first iterable as `.0`, called at once, as in CPython 3.11.
//!
//! Invariant: inside the body, the accumulator (list/set/dict) sits below
//! one iterator per `for` clause, so `LIST_APPEND` / `SET_ADD` / `MAP_ADD`
//! use `depth + 1` where depth is the number of iterators.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::TextRange;

use super::{CResult, Compiler};
use crate::bytecode::{Const, Op};

/// Which comprehension.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    pub fn comprehension(
        &mut self,
        range: TextRange,
        kind: Kind,
        gens: &'a [ast::Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> CResult {
        let Some(first) = gens.first() else { return Err(self.error("comprehension without 'for'", range)) };
        let scope = self.st.lookup(range).ok_or_else(|| self.error("internal error: no scope", range))?;
        let name = match kind {
            Kind::List => "<listcomp>",
            Kind::Set => "<setcomp>",
            Kind::Dict => "<dictcomp>",
            Kind::Gen => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let line = self.line_of(range.start());
        self.enter_unit(scope, name, qualname, line);
        self.unit().argcount = 1;
        let is_async = self.is_async_scope();
        match kind {
            Kind::List => self.emit(Op::BuildList, 0),
            Kind::Set => self.emit(Op::BuildSet, 0),
            Kind::Dict => self.emit(Op::BuildMap, 0),
            Kind::Gen => {}
        }
        self.comp_generator(gens, 0, 0, elt, val, kind)?;
        if kind == Kind::Gen {
            self.load_const(Const::None);
        }
        self.emit0(Op::ReturnValue);
        let code = self.exit_unit()?;
        if is_async && kind != Kind::Gen && !self.is_async_scope() && self.scope_kind() != crate::compiler::symtable::ScopeKind::Comprehension {
            return Err(self.error("asynchronous comprehension outside of an asynchronous function", range));
        }
        self.make_closure(code, 0);
        self.expr(&first.iter)?;
        self.emit0(if first.is_async { Op::GetAiter } else { Op::GetIter });
        self.emit(Op::Call, 0);
        if is_async && kind != Kind::Gen {
            self.await_tos(0);
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: Kind,
    ) -> CResult {
        let g = &gens[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit0(if g.is_async { Op::GetAiter } else { Op::GetIter });
        }
        let depth = depth + 1;
        self.bind(start);
        if g.is_async {
            self.emit_pseudo(crate::compiler::assemble::Pseudo::SetupFinally, Some(anchor));
            self.emit0(Op::GetAnext);
            self.await_tos(0);
            self.emit_pseudo(crate::compiler::assemble::Pseudo::PopBlock, None);
        } else {
            self.emit_jump(Op::ForIter, anchor);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < gens.len() {
            self.comp_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            match kind {
                Kind::Gen => {
                    self.expr(elt)?;
                    if self.is_async_generator() {
                        self.emit0(Op::AsyncGenWrap);
                    }
                    self.emit0(Op::YieldValue);
                    self.emit0(Op::PopTop);
                }
                Kind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, depth + 1);
                }
                Kind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, depth + 1);
                }
                Kind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = val {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd, depth + 1);
                }
            }
        }
        self.bind(if_cleanup);
        self.emit_jump(Op::JumpBackward, start);
        self.bind(anchor);
        if g.is_async {
            self.emit0(Op::EndAsyncFor);
        }
        Ok(())
    }
}
