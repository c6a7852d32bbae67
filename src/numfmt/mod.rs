//! Pure-Rust numeric helpers reproducing CPython 3.11's exact results.
//!
//! Nothing in here depends on the VM: every function takes plain Rust
//! values (`f64`, `i64`, [`BigInt`](num_bigint::BigInt), `&str`) and returns
//! plain values or a [`NumError`] carrying the Python exception kind and the
//! exact CPython message, so the VM only has to raise it.
//!
//! * [`float_repr`](mod@float_repr): `repr(float)` / `str(float)` and the general
//!   `PyOS_double_to_string` engine used by every float formatter.
//! * [`format_spec`]: the `format()` mini-language for int, float and str.
//! * [`percent`]: printf-style `%` formatting (template parser + field
//!   formatters).
//! * [`parse`]: `int(str, base)`, `float(str)`, `bin`/`oct`/`hex`.
//! * [`hash`]: the numeric hash (modulus 2**61 - 1).
//! * [`arith`]: floor division/modulo, float rounding, true division of
//!   ints, `float ** float`, `float.hex`/`fromhex`, `as_integer_ratio`.
#![forbid(unsafe_code)]

pub mod arith;
pub mod float_repr;
pub mod format_spec;
pub mod hash;
pub mod parse;
pub mod percent;

pub use arith::*;
pub use float_repr::{double_to_string, float_repr, DtoaFlags};
pub use format_spec::{
    format_float, format_int, format_str, parse_format_spec, FormatSpec, Grouping,
};
pub use hash::*;
pub use parse::{int_to_str_radix, parse_float, parse_int};
pub use percent::{
    parse_percent, percent_char, percent_char_from_int, percent_float, percent_int, percent_str, ConversionSpec, Count,
    PercentFlags, PercentParser, ResolvedSpec, Segment,
};

use std::fmt;

/// The Python exception class a [`NumError`] should be raised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    /// `ValueError`
    ValueError,
    /// `OverflowError`
    OverflowError,
    /// `ZeroDivisionError`
    ZeroDivisionError,
    /// `TypeError`
    TypeError,
    /// `NotImplementedError` (a limitation of Pyrite, e.g. lone surrogates)
    NotImplementedError,
}

/// An error to be raised by the VM: exception class plus CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    /// Which exception class to raise.
    pub kind: ExcKind,
    /// The exact CPython message.
    pub msg: String,
}

impl NumError {
    /// A `ValueError` with the given message.
    pub fn value(msg: impl Into<String>) -> Self {
        NumError { kind: ExcKind::ValueError, msg: msg.into() }
    }
    /// An `OverflowError` with the given message.
    pub fn overflow(msg: impl Into<String>) -> Self {
        NumError { kind: ExcKind::OverflowError, msg: msg.into() }
    }
    /// A `ZeroDivisionError` with the given message.
    pub fn zero_div(msg: impl Into<String>) -> Self {
        NumError { kind: ExcKind::ZeroDivisionError, msg: msg.into() }
    }
    /// A `NotImplementedError` naming a limitation of Pyrite.
    pub fn not_implemented(msg: impl Into<String>) -> Self {
        NumError { kind: ExcKind::NotImplementedError, msg: msg.into() }
    }
    /// A `TypeError` with the given message.
    pub fn type_error(msg: impl Into<String>) -> Self {
        NumError { kind: ExcKind::TypeError, msg: msg.into() }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for NumError {}

#[cfg(test)]
mod tests;
