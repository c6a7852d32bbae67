//! The JSON decoder behind `json.loads` / `JSONDecoder`: a recursive-descent
//! scanner over the UTF-8 bytes of the document, with the hooks
//! (`object_hook`, `object_pairs_hook`, `parse_float`, `parse_int`,
//! `parse_constant`), `strict`, and CPython's error messages and positions.
//! Positions are byte offsets here; the caller converts them to characters.

use num_bigint::BigInt;

use crate::error::{PyErr, PyResult};
use crate::object::exception::{not_implemented_error, recursion_error, value_error};
use crate::object::*;
use crate::vm::Vm;


/// Decoder options (hooks are None when not given).
pub struct Options {
    /// Reject control characters inside strings.
    pub strict: bool,
    /// Called with each decoded dict.
    pub object_hook: Option<Value>,
    /// Called with the list of (key, value) pairs of each object.
    pub pairs_hook: Option<Value>,
    /// Called with the text of each float literal.
    pub parse_float: Option<Value>,
    /// Called with the text of each int literal.
    pub parse_int: Option<Value>,
    /// Called with `NaN`, `Infinity` or `-Infinity`.
    pub parse_constant: Option<Value>,
}

/// Why decoding stopped.
pub enum Fail {
    /// A Python exception (from a hook, or a limit).
    Py(PyErr),
    /// A syntax error: CPython's message and the byte offset.
    Syntax(&'static str, usize),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

type R<T> = Result<T, Fail>;

/// A decoding in progress over `src`.
pub struct Decoder<'a> {
    src: &'a str,
    b: &'a [u8],
    opts: &'a Options,
    depth: usize,
    max_depth: usize,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

/// The first byte offset at or after `i` that is not JSON whitespace.
pub fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_ws(b[i]) {
        i += 1;
    }
    i
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let d = b.get(at..at + 4)?;
    let mut v = 0u32;
    for &c in d {
        v = v * 16 + (c as char).to_digit(16)?;
    }
    Some(v)
}

impl<'a> Decoder<'a> {
    /// A decoder for `src`, allowed `max_depth` nested containers.
    pub fn new(src: &'a str, opts: &'a Options, max_depth: usize) -> Decoder<'a> {
        Decoder { src, b: src.as_bytes(), opts, depth: 0, max_depth }
    }

    /// Decodes one value starting exactly at byte `i`: (value, end offset).
    pub fn scan(&mut self, vm: &mut Vm, i: usize) -> R<(Value, usize)> {
        let b = self.b;
        let rest = &b[i.min(b.len())..];
        let Some(&c) = rest.first() else {
            return Err(Fail::Syntax("Expecting value", i));
        };
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((vm.str(s), end))
            }
            b'{' => self.nested(vm, i, true),
            b'[' => self.nested(vm, i, false),
            b'n' if rest.starts_with(b"null") => Ok((vm.none(), i + 4)),
            b't' if rest.starts_with(b"true") => Ok((vm.bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((vm.bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => Ok((self.constant(vm, "NaN", f64::NAN)?, i + 3)),
            b'I' if rest.starts_with(b"Infinity") => Ok((self.constant(vm, "Infinity", f64::INFINITY)?, i + 8)),
            b'-' if rest.starts_with(b"-Infinity") => Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, i + 9)),
            b'-' | b'0'..=b'9' => self.number(vm, i),
            _ => Err(Fail::Syntax("Expecting value", i)),
        }
    }

    fn nested(&mut self, vm: &mut Vm, i: usize, object: bool) -> R<(Value, usize)> {
        if self.depth >= self.max_depth {
            let what = if object { "object" } else { "array" };
            return Err(Fail::Py(recursion_error(format!(
                "maximum recursion depth exceeded while decoding a JSON {} from a unicode string",
                what
            ))));
        }
        self.depth += 1;
        let r = if object { self.object(vm, i + 1) } else { self.array(vm, i + 1) };
        self.depth -= 1;
        r
    }

    fn constant(&self, vm: &mut Vm, name: &str, x: f64) -> PyResult<Value> {
        match &self.opts.parse_constant {
            Some(f) => {
                let s = vm.str(name);
                vm.call(f, &[s])
            }
            None => Ok(Value::float(x)),
        }
    }

