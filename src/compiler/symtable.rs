//! The symbol table: which scope every name of every block lives in.
//!
//! Follows CPython 3.11's `symtable.c`: a first pass records, per block
//! (module, class, function, lambda, comprehension), the uses and bindings
//! of each (mangled) name; a second pass (`analyze`) decides each name's
//! scope: local, global (explicit or implicit), free or cell, threading the
//! set of names bound in enclosing function blocks down the tree and the
//! set of free names back up.
//!
//! Invariants: blocks are found again by the codegen through the text range
//! of their AST node (`SymbolTable::lookup`); class-body names are never
//! visible to nested blocks; a class whose methods use `super` or
//! `__class__` gets `needs_class_cell`; comprehension blocks take `.0`.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Expr, Pattern, Stmt};
use ruff_text_size::TextRange;

use crate::error::{CompileError, CompileErrorKind};

/// Name flags recorded by the first pass.
pub mod def {
    /// `global x`
    pub const GLOBAL: u32 = 1;
    /// Bound in this block.
    pub const LOCAL: u32 = 2;
    /// A parameter.
    pub const PARAM: u32 = 4;
    /// `nonlocal x`
    pub const NONLOCAL: u32 = 8;
    /// Read in this block.
    pub const USE: u32 = 16;
    /// Free in a method and bound in the class body.
    pub const FREE_CLASS: u32 = 32;
    /// Bound by an import.
    pub const IMPORT: u32 = 64;
    /// Annotated.
    pub const ANNOT: u32 = 128;
    /// A comprehension iteration variable.
    pub const COMP_ITER: u32 = 256;
    /// Any binding.
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module.
    Module,
    /// A class body.
    Class,
    /// A `def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A comprehension or generator expression.
    Comprehension,
}

impl ScopeKind {
    /// Function-like blocks use fast locals.
    pub fn is_function(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

/// The resolved scope of a name in a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// Bound in this block.
    Local,
    /// `global` declared.
    GlobalExplicit,
    /// Not bound anywhere enclosing: global or builtin.
    GlobalImplicit,
    /// Bound in an enclosing function.
    Free,
    /// Local and captured by an inner block.
    Cell,
}

/// One block.
#[derive(Debug)]
pub struct Scope {
    /// Kind of block.
    pub kind: ScopeKind,
    /// Block name (`<module>`, function or class name, `<lambda>`, `<listcomp>`...).
    pub name: String,
    /// Flags per name (`def::*`).
    pub flags: HashMap<String, u32>,
    order: Vec<String>,
    /// Parameter names in order.
    pub params: Vec<String>,
    /// Child blocks.
    pub children: Vec<usize>,
    /// The body contains `yield` (or this is a generator expression).
    pub generator: bool,
    /// `async def`.
    pub coroutine: bool,
    /// Nested in a function-like block.
    pub nested: bool,
    /// Class body needing the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// Resolved scopes, after analysis.
    pub scopes: HashMap<String, NameScope>,
    /// Fast locals: parameters first, then other locals in first-binding order.
    pub varnames: Vec<String>,
    /// Cell variables, sorted (`__class__` alone for a class).
    pub cellvars: Vec<String>,
    /// Free variables, sorted.
    pub freevars: Vec<String>,
    /// Class name used for private-name mangling inside this block.
    pub private: Option<String>,
    ranges: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, private: Option<String>, nested: bool) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            flags: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            generator: false,
            coroutine: false,
            nested,
            needs_class_cell: false,
            scopes: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            private,
            ranges: HashMap::new(),
        }
    }

    /// The scope of `name` (already mangled); unknown names are implicit globals.
    pub fn scope_of(&self, name: &str) -> NameScope {
        self.scopes.get(name).copied().unwrap_or(NameScope::GlobalImplicit)
    }
}

/// All blocks of one compilation unit.
#[derive(Debug)]
pub struct SymbolTable {
    /// Blocks; index 0 is the module.
    pub scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), usize>,
}

impl SymbolTable {
    /// The block of the AST node spanning `range`.
    pub fn lookup(&self, range: TextRange) -> Option<usize> {
        self.by_range.get(&(range.start().to_u32(), range.end().to_u32())).copied()
    }
}

