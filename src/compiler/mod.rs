//! The bytecode compiler: source -> `Code` (parse, symbol table, code
//! generation, assembly), structured like CPython 3.11's compiler.
//!
//! Entry point: `compile(source, filename, mode)`. Every failure, whatever
//! the input, is a `CompileError` (never a panic).

#![forbid(unsafe_code)]

pub mod assemble;
mod codegen;
pub mod fold;
pub mod symtable;

use std::rc::Rc;

use ruff_text_size::Ranged;

use crate::bytecode::{Code, Const, Op};
use crate::error::CompileError;

/// What kind of source `compile` accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: statements; the code returns None.
    Exec,
    /// One expression; the code returns its value.
    Eval,
    /// One interactive statement: expression statements print their value (`PRINT_EXPR`).
    Single,
}

/// A `SyntaxWarning` found while compiling (CPython emits these through
/// the `warnings` machinery once the code is compiled).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    /// The file being compiled.
    pub filename: String,
    /// The line the warning is about.
    pub lineno: u32,
    /// The message.
    pub message: String,
    /// The `SyntaxError` it becomes when the warning filter says "error".
    pub as_error: Box<CompileError>,
}

thread_local! {
    static WARNINGS: std::cell::RefCell<Vec<CompileWarning>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Takes the warnings of the last successful `compile` (in source order).
pub fn take_warnings() -> Vec<CompileWarning> {
    WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
}

fn record_warning(w: CompileWarning) {
    WARNINGS.with(|ws| ws.borrow_mut().push(w));
}

static OPTIMIZE: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// `-O` (1: no asserts, `__debug__` is False) and `-OO` (2: no docstrings
/// either), as CPython's optimization levels.
pub fn set_optimize(level: u8) {
    OPTIMIZE.store(level.min(2), std::sync::atomic::Ordering::Relaxed);
}

/// The optimization level code is compiled at (`sys.flags.optimize`).
pub fn optimize() -> u8 {
    OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed)
}

/// Compiles `source` to a module-level code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, CompileError> {
    take_warnings();
    let r = compile_unit(source, filename, mode);
    if r.is_err() {
        take_warnings();
    }
    r
}

fn compile_unit(source: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, CompileError> {
    match mode {
        Mode::Eval => {
            let m = crate::syntax::parse_expression(source, filename)?;
            let st = symtable::build(source, filename, &[], Some(&m.body))?;
            let mut c = codegen::Compiler::new(source, filename, st);
            c.enter_unit(0, "<module>", "<module>".to_string(), 1);
            c.set_line(m.body.range());
            c.expr(&m.body)?;
            c.emit0(Op::ReturnValue);
            c.exit_unit()
        }
        Mode::Exec | Mode::Single => {
            let m = crate::syntax::parse_module(source, filename)?;
            let st = symtable::build(source, filename, &m.body, None)?;
            let mut c = codegen::Compiler::new(source, filename, st);
            c.interactive = mode == Mode::Single;
            c.enter_unit(0, "<module>", "<module>".to_string(), 1);
            if codegen::stmt_find_ann(&m.body) {
                c.emit0(Op::SetupAnnotations);
            }
            let mut body = &m.body[..];
            if mode == Mode::Exec {
                if let Some(d) = codegen::docstring(body) {
                    c.set_line(body[0].range());
                    c.load_const(Const::Str(Rc::from(d.as_str())));
                    c.emit_name(Op::StoreName, "__doc__");
                    c.unit().docstring = Some(Rc::from(d.as_str()));
                    body = &body[1..];
                }
            }
            c.stmts(body)?;
            c.load_const(Const::None);
            c.emit0(Op::ReturnValue);
            c.exit_unit()
        }
    }
}

#[cfg(test)]
mod tests;
