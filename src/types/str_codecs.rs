//! Text codecs for `str.encode` / `bytes.decode` / `str(b, enc)`: utf-8,
//! utf-8-sig, utf-16 (le/be), utf-32 (le/be), ascii, latin-1, the
//! single-byte charmap encodings (cp1252, cp437, iso8859-15, koi8-r, ...:
//! `charmap_tables`), unicode_escape and raw_unicode_escape
//! (`str_codecs_escape`), with CPython's encoding-name normalization and
//! aliases, the error
//! handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace)
//! and `UnicodeEncodeError` / `UnicodeDecodeError` with CPython's ranges and
//! reasons.

use super::charmap_tables::{Charmap, CHARMAPS};
use crate::error::{PyErr, PyResult};
use crate::object::registry::{add_method, t};
use crate::object::{Args, BuiltinKind, Value};
use crate::vm::Vm;

/// A codec known to Pyrite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    /// UTF-8.
    Utf8,
    /// UTF-8 with a BOM.
    Utf8Sig,
    /// UTF-16 with a BOM (little-endian without one).
    Utf16,
    /// UTF-16 little-endian.
    Utf16Le,
    /// UTF-16 big-endian.
    Utf16Be,
    /// UTF-32 with a BOM (little-endian without one).
    Utf32,
    /// UTF-32 little-endian.
    Utf32Le,
    /// UTF-32 big-endian.
    Utf32Be,
    /// 7-bit ASCII.
    Ascii,
    /// ISO-8859-1.
    Latin1,
    /// A single-byte encoding: index into `charmap_tables::CHARMAPS`.
    Charmap(u8),
    /// Latin-1 with Python backslash escapes.
    UnicodeEscape,
    /// Latin-1 with `\u`/`\U` escapes only.
    RawUnicodeEscape,
}

/// Spellings of CPython's bytes-to-bytes and str-to-str codecs, which
/// `str.encode`/`bytes.decode` refuse ("not a text encoding").
const NON_TEXT_CODECS: &[&str] = &[
    "base64", "base_64", "base64_codec", "bz2", "bz2_codec", "hex", "hex_codec", "quopri", "quotedprintable",
    "quoted_printable", "quopri_codec", "rot13", "rot_13", "uu", "uu_codec", "zip", "zlib", "zlib_codec",
];

/// CPython's `encodings.normalize_encoding` (after the lowercasing done by
/// `codecs.lookup`): runs of characters other than ASCII alphanumerics and
/// `.` become one `_`, leading/trailing ones are dropped.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// Looks up a codec by name (CPython's normalization and alias table).
pub fn lookup(name: &str) -> Option<Codec> {
    let n = normalize(name);
    let n2 = n.replace('.', "_");
    let find = |k: &str| -> Option<Codec> {
        Some(match k {
            "utf_8" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
            "utf_8_sig" => Codec::Utf8Sig,
            "utf_16" | "u16" | "utf16" => Codec::Utf16,
            "utf_16_le" | "utf_16le" => Codec::Utf16Le,
            "utf_16_be" | "utf_16be" => Codec::Utf16Be,
            "utf_32" | "u32" | "utf32" => Codec::Utf32,
            "utf_32_le" | "utf_32le" => Codec::Utf32Le,
            "utf_32_be" | "utf_32be" => Codec::Utf32Be,
            "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii"
            | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Codec::Ascii,
            "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1" | "iso_8859_1"
            | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => Codec::Latin1,
            "unicode_escape" => Codec::UnicodeEscape,
            "raw_unicode_escape" => Codec::RawUnicodeEscape,
            _ => {
                let i = CHARMAPS.iter().position(|m| m.spellings.contains(&k))?;
                Codec::Charmap(i as u8)
            }
        })
    };
    find(&n).or_else(|| find(&n2))
}

fn unknown_encoding(name: &str) -> PyErr {
    let n = normalize(name);
    if NON_TEXT_CODECS.contains(&n.as_str()) {
        return crate::object::exception::lookup_error(format!(
            "'{name}' is not a text encoding; use codecs.encode() to handle arbitrary codecs"
        ));
    }
    crate::object::exception::lookup_error(format!("unknown encoding: {}", name))
}

/// The canonical name of an encoding Pyrite knows (`codecs.lookup(name).name`).
pub fn canonical_name(name: &str) -> Option<&'static str> {
    Some(match lookup(name)? {
        Codec::Utf8 => "utf-8",
        Codec::Utf8Sig => "utf-8-sig",
        Codec::Utf16 => "utf-16",
        Codec::Utf16Le => "utf-16-le",
        Codec::Utf16Be => "utf-16-be",
        Codec::Utf32 => "utf-32",
        Codec::Utf32Le => "utf-32-le",
        Codec::Utf32Be => "utf-32-be",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "iso8859-1",
        Codec::Charmap(i) => CHARMAPS[i as usize].name,
        Codec::UnicodeEscape => "unicode-escape",
        Codec::RawUnicodeEscape => "raw-unicode-escape",
    })
}