/// Private name mangling: `__x` in class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Builds and analyzes the symbol table of a module (or an expression).
pub fn build(
    src: &str,
    filename: &str,
    body: &[Stmt],
    expr: Option<&Expr>,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder { src, filename, scopes: vec![Scope::new(ScopeKind::Module, "<module>", None, false)], stack: vec![0], by_range: HashMap::new() };
    for s in body {
        b.stmt(s)?;
    }
    if let Some(e) = expr {
        b.expr(e)?;
    }
    let mut st = SymbolTable { scopes: b.scopes, by_range: b.by_range };
    let mut ctx = Analyzer { src, filename };
    ctx.analyze(&mut st, 0, &HashSet::new(), &mut HashSet::new())?;
    Ok(st)
}

struct Builder<'a> {
    src: &'a str,
    filename: &'a str,
    scopes: Vec<Scope>,
    stack: Vec<usize>,
    by_range: HashMap<(u32, u32), usize>,
}

type R = Result<(), CompileError>;

impl<'a> Builder<'a> {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }
    fn err(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        crate::syntax::error_at(self.src, self.filename, CompileErrorKind::SyntaxError, msg, range)
    }
    fn mangled(&mut self, name: &str) -> String {
        let p = self.cur().private.clone();
        mangle(p.as_deref(), name)
    }
    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> R {
        let name = self.mangled(name);
        self.add_def_raw(*self.stack.last().unwrap_or(&0), &name, flag, range)
    }
    fn add_def_raw(&mut self, scope: usize, name: &str, flag: u32, range: TextRange) -> R {
        let sc = &mut self.scopes[scope];
        let old = sc.flags.get(name).copied();
        if flag & def::PARAM != 0 && old.is_some_and(|o| o & def::PARAM != 0) {
            return Err(self.err(format!("duplicate argument '{name}' in function definition"), range));
        }
        let sc = &mut self.scopes[scope];
        if old.is_none() {
            sc.order.push(name.to_string());
            sc.ranges.insert(name.to_string(), range);
        }
        *sc.flags.entry(name.to_string()).or_insert(0) |= flag;
        Ok(())
    }
    fn enter(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> usize {
        let parent = *self.stack.last().unwrap_or(&0);
        let p = &self.scopes[parent];
        let nested = p.kind.is_function() || p.nested;
        let private = if kind == ScopeKind::Class { Some(name.to_string()) } else { p.private.clone() };
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, private, nested));
        self.scopes[parent].children.push(id);
        self.by_range.insert((range.start().to_u32(), range.end().to_u32()), id);
        self.stack.push(id);
        id
    }
    fn leave(&mut self) {
        self.stack.pop();
    }

    fn body(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params_defaults(&mut self, p: &ast::Parameters) -> R {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }
    fn params_annotations(&mut self, p: &ast::Parameters) -> R {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(an) = &a.parameter.annotation {
                self.expr(an)?;
            }
        }
        for a in p.vararg.iter().chain(&p.kwarg) {
            if let Some(an) = &a.annotation {
                self.expr(an)?;
            }
        }
        Ok(())
    }
    fn params_bind(&mut self, p: &ast::Parameters) -> R {
        let mut names = Vec::new();
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            names.push(&a.parameter);
        }
        if let Some(v) = &p.vararg {
            names.push(v);
        }
        if let Some(k) = &p.kwarg {
            names.push(k);
        }
        for prm in names {
            self.add_def(prm.name.as_str(), def::PARAM, prm.range)?;
            let m = self.mangled(prm.name.as_str());
            self.cur().params.push(m);
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => {
                self.add_def(f.name.as_str(), def::LOCAL, f.name.range)?;
                self.params_defaults(&f.parameters)?;
                self.params_annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.enter(ScopeKind::Function, f.name.as_str(), f.range);
                self.cur().coroutine = f.is_async;
                self.params_bind(&f.parameters)?;
                self.body(&f.body)?;
                self.leave();
            }
            Stmt::ClassDef(c) => {
                self.add_def(c.name.as_str(), def::LOCAL, c.name.range)?;
                if let Some(a) = &c.arguments {
                    for e in a.args.iter() {
                        self.expr(e)?;
                    }
                    for k in a.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.enter(ScopeKind::Class, c.name.as_str(), c.range);
                self.body(&c.body)?;
                self.leave();
            }
            Stmt::Return(r) => {
                if !self.cur().kind.is_function() {
                    return Err(self.err("'return' outside function", r.range));
                }
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.expr(t)?;
                }
                self.expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target)?;
                self.expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let m = self.mangled(n.id.as_str());
                    let cur = self.cur().flags.get(&m).copied().unwrap_or(0);
                    if cur & (def::GLOBAL | def::NONLOCAL) != 0 && a.simple {
                        let kw = if cur & def::GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(self.err(format!("annotated name '{}' can't be {kw}", n.id), n.range));
                    }
                    if a.simple {
                        self.add_def(n.id.as_str(), def::ANNOT | def::LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(n.id.as_str(), def::LOCAL, n.range)?;
                    }
                } else {
                    self.expr(&a.target)?;
                }
                self.expr(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
            }
            Stmt::TypeAlias(t) => return Err(self.err("type aliases are not supported", t.range)),
            Stmt::For(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.body(&f.body)?;
                self.body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.body(&w.body)?;
                self.body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.body(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.body(&c.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(e) = &r.cause {
                    self.expr(e)?;
                }
            }
            Stmt::Try(t) => {
                self.body(&t.body)?;
                self.body(&t.orelse)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n.as_str(), def::LOCAL, n.range)?;
                    }
                    self.body(&h.body)?;
                }
                self.body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str().to_string(),
                        None => a.name.as_str().split('.').next().unwrap_or("").to_string(),
                    };
                    self.add_def(&bound, def::IMPORT, a.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(self.err("import * only allowed at module level", i.range));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).as_str().to_string();
                    self.add_def(&bound, def::IMPORT, a.range)?;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let m = self.mangled(n.as_str());
                    let cur = self.cur().flags.get(&m).copied().unwrap_or(0);
                    if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                        let msg = if cur & def::PARAM != 0 {
                            format!("name '{n}' is parameter and global")
                        } else if cur & def::USE != 0 {
                            format!("name '{n}' is used prior to global declaration")
                        } else if cur & def::ANNOT != 0 {
                            format!("annotated name '{n}' can't be global")
                        } else {
                            format!("name '{n}' is assigned to before global declaration")
                        };
                        return Err(self.err(msg, g.range));
                    }
                    self.add_def(n.as_str(), def::GLOBAL, n.range)?;
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(self.err("nonlocal declaration not allowed at module level", g.range));
                }
                for n in &g.names {
                    let m = self.mangled(n.as_str());
                    let cur = self.cur().flags.get(&m).copied().unwrap_or(0);
                    if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                        let msg = if cur & def::PARAM != 0 {
                            format!("name '{n}' is parameter and nonlocal")
                        } else if cur & def::USE != 0 {
                            format!("name '{n}' is used prior to nonlocal declaration")
                        } else if cur & def::ANNOT != 0 {
                            format!("annotated name '{n}' can't be nonlocal")
                        } else {
                            format!("name '{n}' is assigned to before nonlocal declaration")
                        };
                        return Err(self.err(msg, g.range));
                    }
                    self.add_def(n.as_str(), def::NONLOCAL, n.range)?;
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(e) => return Err(self.err("invalid syntax", e.range)),
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.pattern(p)),
            Pattern::MatchMapping(m) => {
                for k in m.keys.iter() {
                    self.expr(k)?;
                }
                for p in m.patterns.iter() {
                    self.pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.add_def(r.as_str(), def::LOCAL, r.range)?;
                }
                Ok(())
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                for p in c.arguments.patterns.iter() {
                    self.pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern)?;
                }
                Ok(())
            }
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.add_def(n.as_str(), def::LOCAL, n.range),
                None => Ok(()),
            },
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                match &a.name {
                    Some(n) => self.add_def(n.as_str(), def::LOCAL, n.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.pattern(p)),
        }
    }

    fn comprehension(&mut self, range: TextRange, name: &str, gens: &[ast::Comprehension], elts: &[&Expr], is_gen: bool) -> R {
        let Some(first) = gens.first() else { return Ok(()) };
        self.expr(&first.iter)?;
        self.enter(ScopeKind::Comprehension, name, range);
        self.cur().generator = is_gen;
        self.add_def(".0", def::PARAM, range)?;
        self.cur().params.push(".0".to_string());
        for (i, g) in gens.iter().enumerate() {
            if g.is_async {
                self.cur().coroutine = true;
            }
            self.comp_target(&g.target)?;
            if i > 0 {
                self.expr(&g.iter)?;
            }
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.leave();
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> R {
        match t {
            Expr::Name(n) => self.add_def(n.id.as_str(), def::LOCAL | def::COMP_ITER, n.range),
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.comp_target(e)),
            Expr::List(t) => t.elts.iter().try_for_each(|e| self.comp_target(e)),
            Expr::Starred(s) => self.comp_target(&s.value),
            e => self.expr(e),
        }
    }

    fn walrus_target(&mut self, name: &str, range: TextRange) -> R {
        let cur = *self.stack.last().unwrap_or(&0);
        if self.scopes[cur].kind != ScopeKind::Comprehension {
            return self.add_def(name, def::LOCAL, range);
        }
        let m = self.mangled(name);
        if self.scopes[cur].flags.get(&m).is_some_and(|f| f & def::COMP_ITER != 0) {
            return Err(self.err(
                format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                range,
            ));
        }
        for &s in self.stack.iter().rev() {
            match self.scopes[s].kind {
                ScopeKind::Comprehension => continue,
                ScopeKind::Function | ScopeKind::Lambda => {
                    self.add_def_raw(cur, &m, def::NONLOCAL, range)?;
                    return self.add_def_raw(s, &m, def::LOCAL, range);
                }
                ScopeKind::Module => {
                    self.add_def_raw(cur, &m, def::GLOBAL, range)?;
                    return self.add_def_raw(s, &m, def::LOCAL, range);
                }
                ScopeKind::Class => {
                    return Err(self.err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        range,
                    ))
                }
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R {
        match e {
            Expr::BoolOp(b) => b.values.iter().try_for_each(|v| self.expr(v))?,
            Expr::Named(n) => {
                self.expr(&n.value)?;
                if let Expr::Name(t) = &*n.target {
                    self.walrus_target(t.id.as_str(), t.range)?;
                } else {
                    self.expr(&n.target)?;
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.params_defaults(p)?;
                }
                self.enter(ScopeKind::Lambda, "<lambda>", l.range);
                if let Some(p) = &l.parameters {
                    self.params_bind(p)?;
                }
                self.expr(&l.body)?;
                self.leave();
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.expr(k)?;
                    }
                    self.expr(&it.value)?;
                }
            }
            Expr::Set(s) => s.elts.iter().try_for_each(|v| self.expr(v))?,
            Expr::ListComp(c) => self.comprehension(c.range, "<listcomp>", &c.generators, &[&c.elt], false)?,
            Expr::SetComp(c) => self.comprehension(c.range, "<setcomp>", &c.generators, &[&c.elt], false)?,
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c.range, "<dictcomp>", &c.generators, &elts, false)?
            }
            Expr::Generator(c) => self.comprehension(c.range, "<genexpr>", &c.generators, &[&c.elt], true)?,
            Expr::Await(a) => {
                if !self.cur().kind.is_function() && self.cur().kind != ScopeKind::Module {
                    return Err(self.err("'await' outside function", a.range));
                }
                if self.cur().kind == ScopeKind::Module {
                    return Err(self.err("'await' outside function", a.range));
                }
                self.expr(&a.value)?;
                if self.cur().kind == ScopeKind::Comprehension {
                    self.cur().coroutine = true;
                }
            }
            Expr::Yield(y) => {
                self.yield_check(y.range)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.yield_check(y.range)?;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                c.comparators.iter().try_for_each(|v| self.expr(v))?;
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                c.arguments.args.iter().try_for_each(|v| self.expr(v))?;
                c.arguments.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.fstring_element(el)?;
                }
            }
            Expr::TString(t) => return Err(self.err("template strings are not supported", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load | ast::ExprContext::Invalid => {
                    self.add_def(n.id.as_str(), def::USE, n.range)?;
                    let k = self.cur().kind;
                    if n.id.as_str() == "super" && k.is_function() {
                        self.add_def_raw(*self.stack.last().unwrap_or(&0), "__class__", def::USE, n.range)?;
                    }
                }
                _ => self.add_def(n.id.as_str(), def::LOCAL, n.range)?,
            },
            Expr::List(l) => l.elts.iter().try_for_each(|v| self.expr(v))?,
            Expr::Tuple(l) => l.elts.iter().try_for_each(|v| self.expr(v))?,
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p)?;
                }
            }
            Expr::IpyEscapeCommand(e) => return Err(self.err("invalid syntax", e.range)),
        }
        Ok(())
    }

    fn fstring_element(&mut self, el: &ast::InterpolatedStringElement) -> R {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for e in spec.elements.iter() {
                    self.fstring_element(e)?;
                }
            }
        }
        Ok(())
    }

    fn yield_check(&mut self, range: TextRange) -> R {
        let sc = self.cur();
        match sc.kind {
            ScopeKind::Module | ScopeKind::Class => Err(self.err("'yield' outside function", range)),
            ScopeKind::Comprehension => {
                let what = match sc.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(self.err(format!("'yield' inside {what}"), range))
            }
            _ => {
                sc.generator = true;
                Ok(())
            }
        }
    }
}

