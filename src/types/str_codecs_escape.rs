//! The `unicode_escape` and `raw_unicode_escape` codecs (CPython's
//! `PyUnicode_{Encode,Decode}{Raw,}UnicodeEscape`): Latin-1 text with
//! Python string-literal backslash escapes. Encoding never fails; decoding
//! reports truncated or out-of-range escapes through the error handler with
//! CPython's positions and reasons, and an unknown escape is kept as is
//! with a `DeprecationWarning` ("invalid escape sequence").

use super::str_codecs::{on_decode_error, Bad};
use crate::error::PyResult;
use crate::vm::Vm;

/// Appends `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for `u`.
fn push_hex_escape(out: &mut Vec<u8>, u: u32) {
    let s = if u >= 0x10000 {
        format!("\\U{u:08x}")
    } else if u >= 0x100 {
        format!("\\u{u:04x}")
    } else {
        format!("\\x{u:02x}")
    };
    out.extend_from_slice(s.as_bytes());
}

/// `str.encode('unicode_escape')`.
pub fn encode_unicode_escape(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(u as u8),
            _ => push_hex_escape(&mut out, u),
        }
    }
    out
}

/// `str.encode('raw_unicode_escape')`: Latin-1 characters as their byte,
/// the rest as `\u`/`\U` escapes.
pub fn encode_raw_unicode_escape(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x100 {
            out.push(u as u8);
        } else {
            push_hex_escape(&mut out, u);
        }
    }
    out
}

/// Reads up to `count` hex digits at `pos`: the value and the position
/// after the last digit read (fewer than `count` digits: `None` value).
fn hex_digits(b: &[u8], pos: usize, count: usize) -> (Option<u32>, usize) {
    let mut v: u32 = 0;
    let mut p = pos;
    while p < b.len() && p - pos < count {
        match (b[p] as char).to_digit(16) {
            Some(d) => v = (v << 4) | d,
            None => break,
        }
        p += 1;
    }
    (if p - pos == count { Some(v) } else { None }, p)
}

/// The character of an escape's value (`None` past U+10FFFF); a lone
/// surrogate, which Pyrite's str (UTF-8) cannot hold, is a NotImplementedError.
fn checked_char(v: u32, start: usize, end: usize) -> PyResult<Option<char>> {
    if (0xD800..0xE000).contains(&v) {
        return Err(crate::object::exception::not_implemented_error(format!(
            "the escape in position {start}-{} decodes to a lone surrogate, which Pyrite's str (UTF-8) cannot hold",
            end - 1
        )));
    }
    Ok(char::from_u32(v))
}

/// The message of a truncated `\x`/`\u`/`\U` escape.
fn truncated(kind: u8) -> &'static str {
    match kind {
        b'x' => "truncated \\xXX escape",
        b'u' => "truncated \\uXXXX escape",
        _ => "truncated \\UXXXXXXXX escape",
    }
}

/// A `\\x`, `\\u` or `\\U` escape whose hex digits follow.
struct HexEscape {
    /// `x`, `u` or `U`.
    kind: u8,
    /// Position of the backslash.
    start: usize,
    /// The reason for a value past U+10FFFF.
    out_of_range: &'static str,
}

impl HexEscape {
    /// Reads the digits at `pos`, appends the character (or applies the
    /// error handler) and returns the position after the escape.
    fn decode(&self, vm: &mut Vm, enc: &str, b: &[u8], pos: usize, errors: &str, out: &mut String) -> PyResult<usize> {
        let count = match self.kind {
            b'x' => 2,
            b'u' => 4,
            _ => 8,
        };
        let (v, end) = hex_digits(b, pos, count);
        let start = self.start;
        match v.map(|v| checked_char(v, start, end)).transpose()? {
            Some(Some(ch)) => out.push(ch),
            Some(None) => on_decode_error(vm, enc, b, errors, Bad { start, end, reason: self.out_of_range }, out)?,
            None => on_decode_error(vm, enc, b, errors, Bad { start, end, reason: truncated(self.kind) }, out)?,
        }
        Ok(end)
    }
}

