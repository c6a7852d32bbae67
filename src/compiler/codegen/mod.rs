//! Code generation: AST -> instruction lists, shaped like CPython 3.11's
//! `compile.c`.
//!
//! One `Unit` per block being compiled (module, class body, function,
//! lambda, comprehension), stacked as blocks nest. Instructions are emitted
//! into the unit with symbolic labels and the pseudo-instructions
//! `SETUP_FINALLY` / `SETUP_CLEANUP` / `SETUP_WITH` / `POP_BLOCK`, which the
//! assembler (`super::assemble`) turns into absolute jumps and the exception
//! table. This file holds the unit machinery, name resolution and the
//! function / class / lambda builders; statements, expressions, exception
//! handling, comprehensions and patterns live in the sibling files.
//!
//! Invariants: every unit ends with `RETURN_VALUE`; `fblocks` mirrors the
//! enclosing loops / try / with / handler blocks at the current emission
//! point (used by `return` / `break` / `continue` unwinding).

mod comprehension;
mod except_star;
mod exceptions;
mod expr;
mod pattern;
mod stmt;

use std::collections::HashMap;
use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::assemble::{self, Label, Pseudo, UnitInstr};
use super::fold;
use super::symtable::{mangle, NameScope, ScopeKind, SymbolTable};
use crate::bytecode::code::flags;
use crate::bytecode::opcodes::make_function;
use crate::bytecode::code::Span;
use crate::bytecode::{Code, Const, Op};
use crate::error::{CompileError, CompileErrorKind};

/// Kind of an enclosing block, for unwinding (`compiler_unwind_fblock`).
#[derive(Clone, Debug)]
pub(crate) enum FBlock<'a> {
    WhileLoop { start: Label, exit: Label },
    ForLoop { start: Label, exit: Label },
    TryExcept,
    FinallyTry { body: &'a [Stmt] },
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup { name: Option<String> },
    ExceptionHandler,
    /// The clauses of `try` / `except*` (no `break`/`continue`/`return` out).
    ExceptionGroupHandler,
    PopValue,
}

/// The type a literal expression certainly has (CPython's `infer_type`),
/// and whether it is a constant after folding.
fn literal_type(e: &Expr) -> Option<(&'static str, bool)> {
    if let Some(c) = fold::const_value(e) {
        let ty = match c {
            Const::None => "NoneType",
            Const::Bool(_) => "bool",
            Const::Int(_) | Const::BigInt(_) => "int",
            Const::Float(_) => "float",
            Const::Complex(..) => "complex",
            Const::Str(_) => "str",
            Const::Bytes(_) => "bytes",
            Const::Tuple(_) => "tuple",
            Const::FrozenSet(_) => "frozenset",
            Const::Ellipsis => "ellipsis",
            Const::Code(_) => return None,
        };
        return Some((ty, true));
    }
    let ty = match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) => "str",
        _ => return None,
    };
    Some((ty, false))
}

/// The source position instructions are attributed to: a line and the
/// span (end line, columns) of the construct being compiled.
#[derive(Clone, Copy, Debug)]
pub struct Loc {
    /// Start line.
    pub line: u32,
    /// End line and columns.
    pub span: Span,
}

/// One block under compilation.
pub(crate) struct Unit<'a> {
    pub scope: usize,
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    pub instrs: Vec<UnitInstr>,
    pub labels: Vec<Option<usize>>,
    pub consts: Vec<Const>,
    const_index: HashMap<String, u32>,
    pub names: Vec<Rc<str>>,
    name_index: HashMap<String, u32>,
    pub fblocks: Vec<FBlock<'a>>,
    pub line: u32,
    /// End line and columns of the range new instructions are attributed to.
    pub span: Span,
    pub docstring: Option<Rc<str>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub extra_flags: u32,
}

/// The compiler state for one source text.
pub(crate) struct Compiler<'a> {
    pub src: &'a str,
    pub filename: &'a str,
    line_starts: Vec<usize>,
    pub st: SymbolTable,
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
}

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