struct Analyzer<'a> {
    src: &'a str,
    filename: &'a str,
}

impl Analyzer<'_> {
    fn err(&self, msg: String, range: TextRange) -> CompileError {
        crate::syntax::error_at(self.src, self.filename, CompileErrorKind::SyntaxError, msg, range)
    }

    /// Analyzes block `id`; returns the names free in it (to be resolved by enclosing blocks).
    fn analyze(
        &mut self,
        st: &mut SymbolTable,
        id: usize,
        bound: &HashSet<String>,
        global: &mut HashSet<String>,
    ) -> Result<HashSet<String>, CompileError> {
        let kind = st.scopes[id].kind;
        let mut local: HashSet<String> = HashSet::new();
        let mut free: HashSet<String> = HashSet::new();
        let mut newglobal: HashSet<String> = HashSet::new();
        let mut newbound: HashSet<String> = HashSet::new();
        if kind == ScopeKind::Class {
            newglobal.extend(global.iter().cloned());
            newbound.extend(bound.iter().cloned());
        }
        let order = st.scopes[id].order.clone();
        for name in &order {
            let flags = st.scopes[id].flags[name];
            let range = st.scopes[id].ranges.get(name).copied().unwrap_or_default();
            let sc = if flags & def::GLOBAL != 0 {
                if flags & def::NONLOCAL != 0 {
                    return Err(self.err(format!("name '{name}' is nonlocal and global"), range));
                }
                global.insert(name.clone());
                NameScope::GlobalExplicit
            } else if flags & def::NONLOCAL != 0 {
                if !bound.contains(name) {
                    return Err(self.err(format!("no binding for nonlocal '{name}' found"), range));
                }
                free.insert(name.clone());
                NameScope::Free
            } else if flags & def::BOUND != 0 {
                local.insert(name.clone());
                global.remove(name);
                NameScope::Local
            } else if kind != ScopeKind::Class && bound.contains(name) {
                free.insert(name.clone());
                NameScope::Free
            } else if kind == ScopeKind::Class && bound.contains(name) && !global.contains(name) {
                // A class body reading a name bound in an enclosing function.
                free.insert(name.clone());
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            st.scopes[id].scopes.insert(name.clone(), sc);
        }
        if kind != ScopeKind::Class {
            if kind.is_function() {
                newbound.extend(local.iter().cloned());
            }
            newbound.extend(bound.iter().cloned());
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }
        let children = st.scopes[id].children.clone();
        let mut allfree: HashSet<String> = HashSet::new();
        for c in children {
            let mut g = newglobal.clone();
            let f = self.analyze(st, c, &newbound, &mut g)?;
            allfree.extend(f);
        }
        // Cells: locals of a function captured by children.
        if kind.is_function() {
            for name in local.iter() {
                if allfree.remove(name) {
                    st.scopes[id].scopes.insert(name.clone(), NameScope::Cell);
                }
            }
        }
        if kind == ScopeKind::Class && allfree.remove("__class__") {
            st.scopes[id].needs_class_cell = true;
        }
        // Free names of children that pass through (or stop at) this block.
        let mut passed: Vec<String> = Vec::new();
        for name in allfree {
            if let Some(&flags) = st.scopes[id].flags.get(&name) {
                if kind == ScopeKind::Class && flags & (def::BOUND | def::GLOBAL) != 0 {
                    *st.scopes[id].flags.entry(name.clone()).or_insert(0) |= def::FREE_CLASS;
                    continue;
                }
                let sc = st.scopes[id].scope_of(&name);
                if sc == NameScope::Free || sc == NameScope::Cell || sc == NameScope::GlobalExplicit {
                    if sc == NameScope::Free {
                        free.insert(name);
                    }
                    continue;
                }
                if sc == NameScope::Local {
                    continue;
                }
            }
            if !bound.contains(&name) {
                continue; // a global
            }
            passed.push(name);
        }
        for name in passed {
            st.scopes[id].scopes.insert(name.clone(), NameScope::Free);
            free.insert(name);
        }
        self.finish(st, id);
        Ok(free)
    }

    fn finish(&self, st: &mut SymbolTable, id: usize) {
        let sc = &mut st.scopes[id];
        let mut varnames = sc.params.clone();
        if sc.kind.is_function() {
            for n in &sc.order {
                if matches!(sc.scopes.get(n), Some(NameScope::Local) | Some(NameScope::Cell)) && !varnames.contains(n) {
                    varnames.push(n.clone());
                }
            }
        }
        let mut cells: Vec<String> = sc.scopes.iter().filter(|(_, s)| **s == NameScope::Cell).map(|(n, _)| n.clone()).collect();
        cells.sort();
        if sc.needs_class_cell {
            cells = vec!["__class__".to_string()];
        }
        let mut frees: Vec<String> = sc
            .scopes
            .iter()
            .filter(|(n, s)| {
                **s == NameScope::Free || sc.flags.get(*n).is_some_and(|f| f & def::FREE_CLASS != 0)
            })
            .map(|(n, _)| n.clone())
            .collect();
        frees.sort();
        sc.varnames = varnames;
        sc.cellvars = cells;
        sc.freevars = frees;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> SymbolTable {
        let m = crate::syntax::parse_module(src, "t.py").unwrap();
        build(src, "t.py", &m.body, None).unwrap()
    }
    fn find<'a>(st: &'a SymbolTable, name: &str) -> &'a Scope {
        st.scopes.iter().find(|s| s.name == name).unwrap()
    }

    #[test]
    fn locals_cells_and_frees() {
        let st = table("def f(a):\n    b = 1\n    def g():\n        return a + c\n    return g\nc = 2\n");
        let f = find(&st, "f");
        assert_eq!(f.scope_of("a"), NameScope::Cell);
        assert_eq!(f.scope_of("b"), NameScope::Local);
        assert_eq!(f.varnames, vec!["a", "b", "g"]);
        let g = find(&st, "g");
        assert_eq!(g.scope_of("a"), NameScope::Free);
        assert_eq!(g.scope_of("c"), NameScope::GlobalImplicit);
        assert_eq!(g.freevars, vec!["a"]);
    }

    #[test]
    fn class_scopes() {
        let st = table("def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return super().m(), y, __z\n    return C\n");
        let c = find(&st, "C");
        assert!(c.needs_class_cell);
        assert_eq!(c.scope_of("x"), NameScope::Free);
        let m = find(&st, "m");
        assert_eq!(m.scope_of("y"), NameScope::GlobalImplicit);
        assert_eq!(m.scope_of("__class__"), NameScope::Free);
        assert_eq!(m.scope_of("_C__z"), NameScope::GlobalImplicit);
    }

    #[test]
    fn comprehension_and_walrus() {
        let st = table("def f(xs):\n    return [y := x for x in xs], y\n");
        let c = find(&st, "<listcomp>");
        assert_eq!(c.params, vec![".0"]);
        assert_eq!(c.scope_of("y"), NameScope::Free);
        assert_eq!(find(&st, "f").scope_of("y"), NameScope::Cell);
        assert_eq!(c.scope_of("xs"), NameScope::GlobalImplicit);
    }

    #[test]
    fn errors() {
        let bad = |s: &str| {
            let m = crate::syntax::parse_module(s, "t.py").unwrap();
            build(s, "t.py", &m.body, None).unwrap_err().msg
        };
        assert_eq!(bad("return 1\n"), "'return' outside function");
        assert_eq!(bad("yield 1\n"), "'yield' outside function");
        assert_eq!(bad("nonlocal x\n"), "nonlocal declaration not allowed at module level");
        assert_eq!(bad("def f():\n    nonlocal x\n"), "no binding for nonlocal 'x' found");
        assert_eq!(bad("def f():\n    print(x)\n    global x\n"), "name 'x' is used prior to global declaration");
        assert_eq!(bad("def f():\n    x = 1\n    global x\n"), "name 'x' is assigned to before global declaration");
    }
}
