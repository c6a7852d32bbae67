//! Newline handling shared by `StringIO` and `TextIOWrapper`: the newline
//! modes, where a line ends in each mode, universal-newline translation and
//! the record of which newline kinds were seen.

use std::borrow::Cow;

use crate::error::PyResult;
use crate::object::exception::{type_error, value_error};
use crate::object::str::as_str;
use crate::object::Value;
use crate::vm::Vm;

use super::seen;

/// The `newline` argument of a text stream.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// `None`: universal newlines, translated to `\n`.
    Universal,
    /// `''`: any of `\r`, `\n`, `\r\n` ends a line, untranslated.
    Any,
    /// `'\n'`.
    Lf,
    /// `'\r'`.
    Cr,
    /// `'\r\n'`.
    CrLf,
}

impl Newline {
    /// Parses a `newline` argument (`default` when missing), with
    /// `TextIOWrapper`'s messages when `textio`, else `StringIO`'s.
    pub fn parse(vm: &mut Vm, v: Option<&Value>, default: Newline, textio: bool) -> PyResult<Newline> {
        let Some(v) = v else { return Ok(default) };
        if vm.is_none(v) {
            return Ok(Newline::Universal);
        }
        let Some(s) = as_str(v) else {
            let what = if textio { "TextIOWrapper() argument 'newline'" } else { "newline" };
            return Err(type_error(format!("{what} must be str or None, not {}", vm.type_name(v))));
        };
        Ok(match s {
            "" => Newline::Any,
            "\n" => Newline::Lf,
            "\r" => Newline::Cr,
            "\r\n" => Newline::CrLf,
            _ => {
                let r = if textio { s.to_string() } else { vm.repr_string(v)? };
                return Err(value_error(format!("illegal newline value: {r}")));
            }
        })
    }

    /// What `\n` becomes on writing (`None`: unchanged).
    pub fn write_form(self) -> Option<&'static str> {
        match self {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            _ => None,
        }
    }

    /// Whether the `newlines` attribute records what was seen.
    pub fn tracks(self) -> bool {
        matches!(self, Newline::Universal | Newline::Any)
    }
}

/// The byte offset just past the first line ending of `s` in `mode` (for
/// `Universal`, `s` is already translated and only `\n` counts). A `\r`
/// ending `s` in `Any` mode counts as a line end; callers that may get
/// more text check for that case themselves.
pub fn line_end(s: &str, mode: Newline) -> Option<usize> {
    let b = s.as_bytes();
    match mode {
        Newline::Universal | Newline::Lf => memchr(b'\n', b).map(|i| i + 1),
        Newline::Cr => memchr(b'\r', b).map(|i| i + 1),
        Newline::CrLf => {
            let mut from = 0;
            while let Some(i) = memchr(b'\r', &b[from..]) {
                let at = from + i;
                if b.get(at + 1) == Some(&b'\n') {
                    return Some(at + 2);
                }
                from = at + 1;
            }
            None
        }
        Newline::Any => {
            let i = memchr::memchr2(b'\r', b'\n', b)?;
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                Some(i + 2)
            } else {
                Some(i + 1)
            }
        }
    }
}

/// The first index of `c` in `b`.
#[inline]
pub fn memchr(c: u8, b: &[u8]) -> Option<usize> {
    memchr::memchr(c, b)
}

/// The newline kinds in `s` (a `\r` at its end counts as a lone one).
pub fn scan(s: &str) -> u8 {
    let b = s.as_bytes();
    if memchr(b'\r', b).is_none() {
        return if memchr(b'\n', b).is_some() { seen::LF } else { 0 };
    }
    let mut bits = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                bits |= seen::CRLF;
                i += 1;
            }
            b'\r' => bits |= seen::CR,
            b'\n' => bits |= seen::LF,
            _ => {}
        }
        i += 1;
    }
    bits
}

/// `s` with `\r\n` and lone `\r` turned into `\n`.
pub fn translate(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    if memchr(b'\r', b).is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for i in memchr::memchr_iter(b'\r', b) {
        // `\r` is ASCII, so every cut is on a character boundary.
        out.push_str(&s[last..i]);
        out.push('\n');
        last = if b.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
    }
    out.push_str(&s[last..]);
    Cow::Owned(out)
}

/// `s` with each `\n` written as the mode's newline.
pub fn untranslate(s: &str, mode: Newline) -> Cow<'_, str> {
    match mode.write_form() {
        Some(nl) if memchr(b'\n', s.as_bytes()).is_some() => Cow::Owned(s.replace('\n', nl)),
        _ => Cow::Borrowed(s),
    }
}

/// Number of code points in `s`.
#[inline]
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The byte offset `n` code points into `s` (its length if shorter).
#[inline]
pub fn advance(s: &str, n: usize) -> usize {
    if n >= s.len() {
        return s.len();
    }
    if s.as_bytes()[..n].is_ascii() {
        // Fast path: the first n bytes are n code points.
        return n;
    }
    s.char_indices().nth(n).map(|(i, _)| i).unwrap_or(s.len())
}
