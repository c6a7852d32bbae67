//! Malformed numeric literals, reported with the messages of CPython's
//! tokenizer ("leading zeros in decimal integer literals are not permitted;
//! ...", "invalid digit '2' in binary literal", "invalid decimal literal",
//! ...). The parser only says "invalid syntax" for these.
//!
//! `check` is called by the bracket scan in `mod.rs` at each byte that can
//! start a number outside strings, comments and identifiers.

/// A malformed literal: the byte range to underline and the message.
pub struct NumberError {
    /// First byte underlined.
    pub start: usize,
    /// One past the last byte underlined.
    pub end: usize,
    /// CPython's message.
    pub msg: String,
    /// Where the literal starts.
    pub literal: usize,
}

fn err(start: usize, end: usize, msg: impl Into<String>) -> Option<NumberError> {
    Some(NumberError { start, end: end.max(start + 1), msg: msg.into(), literal: start })
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Digits of one base with single `_` separators from `i`: the index after
/// them, or the error for a `_` not followed by a digit.
fn digits(b: &[u8], mut i: usize, ok: impl Fn(u8) -> bool, kind: &str) -> Result<usize, Option<NumberError>> {
    while i < b.len() {
        if ok(b[i]) {
            i += 1;
        } else if b[i] == b'_' {
            if i + 1 < b.len() && ok(b[i + 1]) {
                i += 1;
            } else {
                return Err(err(i, i + 1, format!("invalid {kind} literal")));
            }
        } else {
            break;
        }
    }
    Ok(i)
}

/// CPython's `verify_end_of_number`: a literal directly followed by a name
/// character is an error, except before the keywords `and`, `else`, `for`,
/// `if`, `in`, `is`, `not`, `or` (a warning only).
fn end_ok(b: &[u8], i: usize) -> bool {
    let rest = &b[i.min(b.len())..];
    let Some(&c) = rest.first() else { return true };
    let keyword = [&b"and"[..], b"else", b"for", b"if", b"in", b"is", b"not", b"or"].iter().any(|k| rest.starts_with(k));
    keyword || !is_ident_byte(c) || c >= 0x80
}

fn end(b: &[u8], last: usize, i: usize, kind: &str) -> Option<NumberError> {
    if end_ok(b, i) {
        None
    } else {
        err(last, last + 1, format!("invalid {kind} literal"))
    }
}

/// Checks the literal starting at `start` (a digit, or `.` before a digit).
/// Returns the error and the index after the literal.
pub fn check(b: &[u8], start: usize) -> (Option<NumberError>, usize) {
    match scan(b, start) {
        Ok(i) => (None, i),
        Err(e) => (e.map(|e| NumberError { literal: start, ..e }), (start + 1).max(e_end(b, start))),
    }
}

/// The end of the run of name characters from `start` (to resume scanning
/// after a malformed literal).
fn e_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (is_ident_byte(b[i]) || b[i] == b'.') {
        i += 1;
    }
    i
}

fn scan(b: &[u8], start: usize) -> Result<usize, Option<NumberError>> {
    let dec = |c: u8| c.is_ascii_digit();
    let mut i = start;
    if b[i] == b'0' && i + 1 < b.len() && matches!(b[i + 1] | 0x20, b'x' | b'o' | b'b') {
        let (kind, ok): (&str, fn(u8) -> bool) = match b[i + 1] | 0x20 {
            b'x' => ("hexadecimal", |c: u8| c.is_ascii_hexdigit()),
            b'o' => ("octal", |c: u8| (b'0'..=b'7').contains(&c)),
            _ => ("binary", |c: u8| c == b'0' || c == b'1'),
        };
        i += 2;
        // An optional `_` after the prefix, then at least one digit.
        if i < b.len() && b[i] == b'_' {
            i += 1;
        }
        if i >= b.len() || !ok(b[i]) {
            if i < b.len() && b[i].is_ascii_digit() {
                return Err(err(i, i + 1, format!("invalid digit '{}' in {kind} literal", b[i] as char)));
            }
            return Err(err(i - 1, i, format!("invalid {kind} literal")));
        }
        i = digits(b, i, ok, kind)?;
        if i < b.len() && b[i].is_ascii_digit() {
            return Err(err(i, i + 1, format!("invalid digit '{}' in {kind} literal", b[i] as char)));
        }
        return match end(b, i - 1, i, kind) {
            None => Ok(i),
            e => Err(e),
        };
    }
    if b[i] == b'0' {
        // Zeros (`0_0` too), then other digits only before a fraction,
        // an exponent or `j`.
        while i < b.len() && (b[i] == b'0' || b[i] == b'_') {
            if b[i] == b'_' && !(i + 1 < b.len() && dec(b[i + 1])) {
                return Err(err(i, i + 1, "invalid decimal literal"));
            }
            i += 1;
        }
        let nonzero = i;
        if i < b.len() && dec(b[i]) {
            i = digits(b, i, dec, "decimal")?;
            if !(i < b.len() && matches!(b[i], b'.' | b'e' | b'E' | b'j' | b'J')) {
                return Err(err(start, nonzero, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"));
            }
        }
    } else if b[i] != b'.' {
        i = digits(b, i, dec, "decimal")?;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        if i < b.len() && dec(b[i]) {
            i = digits(b, i, dec, "decimal")?;
        }
    }
    if i < b.len() && (b[i] | 0x20) == b'e' {
        let e = i;
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
            if !(j < b.len() && dec(b[j])) {
                return Err(err(j - 1, j, "invalid decimal literal"));
            }
        } else if !(j < b.len() && dec(b[j])) {
            // `1else` is the number 1 and a keyword; `1e` alone is an error.
            return match end(b, start, e, "decimal") {
                None => Ok(e),
                Some(_) => Err(err(e - 1, e, "invalid decimal literal")),
            };
        }
        i = digits(b, j, dec, "decimal")?;
    }
    if i < b.len() && (b[i] | 0x20) == b'j' {
        i += 1;
        return match end(b, i - 1, i, "imaginary") {
            None => Ok(i),
            e => Err(e),
        };
    }
    match end(b, i - 1, i, "decimal") {
        None => Ok(i),
        e => Err(e),
    }
}