fn unknown_handler(errors: &str) -> PyErr {
    crate::object::exception::lookup_error(format!("unknown error handler name '{}'", errors))
}

/// The character a charmap encoding gives byte `b` (None: undefined).
fn charmap_decode_byte(map: &Charmap, b: u8) -> Option<char> {
    match map.table[b as usize] {
        0xFFFE => None,
        u => char::from_u32(u as u32),
    }
}

/// The byte a charmap encoding gives `c` (None: not in the encoding).
fn charmap_encode_char(map: &Charmap, c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 && map.table[u as usize] == u as u16 {
        return Some(u as u8);
    }
    if u >= 0xFFFE {
        return None;
    }
    map.table.iter().position(|&m| m == u as u16).map(|i| i as u8)
}

// ---------------------------------------------------------------- encoding

/// Encodes `s` with `encoding` and the `errors` handler.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding).ok_or_else(|| unknown_encoding(encoding))?;
    let mut out = Vec::with_capacity(s.len());
    match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            out.extend_from_slice(b"\xef\xbb\xbf");
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let be = codec == Codec::Utf16Be;
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let be = codec == Codec::Utf32Be;
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
        Codec::UnicodeEscape => return Ok(super::str_codecs_escape::encode_unicode_escape(s)),
        Codec::RawUnicodeEscape => return Ok(super::str_codecs_escape::encode_raw_unicode_escape(s)),
        _ => {}
    }
    let (name, reason) = match codec {
        Codec::Ascii => ("ascii", "ordinal not in range(128)"),
        Codec::Latin1 => ("latin-1", "ordinal not in range(256)"),
        _ => ("charmap", "character maps to <undefined>"),
    };
    let enc_one = |c: char| -> Option<u8> {
        match codec {
            Codec::Ascii => (c.is_ascii()).then_some(c as u8),
            Codec::Latin1 => ((c as u32) < 256).then_some(c as u32 as u8),
            Codec::Charmap(i) => charmap_encode_char(&CHARMAPS[i as usize], c),
            _ => None,
        }
    };
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(b) = enc_one(c) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && enc_one(chars[end]).is_none() {
            end += 1;
        }
        let replacement: String = match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let obj = vm.str(s);
                return Err(encode_error(vm, name, obj, i, end, reason));
            }
            "ignore" => String::new(),
            "replace" => "?".repeat(end - i),
            "backslashreplace" => chars[i..end].iter().map(|&c| escape_char(c)).collect(),
            "namereplace" => chars[i..end]
                .iter()
                .map(|&c| match unicode_names2::name(c) {
                    Some(n) => format!("\\N{{{n}}}"),
                    None => escape_char(c),
                })
                .collect(),
            "xmlcharrefreplace" => chars[i..end].iter().map(|&c| format!("&#{};", c as u32)).collect(),
            _ => return Err(unknown_handler(errors)),
        };
        // The replacement is itself encoded (EBCDIC codecs map '?' elsewhere).
        for c in replacement.chars() {
            match enc_one(c) {
                Some(b) => out.push(b),
                None => {
                    let obj = vm.str(s);
                    return Err(encode_error(vm, name, obj, i, end, reason));
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for `c` (backslashreplace).
fn escape_char(c: char) -> String {
    let u = c as u32;
    if u <= 0xff {
        format!("\\x{:02x}", u)
    } else if u <= 0xffff {
        format!("\\u{:04x}", u)
    } else {
        format!("\\U{:08x}", u)
    }
}

fn encode_error(vm: &mut Vm, enc: &str, obj: Value, start: usize, end: usize, reason: &str) -> PyErr {
    let args = vec![vm.str(enc), obj, vm.int(start as i64), vm.int(end as i64), vm.str(reason)];
    super::exception::raise_new(vm, &t().named("UnicodeEncodeError"), args)
}

// ---------------------------------------------------------------- decoding

/// One undecodable range of the input.
pub(super) struct Bad {
    /// First bad byte.
    pub start: usize,
    /// Past the last bad byte.
    pub end: usize,
    /// CPython's reason text.
    pub reason: &'static str,
}

/// Applies the error handler to a bad range: extends `out` or returns the
/// exception to raise.
pub(super) fn on_decode_error(vm: &mut Vm, enc: &str, input: &[u8], errors: &str, bad: Bad, out: &mut String) -> PyResult<()> {
    if errors == "surrogatepass" && decodes_to_surrogate(enc, input, &bad) {
        return Err(crate::object::exception::not_implemented_error(format!(
            "'{enc}' codec with errors='surrogatepass': the bytes in position {}-{} decode to a lone surrogate, \
             which Pyrite's str (UTF-8) cannot hold",
            bad.start,
            // A UTF-8 surrogate is three bytes (the error covers the first).
            if enc == "utf-8" { bad.start + 2 } else { bad.end - 1 }
        )));
    }
    match errors {
        "strict" | "surrogatepass" => {
            let args = vec![
                vm.str(enc),
                vm.bytes(input.to_vec()),
                vm.int(bad.start as i64),
                vm.int(bad.end as i64),
                vm.str(bad.reason),
            ];
            Err(super::exception::raise_new(vm, &t().named("UnicodeDecodeError"), args))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &input[bad.start..bad.end] {
                out.push_str(&format!("\\x{:02x}", b));
            }
            Ok(())
        }
        "surrogateescape" => Err(crate::object::exception::not_implemented_error(
            "the 'surrogateescape' error handler is not supported (str cannot hold lone surrogates)",
        )),
        _ => Err(unknown_handler(errors)),
    }
}

/// Whether the bad range is a lone surrogate that `surrogatepass` would
/// let through (CPython then returns a str holding it).
fn decodes_to_surrogate(enc: &str, input: &[u8], bad: &Bad) -> bool {
    if enc.starts_with("utf-16") {
        return bad.reason != "truncated data";
    }
    if enc.starts_with("utf-32") {
        return bad.reason.contains("surrogate");
    }
    enc == "utf-8" && matches!(input.get(bad.start..), Some([0xED, 0xA0..=0xBF, 0x80..=0xBF, ..]))
}

fn decode_utf8(vm: &mut Vm, input: &[u8], base: usize, errors: &str, out: &mut String) -> PyResult<()> {
    let full = input;
    let mut pos = base;
    loop {
        let rest = &full[pos..];
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(());
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let start = pos + good;
                let b = full[start];
                let bad = match e.error_len() {
                    Some(n) => {
                        let reason = if (0x80..=0xC1).contains(&b) || b >= 0xF5 {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        Bad { start, end: start + n, reason }
                    }
                    None => Bad { start, end: full.len(), reason: "unexpected end of data" },
                };
                let end = bad.end;
                on_decode_error(vm, "utf-8", full, errors, bad, out)?;
                pos = end;
            }
        }
    }
}

fn decode_utf16(vm: &mut Vm, input: &[u8], mut pos: usize, be: bool, errors: &str, out: &mut String) -> PyResult<()> {
    let name = if be { "utf-16-be" } else { "utf-16-le" };
    let unit = |i: usize| -> u16 {
        let p = [input[i], input[i + 1]];
        if be {
            u16::from_be_bytes(p)
        } else {
            u16::from_le_bytes(p)
        }
    };
    let n = input.len();
    while pos < n {
        if pos + 1 >= n {
            on_decode_error(vm, name, input, errors, Bad { start: pos, end: n, reason: "truncated data" }, out)?;
            break;
        }
        let u = unit(pos);
        if !(0xD800..0xE000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
            pos += 2;
            continue;
        }
        if u >= 0xDC00 {
            on_decode_error(vm, name, input, errors, Bad { start: pos, end: pos + 2, reason: "illegal encoding" }, out)?;
            pos += 2;
            continue;
        }
        if pos + 3 >= n {
            on_decode_error(vm, name, input, errors, Bad { start: pos, end: n, reason: "unexpected end of data" }, out)?;
            break;
        }
        let u2 = unit(pos + 2);
        if (0xDC00..0xE000).contains(&u2) {
            let c = 0x10000 + (((u as u32) - 0xD800) << 10) + ((u2 as u32) - 0xDC00);
            out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
            pos += 4;
        } else {
            let bad = Bad { start: pos, end: pos + 2, reason: "illegal UTF-16 surrogate" };
            on_decode_error(vm, name, input, errors, bad, out)?;
            pos += 2;
        }
    }
    Ok(())
}

fn decode_utf32(vm: &mut Vm, input: &[u8], mut pos: usize, be: bool, errors: &str, out: &mut String) -> PyResult<()> {
    let name = if be { "utf-32-be" } else { "utf-32-le" };
    let n = input.len();
    while pos < n {
        if pos + 3 >= n {
            on_decode_error(vm, name, input, errors, Bad { start: pos, end: n, reason: "truncated data" }, out)?;
            break;
        }
        let p = [input[pos], input[pos + 1], input[pos + 2], input[pos + 3]];
        let u = if be { u32::from_be_bytes(p) } else { u32::from_le_bytes(p) };
        match char::from_u32(u) {
            Some(c) => out.push(c),
            None => {
                let reason = if (0xD800..0xE000).contains(&u) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                on_decode_error(vm, name, input, errors, Bad { start: pos, end: pos + 4, reason }, out)?;
            }
        }
        pos += 4;
    }
    Ok(())
}

/// Decodes `b` with `encoding` and the `errors` handler.
pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(encoding).ok_or_else(|| unknown_encoding(encoding))?;
    let mut out = String::with_capacity(b.len());
    match codec {
        Codec::Utf8 => decode_utf8(vm, b, 0, errors, &mut out)?,
        Codec::Utf8Sig => {
            let rest = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b);
            decode_utf8(vm, rest, 0, errors, &mut out)?
        }
        Codec::Utf16 => {
            let (be, start) = match b {
                [0xff, 0xfe, ..] => (false, 2),
                [0xfe, 0xff, ..] => (true, 2),
                _ => (false, 0),
            };
            decode_utf16(vm, b, start, be, errors, &mut out)?
        }
        Codec::Utf16Le => decode_utf16(vm, b, 0, false, errors, &mut out)?,
        Codec::Utf16Be => decode_utf16(vm, b, 0, true, errors, &mut out)?,
        Codec::Utf32 => {
            let (be, start) = match b {
                [0xff, 0xfe, 0, 0, ..] => (false, 4),
                [0, 0, 0xfe, 0xff, ..] => (true, 4),
                _ => (false, 0),
            };
            decode_utf32(vm, b, start, be, errors, &mut out)?
        }
        Codec::Utf32Le => decode_utf32(vm, b, 0, false, errors, &mut out)?,
        Codec::Utf32Be => decode_utf32(vm, b, 0, true, errors, &mut out)?,
        Codec::Latin1 => out.extend(b.iter().map(|&c| c as char)),
        Codec::UnicodeEscape => return super::str_codecs_escape::decode_unicode_escape(vm, b, errors),
        Codec::RawUnicodeEscape => return super::str_codecs_escape::decode_raw_unicode_escape(vm, b, errors),
        Codec::Ascii | Codec::Charmap(_) => {
            let (name, reason) = if codec == Codec::Ascii {
                ("ascii", "ordinal not in range(128)")
            } else {
                ("charmap", "character maps to <undefined>")
            };
            for (i, &c) in b.iter().enumerate() {
                let ch = match codec {
                    Codec::Charmap(m) => charmap_decode_byte(&CHARMAPS[m as usize], c),
                    _ => c.is_ascii().then_some(c as char),
                };
                match ch {
                    Some(ch) => out.push(ch),
                    None => on_decode_error(vm, name, b, errors, Bad { start: i, end: i + 1, reason }, &mut out)?,
                }
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------- exception text

fn args_of(vm: &mut Vm, s: &Value) -> PyResult<Vec<Value>> {
    let a = vm.getattr_str(s, "args")?;
    Ok(a.downcast::<crate::object::bodies::TupleData>().map(|t| t.0.to_vec()).unwrap_or_default())
}

/// `UnicodeEncodeError.__str__` (CPython's `UnicodeEncodeError_str`).
fn unicode_encode_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args.pos().first().cloned().ok_or_else(|| crate::object::exception::type_error("descriptor needs an argument"))?;
    let a = args_of(vm, &s)?;
    if a.len() != 5 {
        return match a.len() {
            0 => Ok(vm.str("")),
            1 => vm.to_str(&a[0]),
            _ => {
                let tup = vm.tuple(a);
                vm.to_str(&tup)
            }
        };
    }
    let enc = vm.str_string(&a[0])?;
    let reason = vm.str_string(&a[4])?;
    let start = crate::builtins::as_i64(&a[2]).unwrap_or(0);
    let end = crate::builtins::as_i64(&a[3]).unwrap_or(0);
    let obj = crate::object::str::as_str(&a[1]).map(|s| s.to_string()).unwrap_or_default();
    if end == start + 1 && start >= 0 {
        if let Some(c) = obj.chars().nth(start as usize) {
            let shown = escape_char(c);
            return Ok(vm.str(format!("'{}' codec can't encode character '{}' in position {}: {}", enc, shown, start, reason)));
        }
    }
    Ok(vm.str(format!("'{}' codec can't encode characters in position {}-{}: {}", enc, start, end - 1, reason)))
}

/// Installs `UnicodeEncodeError.__str__` (belongs with the exception types;
/// installed from here so the codec messages match CPython).
pub fn install() {
    add_method(&t().named("UnicodeEncodeError"), "__str__", unicode_encode_str, BuiltinKind::Method);
}