/// Issues the DeprecationWarning CPython gives for the first unknown escape
/// of a `unicode_escape` decode (attributed to the calling Python line).
fn warn_invalid_escape(vm: &mut Vm, c: u8) -> PyResult<()> {
    let warnings = crate::vm::import::import_full(vm, "warnings")?;
    let warn = vm.getattr_str(&warnings, "warn")?;
    let msg = vm.str(format!("invalid escape sequence '\\{}'", c as char));
    let cat = crate::object::registry::t().named("DeprecationWarning");
    vm.call(&warn, &[msg, cat])?;
    Ok(())
}

/// `bytes.decode('unicode_escape', errors)`.
pub fn decode_unicode_escape(vm: &mut Vm, b: &[u8], errors: &str) -> PyResult<String> {
    const ENC: &str = "unicodeescape";
    let mut out = String::with_capacity(b.len());
    let mut first_invalid: Option<u8> = None;
    let mut pos = 0;
    while pos < b.len() {
        let c = b[pos];
        if c != b'\\' {
            out.push(c as char);
            pos += 1;
            continue;
        }
        let start = pos;
        let Some(&e) = b.get(pos + 1) else {
            on_decode_error(vm, ENC, b, errors, Bad { start, end: b.len(), reason: "\\ at end of string" }, &mut out)?;
            break;
        };
        pos += 2;
        let simple = match e {
            b'\n' => Some(None),
            b'\\' | b'\'' | b'"' => Some(Some(e as char)),
            b'b' => Some(Some('\u{8}')),
            b'f' => Some(Some('\u{c}')),
            b't' => Some(Some('\t')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b'v' => Some(Some('\u{b}')),
            b'a' => Some(Some('\u{7}')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch);
            continue;
        }
        match e {
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && pos < b.len() && (b'0'..=b'7').contains(&b[pos]) {
                    v = v * 8 + (b[pos] - b'0') as u32;
                    pos += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            b'x' | b'u' | b'U' => {
                let esc = HexEscape { kind: e, start, out_of_range: "illegal Unicode character" };
                pos = esc.decode(vm, ENC, b, pos, errors, &mut out)?;
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if b.get(pos) != Some(&b'{') {
                    on_decode_error(vm, ENC, b, errors, Bad { start, end: pos, reason: malformed }, &mut out)?;
                    continue;
                }
                let name_start = pos + 1;
                let Some(len) = b[name_start..].iter().position(|&c| c == b'}') else {
                    on_decode_error(vm, ENC, b, errors, Bad { start, end: b.len(), reason: malformed }, &mut out)?;
                    break;
                };
                if len == 0 {
                    // CPython's error range stops before the `}`.
                    pos = name_start;
                    on_decode_error(vm, ENC, b, errors, Bad { start, end: pos, reason: malformed }, &mut out)?;
                    continue;
                }
                let end = name_start + len + 1;
                pos = end;
                let name = String::from_utf8_lossy(&b[name_start..name_start + len]).into_owned();
                match unicode_names2::character(&name) {
                    Some(ch) => out.push(ch),
                    None => {
                        let bad = Bad { start, end, reason: "unknown Unicode character name" };
                        on_decode_error(vm, ENC, b, errors, bad, &mut out)?
                    }
                }
            }
            _ => {
                first_invalid.get_or_insert(e);
                out.push('\\');
                out.push(e as char);
            }
        }
    }
    if let Some(c) = first_invalid {
        warn_invalid_escape(vm, c)?;
    }
    Ok(out)
}

/// `bytes.decode('raw_unicode_escape', errors)`: only `\u`/`\U` after an
/// odd run of backslashes are escapes; every other byte is Latin-1.
pub fn decode_raw_unicode_escape(vm: &mut Vm, b: &[u8], errors: &str) -> PyResult<String> {
    const ENC: &str = "rawunicodeescape";
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        let c = b[pos];
        pos += 1;
        if c != b'\\' || pos >= b.len() {
            out.push(c as char);
            continue;
        }
        let start = pos - 1;
        let e = b[pos];
        pos += 1;
        if e != b'u' && e != b'U' {
            out.push('\\');
            out.push(e as char);
            continue;
        }
        let esc = HexEscape { kind: e, start, out_of_range: "\\Uxxxxxxxx out of range" };
        pos = esc.decode(vm, ENC, b, pos, errors, &mut out)?;
    }
    Ok(out)
}