    fn number(&self, vm: &mut Vm, start: usize) -> R<(Value, usize)> {
        let b = self.b;
        let digit = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_digit());
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while digit(i) {
                    i += 1;
                }
            }
            _ => return Err(Fail::Syntax("Expecting value", start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            i += 1;
            while digit(i) {
                i += 1;
            }
            is_float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if digit(j) {
                while digit(j) {
                    j += 1;
                }
                i = j;
                is_float = true;
            }
        }
        let text = &self.src[start..i];
        let v = if is_float {
            match &self.opts.parse_float {
                Some(f) => {
                    let s = vm.str(text);
                    vm.call(f, &[s])?
                }
                None => Value::float(text.parse::<f64>().map_err(|_| value_error("could not convert string to float"))?),
            }
        } else {
            match &self.opts.parse_int {
                Some(f) => {
                    let s = vm.str(text);
                    vm.call(f, &[s])?
                }
                None => int_value(vm, text)?,
            }
        };
        Ok((v, i))
    }

    /// The string whose opening quote is just before `start`: (text, end offset).
    pub fn string(&self, start: usize) -> R<(String, usize)> {
        let b = self.b;
        let quote = start - 1;
        let mut out = String::new();
        let mut i = start;
        loop {
            let chunk = i;
            while i < b.len() && b[i] != b'"' && b[i] != b'\\' && (b[i] >= 0x20 || !self.opts.strict) {
                i += 1;
            }
            out.push_str(&self.src[chunk..i]);
            let Some(&c) = b.get(i) else {
                return Err(Fail::Syntax("Unterminated string starting at", quote));
            };
            match c {
                b'"' => return Ok((out, i + 1)),
                b'\\' => i = self.escape(&mut out, i, quote)?,
                _ => return Err(Fail::Syntax("Invalid control character at", i)),
            }
        }
    }

    /// Decodes the escape at `bs` (a backslash) into `out`; returns the offset after it.
    fn escape(&self, out: &mut String, bs: usize, quote: usize) -> R<usize> {
        let b = self.b;
        let Some(&e) = b.get(bs + 1) else {
            return Err(Fail::Syntax("Unterminated string starting at", quote));
        };
        let simple = match e {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(out, bs + 1),
            _ => return Err(Fail::Syntax("Invalid \\escape", bs)),
        };
        out.push(simple);
        Ok(bs + 2)
    }

    /// `\uXXXX` (and a following low surrogate escape); `u` is the offset of the `u`.
    fn unicode_escape(&self, out: &mut String, u: usize) -> R<usize> {
        let b = self.b;
        let bad = Fail::Syntax("Invalid \\uXXXX escape", u);
        if u + 5 >= b.len() {
            return Err(bad);
        }
        let Some(hi) = hex4(b, u + 1) else { return Err(bad) };
        let mut end = u + 5;
        let mut cp = hi;
        if (0xd800..0xdc00).contains(&hi) && end + 6 < b.len() && b[end] == b'\\' && b[end + 1] == b'u' {
            let Some(lo) = hex4(b, end + 2) else {
                return Err(Fail::Syntax("Invalid \\uXXXX escape", end + 1));
            };
            if (0xdc00..0xe000).contains(&lo) {
                cp = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                end += 6;
            }
        }
        match char::from_u32(cp) {
            Some(c) => out.push(c),
            None => {
                return Err(Fail::Py(not_implemented_error(format!(
                    "json: lone surrogate \\u{:04x} in a JSON string (Pyrite strs cannot hold surrogates)",
                    cp
                ))))
            }
        }
        Ok(end)
    }

    fn object(&mut self, vm: &mut Vm, open_end: usize) -> R<(Value, usize)> {
        let b = self.b;
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = skip_ws(b, open_end);
        if b.get(i) == Some(&b'}') {
            i += 1;
        } else {
            loop {
                if b.get(i) != Some(&b'"') {
                    return Err(Fail::Syntax("Expecting property name enclosed in double quotes", i));
                }
                let (key, after) = self.string(i + 1)?;
                i = skip_ws(b, after);
                if b.get(i) != Some(&b':') {
                    return Err(Fail::Syntax("Expecting ':' delimiter", i));
                }
                i = skip_ws(b, i + 1);
                let (val, after) = self.scan(vm, i)?;
                pairs.push((vm.str(key), val));
                i = skip_ws(b, after);
                match b.get(i) {
                    Some(b'}') => {
                        i += 1;
                        break;
                    }
                    Some(b',') => i = skip_ws(b, i + 1),
                    _ => return Err(Fail::Syntax("Expecting ',' delimiter", i)),
                }
            }
        }
        if let Some(hook) = &self.opts.pairs_hook {
            let items: Vec<Value> = pairs.into_iter().map(|(k, v)| vm.tuple(vec![k, v])).collect();
            let l = vm.list(items);
            return Ok((vm.call(hook, &[l])?, i));
        }
        let d = vm.dict();
        if let Some(dd) = d.downcast::<DictData>() {
            for (k, v) in pairs {
                dd.set_item(vm, k, v)?;
            }
        }
        if let Some(hook) = &self.opts.object_hook {
            return Ok((vm.call(hook, &[d])?, i));
        }
        Ok((d, i))
    }

    fn array(&mut self, vm: &mut Vm, open_end: usize) -> R<(Value, usize)> {
        let b = self.b;
        let mut items = Vec::new();
        let mut i = skip_ws(b, open_end);
        if b.get(i) == Some(&b']') {
            return Ok((vm.list(items), i + 1));
        }
        loop {
            let (v, after) = self.scan(vm, i)?;
            items.push(v);
            i = skip_ws(b, after);
            match b.get(i) {
                Some(b']') => return Ok((vm.list(items), i + 1)),
                Some(b',') => i = skip_ws(b, i + 1),
                _ => return Err(Fail::Syntax("Expecting ',' delimiter", i)),
            }
        }
    }
}

/// An int literal (`-?digits`), with the int/str digit limit.
fn int_value(vm: &mut Vm, text: &str) -> PyResult<Value> {
    if text.len() <= 18 {
        if let Ok(i) = text.parse::<i64>() {
            return Ok(vm.int(i));
        }
    }
    let digits = text.len() - usize::from(text.starts_with('-'));
    let limit = crate::types::int::int_max_str_digits();
    if limit > 0 && digits > limit {
        return Err(value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    let big: BigInt = text.parse().map_err(|_| value_error("invalid int literal"))?;
    Ok(vm.bigint(big))
}
