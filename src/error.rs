//! Error types: `CompileError` (syntax errors from the front end and the
//! compiler) and `PyErr` / `PyResult` (Python exceptions as Rust values).
//!
//! A `PyErr` is one word: a box holding either a lazily described exception
//! (type + message, no object built yet) or a real exception object.
//! Constructors are `#[cold]`: raising is the slow path.

use std::fmt;

/// Which SyntaxError subclass a compile error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// `SyntaxError`
    SyntaxError,
    /// `IndentationError`
    IndentationError,
    /// `TabError`
    TabError,
}

impl CompileErrorKind {
    /// The Python exception class name.
    pub fn name(self) -> &'static str {
        match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error found while parsing or compiling, with CPython's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// The exception class.
    pub kind: CompileErrorKind,
    /// The message, as CPython words it (`invalid syntax`, `'return' outside function`, ...).
    pub msg: String,
    /// File name as given.
    pub filename: String,
    /// 1-based line.
    pub lineno: u32,
    /// 1-based column (character offset) of the start of the error.
    pub col: u32,
    /// 1-based end line.
    pub end_lineno: u32,
    /// 1-based end column (exclusive).
    pub end_col: u32,
    /// The source line, without its newline.
    pub text: Option<String>,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} ({}, line {})", self.kind.name(), self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for CompileError {}
