//! Encoding and decoding for `TextIOWrapper`: UTF-8, Latin-1 and ASCII
//! natively (strict errors; anything else and every error report goes
//! through `bytes.decode` / `str.encode`, so messages and error handlers
//! are the interpreter's own), other codecs through those methods, with an
//! incomplete character at the end of a chunk kept back for the next one.

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

/// The codecs handled natively.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Enc {
    /// UTF-8.
    Utf8,
    /// Latin-1 (ISO 8859-1).
    Latin1,
    /// ASCII.
    Ascii,
    /// Anything else (through Python's codecs).
    Other,
}

impl Enc {
    /// The codec an encoding name designates.
    pub fn lookup(name: &str) -> Enc {
        let n = name.to_ascii_lowercase().replace('_', "-");
        match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Enc::Utf8,
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "latin" => Enc::Latin1,
            "ascii" | "us-ascii" | "646" => Enc::Ascii,
            _ => Enc::Other,
        }
    }
}

/// A codec with its names, as a text stream keeps it.
#[derive(Clone)]
pub struct Codec {
    /// The native kind.
    pub enc: Enc,
    /// The encoding name as given.
    pub name: String,
    /// The error handler name.
    pub errors: String,
}

fn py_decode(vm: &mut Vm, c: &Codec, data: &[u8]) -> PyResult<String> {
    let b = vm.bytes(data.to_vec());
    let m = vm.getattr_str(&b, "decode")?;
    let (n, e) = (vm.str(c.name.as_str()), vm.str(c.errors.as_str()));
    let r = vm.call(&m, &[n, e])?;
    match as_str(&r) {
        Some(s) => Ok(s.to_string()),
        None => Err(type_error(format!("decoder should return a string result, not '{}'", vm.type_name(&r)))),
    }
}

fn py_encode(vm: &mut Vm, c: &Codec, s: &str) -> PyResult<Vec<u8>> {
    let v = vm.str(s);
    let m = vm.getattr_str(&v, "encode")?;
    let (n, e) = (vm.str(c.name.as_str()), vm.str(c.errors.as_str()));
    let r = vm.call(&m, &[n, e])?;
    match r.downcast::<BytesData>() {
        Some(b) => Ok(b.0.to_vec()),
        None => Err(type_error(format!("encoder should return a bytes object, not '{}'", vm.type_name(&r)))),
    }
}

/// Where an incomplete UTF-8 sequence at the end of `data` starts.
fn utf8_cut(data: &[u8]) -> usize {
    let n = data.len();
    for back in 1..=3.min(n) {
        let b = data[n - back];
        if b & 0xC0 == 0x80 {
            continue;
        }
        let need = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        return if need > back { n - back } else { n };
    }
    n
}

/// Decodes `data`; unless `last`, an incomplete character at the end is
/// left undecoded. Returns the text and the bytes left over.
pub fn decode(vm: &mut Vm, c: &Codec, mut data: Vec<u8>, last: bool) -> PyResult<(String, Vec<u8>)> {
    match c.enc {
        Enc::Utf8 => {
            let cut = if last { data.len() } else { utf8_cut(&data) };
            let tail = data.split_off(cut);
            // Valid UTF-8 decodes alike under every error handler.
            match String::from_utf8(data) {
                Ok(s) => Ok((s, tail)),
                Err(e) => Ok((py_decode(vm, c, e.as_bytes())?, tail)),
            }
        }
        Enc::Latin1 => Ok((data.iter().map(|&b| b as char).collect(), Vec::new())),
        Enc::Ascii if data.is_ascii() => Ok((String::from_utf8(data).unwrap_or_default(), Vec::new())),
        Enc::Ascii => Ok((py_decode(vm, c, &data)?, Vec::new())),
        Enc::Other => match py_decode(vm, c, &data) {
            Ok(s) => Ok((s, Vec::new())),
            Err(e) if last => Err(e),
            Err(e) => {
                // An incomplete character at the end: keep its bytes back.
                for back in 1..=8.min(data.len()) {
                    if let Ok(s) = py_decode(vm, c, &data[..data.len() - back]) {
                        let tail = data.split_off(data.len() - back);
                        return Ok((s, tail));
                    }
                }
                Err(e)
            }
        },
    }
}

/// Encodes `s`.
pub fn encode(vm: &mut Vm, c: &Codec, s: &str) -> PyResult<Vec<u8>> {
    match c.enc {
        Enc::Utf8 => Ok(s.as_bytes().to_vec()),
        Enc::Ascii if s.is_ascii() => Ok(s.as_bytes().to_vec()),
        Enc::Latin1 if s.chars().all(|ch| (ch as u32) < 256) => Ok(s.chars().map(|ch| ch as u8).collect()),
        _ => py_encode(vm, c, s),
    }
}

/// The encoded length of `s` (for `tell()`).
pub fn encoded_len(vm: &mut Vm, c: &Codec, s: &str) -> PyResult<usize> {
    match c.enc {
        Enc::Utf8 => Ok(s.len()),
        Enc::Ascii | Enc::Latin1 => Ok(super::lines::char_count(s)),
        Enc::Other => Ok(py_encode(vm, c, s)?.len()),
    }
}