impl<'a> Compiler<'a> {
    pub fn new(src: &'a str, filename: &'a str, st: SymbolTable) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Compiler { src, filename, line_starts, st, units: Vec::new(), interactive: false }
    }

    // ----- errors and positions -------------------------------------------------

    pub fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        crate::syntax::error_at(self.src, self.filename, CompileErrorKind::SyntaxError, msg, range)
    }

    pub fn line_of(&self, pos: TextSize) -> u32 {
        let p = pos.to_usize();
        match self.line_starts.binary_search(&p) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Attributes the instructions emitted from now on to `range`; returns
    /// the previous position for [`Compiler::restore_loc`].
    pub fn set_line(&mut self, range: TextRange) -> Loc {
        let line = self.line_of(range.start());
        let end_line = self.line_of(range.end());
        let col = range.start().to_usize() - self.line_starts[line as usize - 1];
        let end_col = range.end().to_usize() - self.line_starts[end_line as usize - 1];
        let span = match (u16::try_from(col), u16::try_from(end_col)) {
            (Ok(col), Ok(end_col)) if col < u16::MAX && end_col < u16::MAX => Span { end_line, col, end_col },
            _ => Span::UNKNOWN,
        };
        self.restore_loc(Loc { line, span })
    }

    /// Attributes the instructions emitted from now on to `loc` (a value
    /// [`Compiler::set_line`] returned); returns the previous position.
    pub fn restore_loc(&mut self, loc: Loc) -> Loc {
        let u = self.unit();
        let old = Loc { line: u.line, span: u.span };
        u.line = loc.line;
        u.span = loc.span;
        old
    }

    /// Positions an attribute access as CPython 3.11 does: when the
    /// attribute's name is on a later line than where the expression
    /// starts, at the name on its line (so `(obj\n .name)` is reported on
    /// the line of `.name`), else at the whole expression.
    pub fn set_attr_line(&mut self, a: &ast::ExprAttribute) {
        self.set_line(a.range);
        let Loc { line, mut span } = self.current_loc();
        if line != span.end_line {
            let len = a.attr.as_str().chars().count();
            match u16::try_from(len) {
                Ok(len) if len <= span.end_col => span.col = span.end_col - len,
                _ => span = Span::UNKNOWN,
            }
            let line = if span.is_known() { span.end_line } else { line };
            self.restore_loc(Loc { line, span });
        }
    }

    /// Records a `SyntaxWarning` about the line where `range` starts.
    pub fn warn(&self, message: impl Into<String>, range: TextRange) {
        let message = message.into();
        let as_error = Box::new(self.error(message.clone(), range));
        super::record_warning(super::CompileWarning { filename: self.filename.to_string(), lineno: self.line_of(range.start()), message, as_error });
    }

    /// CPython's warning for calling a literal (`[(1, 2) (3, 4)]`: a
    /// missing comma).
    pub fn check_caller(&self, func: &Expr) {
        let ty = match literal_type(func) {
            Some((ty, _)) if !matches!(func, Expr::Lambda(_)) => ty,
            _ => return,
        };
        self.warn(format!("'{ty}' object is not callable; perhaps you missed a comma?"), func.range());
    }

    /// CPython's warnings for subscripting a literal that cannot be
    /// subscripted, or indexing a literal sequence with a literal of the
    /// wrong type.
    pub fn check_subscript(&self, s: &ast::ExprSubscript) {
        let value = &*s.value;
        if let Some((ty, constant)) = literal_type(value) {
            let unsubscriptable = if constant {
                matches!(ty, "NoneType" | "ellipsis" | "int" | "bool" | "float" | "complex" | "frozenset")
            } else {
                matches!(value, Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_))
            };
            if unsubscriptable {
                self.warn(format!("'{ty}' object is not subscriptable; perhaps you missed a comma?"), s.range);
                return;
            }
            let index = match literal_type(&s.slice) {
                Some((ity, _)) if !matches!(ity, "int" | "bool") && !matches!(*s.slice, Expr::Slice(_)) => ity,
                _ => return,
            };
            let sequence = if constant {
                matches!(ty, "str" | "bytes" | "tuple")
            } else {
                matches!(value, Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_))
            };
            if sequence {
                self.warn(format!("{ty} indices must be integers or slices, not {index}; perhaps you missed a comma?"), s.range);
            }
        }
    }

    /// CPython's check of `is`/`is not` against a literal (after constant
    /// folding; None, True, False and Ellipsis are fine): one warning per
    /// comparison expression, for the first offending operator.
    pub fn check_compare(&self, c: &ast::ExprCompare) {
        let literal = |e: &Expr| match fold::const_value(e) {
            Some(Const::None | Const::Bool(_) | Const::Ellipsis) | None => false,
            Some(_) => true,
        };
        let mut left = literal(&c.left);
        for (op, right_e) in c.ops.iter().zip(c.comparators.iter()) {
            let right = literal(right_e);
            if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) && (left || right) {
                let msg = if *op == ast::CmpOp::Is { "\"is\" with a literal. Did you mean \"==\"?" } else { "\"is not\" with a literal. Did you mean \"!=\"?" };
                self.warn(msg, c.range);
                return;
            }
            left = right;
        }
    }

    /// The warnings a second compilation of `e` would give (CPython 3.11
    /// compiles a `while` condition twice: at the top and at the bottom of
    /// the loop, and warns each time).
    pub fn recheck_compares(&self, e: &Expr) {
        struct Compares<'c, 'a>(&'c Compiler<'a>);
        impl<'v> ruff_python_ast::visitor::Visitor<'v> for Compares<'_, '_> {
            fn visit_expr(&mut self, e: &'v Expr) {
                if let Expr::Compare(c) = e {
                    self.0.check_compare(c);
                }
                ruff_python_ast::visitor::walk_expr(self, e);
            }
        }
        ruff_python_ast::visitor::Visitor::visit_expr(&mut Compares(self), e);
    }

    /// The position new instructions get now.
    pub fn current_loc(&mut self) -> Loc {
        let u = self.unit();
        Loc { line: u.line, span: u.span }
    }

    /// Attributes the instructions emitted from now on to `line` without columns.
    pub fn set_line_only(&mut self, line: u32) -> Loc {
        self.restore_loc(Loc { line, span: Span::UNKNOWN })
    }

    // ----- units --------------------------------------------------------------

    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open while compiling")
    }
    pub fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always open while compiling")
    }
    pub fn scope_kind(&self) -> ScopeKind {
        self.st.scopes[self.unit_ref().scope].kind
    }
    /// Whether the current unit is an `async def` or an asynchronous
    /// comprehension (its code is a coroutine or an async generator).
    pub fn is_async_scope(&self) -> bool {
        let sc = &self.st.scopes[self.unit_ref().scope];
        sc.coroutine && matches!(sc.kind, ScopeKind::Function | ScopeKind::Comprehension)
    }
    /// Whether the current unit is an async generator.
    pub fn is_async_generator(&self) -> bool {
        self.is_async_scope() && self.st.scopes[self.unit_ref().scope].generator
    }
    pub fn private(&self) -> Option<String> {
        self.st.scopes[self.unit_ref().scope].private.clone()
    }
    pub fn mangle(&self, name: &str) -> String {
        mangle(self.private().as_deref(), name)
    }

    pub fn enter_unit(&mut self, scope: usize, name: &str, qualname: String, firstlineno: u32) {
        self.units.push(Unit {
            scope,
            name: name.to_string(),
            qualname,
            firstlineno,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            fblocks: Vec::new(),
            line: firstlineno,
            span: Span::UNKNOWN,
            docstring: None,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            extra_flags: 0,
        });
    }

    /// Closes the current unit and assembles it into a `Code`.
    pub fn exit_unit(&mut self) -> CResult<Rc<Code>> {
        let u = self.units.pop().expect("exit_unit without a unit");
        let sc = &self.st.scopes[u.scope];
        let mut fl = u.extra_flags;
        if sc.kind.is_function() {
            fl |= flags::OPTIMIZED | flags::NEWLOCALS;
            if sc.nested {
                fl |= flags::NESTED;
            }
            let is_async = sc.coroutine && matches!(sc.kind, ScopeKind::Function | ScopeKind::Comprehension);
            if is_async {
                fl |= if sc.generator { flags::ASYNC_GENERATOR } else { flags::COROUTINE };
            } else if sc.generator {
                fl |= flags::GENERATOR;
            }
        }
        let varnames: Vec<Rc<str>> = sc.varnames.iter().map(|s| Rc::from(s.as_str())).collect();
        let cellvars: Vec<Rc<str>> = sc.cellvars.iter().map(|s| Rc::from(s.as_str())).collect();
        let freevars: Vec<Rc<str>> = sc.freevars.iter().map(|s| Rc::from(s.as_str())).collect();
        let cell2arg = sc
            .cellvars
            .iter()
            .map(|c| {
                let nargs = (u.argcount + u.kwonlyargcount) as usize
                    + usize::from(fl & flags::VARARGS != 0)
                    + usize::from(fl & flags::VARKEYWORDS != 0);
                sc.params.iter().take(nargs.max(sc.params.len())).position(|p| p == c).map(|i| i as u32)
            })
            .collect();
        #[cfg(test)]
        if std::env::var("PYRITE_DBG").is_ok() {
            assemble::debug_dump(&u.instrs, &u.labels);
        }
        let out = assemble::assemble(&u.instrs, &u.labels).map_err(|m| {
            let mut e = self.error(format!("internal compiler error in {}: {m}", u.qualname), TextRange::default());
            e.lineno = u.firstlineno;
            e
        })?;
        Ok(Rc::new(Code {
            name: Rc::from(u.name.as_str()),
            qualname: Rc::from(u.qualname.as_str()),
            filename: Rc::from(self.filename),
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: fl,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            names: u.names,
            consts: u.consts,
            instrs: out.instrs,
            lines: out.lines,
            spans: out.spans,
            exception_table: out.exception_table,
            stacksize: out.stacksize,
            docstring: u.docstring,
            const_values: std::cell::OnceCell::new(),
            caches: std::cell::OnceCell::new(),
            func_strs: std::cell::OnceCell::new(),
            jit: Default::default(),
        }))
    }

    // ----- emission -------------------------------------------------------------

    pub fn emit(&mut self, op: Op, arg: u32) {
        let u = self.unit();
        let (line, span) = (u.line, u.span);
        u.instrs.push(UnitInstr { op: Pseudo::Real(op), arg, target: None, line, span });
    }
    pub fn emit0(&mut self, op: Op) {
        self.emit(op, 0)
    }
    pub fn emit_jump(&mut self, op: Op, target: Label) {
        let u = self.unit();
        let (line, span) = (u.line, u.span);
        u.instrs.push(UnitInstr { op: Pseudo::Real(op), arg: 0, target: Some(target), line, span });
    }
    pub fn emit_pseudo(&mut self, op: Pseudo, target: Option<Label>) {
        let u = self.unit();
        let (line, span) = (u.line, u.span);
        u.instrs.push(UnitInstr { op, arg: 0, target, line, span });
    }
    pub fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() - 1)
    }
    pub fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0] = Some(u.instrs.len());
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        let u = self.unit();
        let key = match &c {
            Const::Code(_) => None,
            other => Some(fold::const_key(other)),
        };
        if let Some(k) = &key {
            if let Some(&i) = u.const_index.get(k) {
                return i;
            }
        }
        u.consts.push(c);
        let i = (u.consts.len() - 1) as u32;
        if let Some(k) = key {
            u.const_index.insert(k, i);
        }
        i
    }
    pub fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst, i);
    }
    pub fn add_name_raw(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        u.names.push(Rc::from(name));
        let i = (u.names.len() - 1) as u32;
        u.name_index.insert(name.to_string(), i);
        i
    }
    /// Index of a (mangled) name in `names`.
    pub fn add_name(&mut self, name: &str) -> u32 {
        let m = self.mangle(name);
        self.add_name_raw(&m)
    }
    pub fn emit_name(&mut self, op: Op, name: &str) {
        let i = self.add_name(name);
        self.emit(op, i);
    }
    pub fn str_const(s: &str) -> Const {
        Const::Str(Rc::from(s))
    }

    // ----- names ------------------------------------------------------------------

    fn deref_index(&self, name: &str) -> Option<u32> {
        let sc = &self.st.scopes[self.unit_ref().scope];
        if let Some(i) = sc.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        sc.freevars.iter().position(|n| n == name).map(|i| (i + sc.cellvars.len()) as u32)
    }

    /// Load, store or delete a name (`compiler_nameop`).
    pub fn nameop(&mut self, name: &str, ctx: ast::ExprContext, range: TextRange) -> CResult {
        use ast::ExprContext::*;
        if name == "__debug__" {
            if ctx == Store || ctx == Del {
                return Err(self.error("cannot assign to __debug__", range));
            }
            // A constant, as CPython's AST optimizer makes it.
            self.load_const(Const::Bool(crate::compiler::optimize() == 0));
            return Ok(());
        }
        let m = self.mangle(name);
        let sc = &self.st.scopes[self.unit_ref().scope];
        let kind = sc.kind;
        let scope = sc.scopes.get(&m).copied();
        let fast = kind.is_function();
        enum How {
            Fast,
            Global,
            Deref,
            Name,
        }
        let how = match scope {
            Some(NameScope::Free) | Some(NameScope::Cell) => How::Deref,
            Some(NameScope::Local) if fast => How::Fast,
            Some(NameScope::GlobalImplicit) | None if fast => How::Global,
            Some(NameScope::GlobalExplicit) => How::Global,
            _ => How::Name,
        };
        let how = if matches!(how, How::Deref) && self.deref_index(&m).is_none() { How::Name } else { how };
        match how {
            How::Fast => {
                let i = self.st.scopes[self.unit_ref().scope].varnames.iter().position(|v| *v == m).unwrap_or(0) as u32;
                let op = match ctx {
                    Store => Op::StoreFast,
                    Del => Op::DeleteFast,
                    _ => Op::LoadFast,
                };
                self.emit(op, i);
            }
            How::Deref => {
                let i = self.deref_index(&m).unwrap_or(0);
                let op = match ctx {
                    Store => Op::StoreDeref,
                    Del => Op::DeleteDeref,
                    _ if kind == ScopeKind::Class => {
                        let _ = self.add_name_raw(&m);
                        Op::LoadClassderef
                    }
                    _ => Op::LoadDeref,
                };
                self.emit(op, i);
            }
            How::Global => {
                let i = self.add_name_raw(&m);
                match ctx {
                    Store => self.emit(Op::StoreGlobal, i),
                    Del => self.emit(Op::DeleteGlobal, i),
                    _ => self.emit(Op::LoadGlobal, i << 1),
                }
            }
            How::Name => {
                let i = self.add_name_raw(&m);
                let op = match ctx {
                    Store => Op::StoreName,
                    Del => Op::DeleteName,
                    _ => Op::LoadName,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    /// Whether loading `name` here is a `LOAD_GLOBAL` (so a call can set the NULL bit).
    pub fn is_global_load(&self, name: &str) -> bool {
        let m = self.mangle(name);
        let sc = &self.st.scopes[self.unit_ref().scope];
        match sc.scopes.get(&m) {
            Some(NameScope::GlobalExplicit) => true,
            Some(NameScope::GlobalImplicit) | None => sc.kind.is_function(),
            _ => false,
        }
    }

    // ----- functions and classes ---------------------------------------------

    fn qualname_for(&self, name: &str) -> String {
        let Some(parent) = self.units.last() else { return name.to_string() };
        let psc = &self.st.scopes[parent.scope];
        match psc.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", parent.qualname, name),
            _ => {
                let m = mangle(psc.private.as_deref(), name);
                if psc.scopes.get(&m) == Some(&NameScope::GlobalExplicit) {
                    name.to_string()
                } else {
                    format!("{}.<locals>.{}", parent.qualname, name)
                }
            }
        }
    }

    /// Pushes the closure tuple (if any) and the code, then `MAKE_FUNCTION`.
    pub fn make_closure(&mut self, code: Rc<Code>, mut fflags: u32) {
        if !code.freevars.is_empty() {
            for fv in code.freevars.iter() {
                let i = self.deref_index(fv).unwrap_or(0);
                self.emit(Op::LoadClosure, i);
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            fflags |= make_function::CLOSURE;
        }
        self.load_const(Const::Code(code));
        self.emit(Op::MakeFunction, fflags);
    }

    /// Positional defaults and keyword-only defaults; returns MAKE_FUNCTION flags.
    fn default_arguments(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut fl = 0;
        let defaults: Vec<&Expr> = p.posonlyargs.iter().chain(&p.args).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            self.tuple_of(&defaults)?;
            fl |= make_function::DEFAULTS;
        }
        let kw: Vec<&ast::ParameterWithDefault> = p.kwonlyargs.iter().filter(|a| a.default.is_some()).collect();
        if !kw.is_empty() {
            for a in &kw {
                let n = self.mangle(a.parameter.name.as_str());
                self.load_const(Const::Str(Rc::from(n.as_str())));
                if let Some(d) = &a.default {
                    self.expr(d)?;
                }
            }
            self.emit(Op::BuildMap, kw.len() as u32);
            fl |= make_function::KWDEFAULTS;
        }
        Ok(fl)
    }

    /// Builds a tuple of expressions (one constant if they all are).
    pub fn tuple_of(&mut self, es: &[&'a Expr]) -> CResult {
        let consts: Option<Vec<Const>> = es.iter().map(|e| fold::const_value(e)).collect();
        if let Some(cs) = consts {
            self.load_const(Const::Tuple(cs.into()));
        } else {
            for e in es {
                self.expr(e)?;
            }
            self.emit(Op::BuildTuple, es.len() as u32);
        }
        Ok(())
    }

    fn annotations(&mut self, p: &'a ast::Parameters, returns: Option<&'a Expr>) -> CResult<u32> {
        let mut n = 0;
        let mut all: Vec<&ast::Parameter> = Vec::new();
        for a in p.posonlyargs.iter().chain(&p.args) {
            all.push(&a.parameter);
        }
        if let Some(v) = &p.vararg {
            all.push(v);
        }
        for a in p.kwonlyargs.iter() {
            all.push(&a.parameter);
        }
        if let Some(k) = &p.kwarg {
            all.push(k);
        }
        for prm in all {
            if let Some(an) = &prm.annotation {
                let m = self.mangle(prm.name.as_str());
                self.load_const(Const::Str(Rc::from(m.as_str())));
                self.expr(an)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Self::str_const("return"));
            self.expr(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Op::BuildTuple, 2 * n);
            Ok(make_function::ANNOTATIONS)
        } else {
            Ok(0)
        }
    }

    fn set_arg_counts(&mut self, p: &ast::Parameters) {
        let u = self.unit();
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.extra_flags |= flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.extra_flags |= flags::VARKEYWORDS;
        }
    }

    pub fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        if f.type_params.is_some() {
            return Err(self.error("type parameters are not supported", f.range));
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let first_line = f.decorator_list.first().map(|d| d.range.start()).unwrap_or(f.range.start());
        let firstlineno = self.line_of(first_line);
        let old = self.set_line(f.range);
        let mut fl = self.default_arguments(&f.parameters)?;
        fl |= self.annotations(&f.parameters, f.returns.as_deref())?;
        let scope = self.st.lookup(f.range).ok_or_else(|| self.error("internal error: no scope", f.range))?;
        let qualname = self.qualname_for(f.name.as_str());
        self.enter_unit(scope, f.name.as_str(), qualname, firstlineno);
        self.set_arg_counts(&f.parameters);
        let doc = docstring(&f.body);
        self.add_const(match &doc {
            Some(d) => Self::str_const(d),
            None => Const::None,
        });
        self.unit().docstring = doc.map(|d| Rc::from(d.as_str()));
        let body: &'a [Stmt] = if self.unit_ref().docstring.is_some() { &f.body[1..] } else { &f.body };
        self.stmts(body)?;
        self.load_const(Const::None);
        self.emit0(Op::ReturnValue);
        let code = self.exit_unit()?;
        self.make_closure(code, fl);
        self.apply_decorators(&f.decorator_list);
        self.nameop(f.name.as_str(), ast::ExprContext::Store, f.name.range)?;
        self.restore_loc(old);
        Ok(())
    }

    /// Calls the decorators on the function or class on the stack, innermost
    /// first, each call positioned at its decorator.
    fn apply_decorators(&mut self, decorators: &[ast::Decorator]) {
        let old = self.current_loc();
        for d in decorators.iter().rev() {
            self.set_line(d.expression.range());
            self.emit(Op::Call, 0);
        }
        self.restore_loc(old);
    }

    pub fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let mut fl = 0;
        if let Some(p) = &l.parameters {
            fl = self.default_arguments(p)?;
        }
        let scope = self.st.lookup(l.range).ok_or_else(|| self.error("internal error: no scope", l.range))?;
        let qualname = self.qualname_for("<lambda>");
        let line = self.line_of(l.range.start());
        self.enter_unit(scope, "<lambda>", qualname, line);
        if let Some(p) = &l.parameters {
            self.set_arg_counts(p);
        }
        self.add_const(Const::None);
        self.expr(&l.body)?;
        self.emit0(Op::ReturnValue);
        let code = self.exit_unit()?;
        self.make_closure(code, fl);
        Ok(())
    }

    pub fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        if c.type_params.is_some() {
            return Err(self.error("type parameters are not supported", c.range));
        }
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        let first_line = c.decorator_list.first().map(|d| d.range.start()).unwrap_or(c.range.start());
        let firstlineno = self.line_of(first_line);
        let old = self.set_line(c.range);
        self.emit0(Op::PushNull);
        self.emit0(Op::LoadBuildClass);
        let scope = self.st.lookup(c.range).ok_or_else(|| self.error("internal error: no scope", c.range))?;
        let qualname = self.qualname_for(c.name.as_str());
        self.enter_unit(scope, c.name.as_str(), qualname.clone(), firstlineno);
        self.set_line_only(firstlineno);
        self.emit_name(Op::LoadName, "__name__");
        self.emit_name(Op::StoreName, "__module__");
        self.load_const(Const::Str(Rc::from(qualname.as_str())));
        self.emit_name(Op::StoreName, "__qualname__");
        if stmt::find_ann(&c.body) {
            self.emit0(Op::SetupAnnotations);
        }
        let mut body: &'a [Stmt] = &c.body;
        if let Some(d) = docstring(body) {
            self.set_line(body[0].range());
            self.load_const(Self::str_const(&d));
            self.emit_name(Op::StoreName, "__doc__");
            self.unit().docstring = Some(Rc::from(d.as_str()));
            body = &body[1..];
        }
        self.stmts(body)?;
        if self.st.scopes[scope].needs_class_cell {
            self.emit(Op::LoadClosure, 0);
            self.emit(Op::Copy, 1);
            self.emit_name(Op::StoreName, "__classcell__");
        } else {
            self.load_const(Const::None);
        }
        self.emit0(Op::ReturnValue);
        let code = self.exit_unit()?;
        self.make_closure(code, 0);
        self.load_const(Const::Str(Rc::from(c.name.as_str())));
        match &c.arguments {
            Some(a) => self.call_helper(2, &a.args, &a.keywords)?,
            None => self.emit(Op::Call, 2),
        }
        self.apply_decorators(&c.decorator_list);
        self.nameop(c.name.as_str(), ast::ExprContext::Store, c.name.range)?;
        self.restore_loc(old);
        Ok(())
    }
}

/// The docstring of a body, if its first statement is a plain string
/// (none under `-OO`: the string is then an ordinary expression statement).
pub(crate) fn docstring(body: &[Stmt]) -> Option<String> {
    if crate::compiler::optimize() >= 2 {
        return None;
    }
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a module body needs `SETUP_ANNOTATIONS`.
pub(crate) fn stmt_find_ann(body: &[Stmt]) -> bool {
    stmt::find_ann(body)
}
