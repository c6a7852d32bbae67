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

use crate::object::Value;

/// A Python exception in flight. One word: a box holding either a lazily
/// described exception (type + message, no object built yet) or the
/// exception object itself. Build it with the `#[cold]` constructors.
pub struct PyErr(Box<ErrState>);

/// What a `PyErr` holds.
pub enum ErrState {
    /// Not materialized: `ty(msg)` will be built when Python code needs it.
    Lazy {
        /// The exception class.
        ty: Value,
        /// The message (the single argument); `None` for no arguments.
        msg: Option<String>,
    },
    /// A materialized exception instance.
    Object(Value),
}

/// The result of anything that can raise a Python exception.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// An exception of class `ty` with message `msg`, built lazily.
    #[cold]
    pub fn new(ty: &Value, msg: impl Into<String>) -> PyErr {
        PyErr(Box::new(ErrState::Lazy { ty: ty.clone(), msg: Some(msg.into()) }))
    }
    /// An exception of class `ty` with no arguments.
    #[cold]
    pub fn new_empty(ty: &Value) -> PyErr {
        PyErr(Box::new(ErrState::Lazy { ty: ty.clone(), msg: None }))
    }
    /// Wraps an exception instance.
    #[cold]
    pub fn from_object(exc: Value) -> PyErr {
        PyErr(Box::new(ErrState::Object(exc)))
    }
    /// The state (lazy or materialized).
    pub fn state(&self) -> &ErrState {
        &self.0
    }
    /// Takes the state out.
    pub fn into_state(self) -> ErrState {
        *self.0
    }
    /// The exception's class.
    pub fn exc_type(&self) -> Value {
        match &*self.0 {
            ErrState::Lazy { ty, .. } => ty.clone(),
            ErrState::Object(v) => v.as_header().expect("exception object").type_value(),
        }
    }
}

impl fmt::Debug for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.0 {
            ErrState::Lazy { ty, msg } => write!(f, "PyErr(lazy {:?}: {:?})", ty, msg),
            ErrState::Object(v) => write!(f, "PyErr({:?})", v),
        }
    }
}
