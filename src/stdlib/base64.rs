//! The `base64` module: base64 (standard, URL-safe, custom altchars,
//! `validate`), base32 and base32hex, base16, base85, and
//! `encodebytes`/`decodebytes`, with CPython's messages. Errors are
//! `binascii.Error`; the base64 core is shared with `binascii`.

use crate::error::PyResult;
use crate::object::exception::{assertion_error, type_error, value_error};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

use super::binascii::{b64decode, b64encode, buffer_arg, raise, unhexlify, CodecError};

/// Input of the decoders: bytes-like, or a str of ASCII characters.
fn decode_input(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(v) {
        if !s.is_ascii() {
            return Err(value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    crate::types::bytes::bytes_of(v)
        .ok_or_else(|| type_error(format!("argument should be a bytes-like object or ASCII string, not '{}'", vm.type_name(v))))
}

fn codec<T>(vm: &mut Vm, r: Result<T, CodecError>) -> PyResult<T> {
    r.map_err(|e| raise(vm, e))
}

fn err(msg: &str) -> CodecError {
    CodecError(msg.to_string())
}

/// Replaces bytes `from[i]` by `to[i]`.
fn translate(data: &mut [u8], from: &[u8], to: &[u8]) {
    for b in data.iter_mut() {
        if let Some(i) = from.iter().position(|f| f == b) {
            *b = to[i];
        }
    }
}

/// The two `altchars` bytes (`assert len(altchars) == 2, repr(altchars)`).
fn altchars(vm: &mut Vm, v: &Value, for_decode: bool) -> PyResult<Vec<u8>> {
    let a = if for_decode { decode_input(vm, v)? } else { buffer_arg(vm, v)? };
    if a.len() != 2 {
        let r = vm.repr_string(v)?;
        return Err(assertion_error(r));
    }
    Ok(a)
}

fn bind2(args: Args, fname: &str, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    args.parser(fname).bind(names, 1)
}

/// `b64encode(s, altchars=None)`
fn f_b64encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind2(args, "b64encode", &["s", "altchars"])?;
    let data = buffer_arg(vm, a[0].as_ref().unwrap_or(&vm.none()))?;
    let mut out = b64encode(&data);
    if let Some(alt) = a[1].as_ref().filter(|v| !vm.is_none(v)) {
        let alt = altchars(vm, alt, false)?;
        translate(&mut out, b"+/", &alt);
    }
    Ok(vm.bytes(out))
}

/// `b64decode(s, altchars=None, validate=False)`
fn f_b64decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind2(args, "b64decode", &["s", "altchars", "validate"])?;
    let mut data = decode_input(vm, a[0].as_ref().unwrap_or(&vm.none()))?;
    if let Some(alt) = a[1].as_ref().filter(|v| !vm.is_none(v)) {
        let alt = altchars(vm, alt, true)?;
        translate(&mut data, &alt, b"+/");
    }
    let validate = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let r = b64decode(&data, validate);
    let b = codec(vm, r)?;
    Ok(vm.bytes(b))
}

fn one_arg(vm: &mut Vm, args: Args, fname: &str, decode: bool) -> PyResult<Vec<u8>> {
    let a = args.parser(fname).bind(&["s"], 1)?;
    let v = a[0].clone().unwrap_or_else(|| vm.none());
    if decode {
        decode_input(vm, &v)
    } else {
        buffer_arg(vm, &v)
    }
}

fn f_standard_b64encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = one_arg(vm, args, "standard_b64encode", false)?;
    Ok(vm.bytes(b64encode(&data)))
}

fn f_standard_b64decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = one_arg(vm, args, "standard_b64decode", true)?;
    let r = b64decode(&data, false);
    let b = codec(vm, r)?;
    Ok(vm.bytes(b))
}

fn f_urlsafe_b64encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = one_arg(vm, args, "urlsafe_b64encode", false)?;
    let mut out = b64encode(&data);
    translate(&mut out, b"+/", b"-_");
    Ok(vm.bytes(out))
}

fn f_urlsafe_b64decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut data = one_arg(vm, args, "urlsafe_b64decode", true)?;
    translate(&mut data, b"-_", b"+/");
    let r = b64decode(&data, false);
    let b = codec(vm, r)?;
    Ok(vm.bytes(b))
}

/// `encodebytes`/`decodebytes` take only bytes-like objects.
fn bytes_only(vm: &mut Vm, args: Args, fname: &str) -> PyResult<Vec<u8>> {
    let a = args.parser(fname).bind(&["s"], 1)?;
    let v = a[0].clone().unwrap_or_else(|| vm.none());
    crate::types::bytes::bytes_of(&v).ok_or_else(|| type_error(format!("expected bytes-like object, not {}", vm.type_name(&v))))
}

/// `encodebytes(s)`: base64 lines of at most 76 characters, each ending in a newline.
fn f_encodebytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_only(vm, args, "encodebytes")?;
    let mut out = Vec::new();
    for chunk in data.chunks(57) {
        out.extend_from_slice(&b64encode(chunk));
        out.push(b'\n');
    }
    Ok(vm.bytes(out))
}

fn f_decodebytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_only(vm, args, "decodebytes")?;
    let r = b64decode(&data, false);
    let b = codec(vm, r)?;
    Ok(vm.bytes(b))
}

const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX: &[u8; 32] = b"0123456789ABCDEFGHIJKLMNOPQRSTUV";

fn b32encode(data: &[u8], alphabet: &[u8; 32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(5) * 8);
    for chunk in data.chunks(5) {
        let mut block = [0u8; 5];
        block[..chunk.len()].copy_from_slice(chunk);
        let v = block.iter().fold(0u64, |acc, b| acc << 8 | *b as u64);
        // Output characters carrying data: ceil(bits / 5).
        let used = (chunk.len() * 8).div_ceil(5);
        for k in 0..8 {
            out.push(if k < used { alphabet[(v >> (35 - 5 * k) & 31) as usize] } else { b'=' });
        }
    }
    out
}

fn b32decode(data: &[u8], alphabet: &[u8; 32]) -> Result<Vec<u8>, CodecError> {
    if !data.len().is_multiple_of(8) {
        return Err(err("Incorrect padding"));
    }
    let body_len = data.iter().rposition(|c| *c != b'=').map_or(0, |i| i + 1);
    let pads = data.len() - body_len;
    let mut out = Vec::with_capacity(data.len() / 8 * 5);
    for chunk in data[..body_len].chunks(8) {
        let mut v = 0u64;
        for c in chunk {
            let d = alphabet.iter().position(|a| a == c).ok_or_else(|| err("Non-base32 digit found"))?;
            v = v << 5 | d as u64;
        }
        v <<= 5 * (8 - chunk.len());
        out.extend_from_slice(&v.to_be_bytes()[3..]);
    }
    if pads > 0 {
        let keep = match pads {
            1 => 4,
            3 => 3,
            4 => 2,
            6 => 1,
            _ => return Err(err("Incorrect padding")),
        };
        let cut = 5 - keep;
        out.truncate(out.len().saturating_sub(cut));
    }
    Ok(out)
}

fn f_b32encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = one_arg(vm, args, "b32encode", false)?;
    Ok(vm.bytes(b32encode(&data, B32)))
}

fn f_b32hexencode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = one_arg(vm, args, "b32hexencode", false)?;
    Ok(vm.bytes(b32encode(&data, B32HEX)))
}

/// `b32decode(s, casefold=False, map01=None)`
fn f_b32decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("b32decode").bind(&["s", "casefold", "map01"], 1)?;
    let mut data = decode_input(vm, a[0].as_ref().unwrap_or(&vm.none()))?;
    if let Some(m) = a[2].as_ref().filter(|v| !vm.is_none(v)) {
        let m = decode_input(vm, m)?;
        if m.len() != 1 {
            let r = vm.repr_string(a[2].as_ref().unwrap_or(&vm.none()))?;
            return Err(assertion_error(r));
        }
        translate(&mut data, b"01", &[b'O', m[0]]);
    }
    if let Some(c) = &a[1] {
        if vm.truthy(c)? {
            data.make_ascii_uppercase();
        }
    }
    let r = b32decode(&data, B32);
    let b = codec(vm, r)?;
    Ok(vm.bytes(b))
}

/// `b32hexdecode(s, casefold=False)`
fn f_b32hexdecode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("b32hexdecode").bind(&["s", "casefold"], 1)?;
    let mut data = decode_input(vm, a[0].as_ref().unwrap_or(&vm.none()))?;
    if let Some(c) = &a[1] {
        if vm.truthy(c)? {
            data.make_ascii_uppercase();
        }
    }
    let r = b32decode(&data, B32HEX);
    let b = codec(vm, r)?;
    Ok(vm.bytes(b))
}

fn f_b16encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = one_arg(vm, args, "b16encode", false)?;
    let mut out = super::binascii::hexlify(&data, None, 0);
    out.make_ascii_uppercase();
    Ok(vm.bytes(out))
}

/// `b16decode(s, casefold=False)`: upper-case digits only unless casefold.
fn f_b16decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("b16decode").bind(&["s", "casefold"], 1)?;
    let mut data = decode_input(vm, a[0].as_ref().unwrap_or(&vm.none()))?;
    if let Some(c) = &a[1] {
        if vm.truthy(c)? {
            data.make_ascii_uppercase();
        }
    }
    if data.iter().any(|c| !matches!(c, b'0'..=b'9' | b'A'..=b'F')) {
        return Err(raise(vm, err("Non-base16 digit found")));
    }
    let r = unhexlify(&data);
    let b = codec(vm, r)?;
    Ok(vm.bytes(b))
}

const B85: &[u8; 85] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

/// `b85encode(b, pad=False)`
fn f_b85encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("b85encode").bind(&["b", "pad"], 1)?;
    let data = buffer_arg(vm, a[0].as_ref().unwrap_or(&vm.none()))?;
    let pad = match &a[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(4) * 5);
    for chunk in data.chunks(4) {
        let mut block = [0u8; 4];
        block[..chunk.len()].copy_from_slice(chunk);
        let mut v = u32::from_be_bytes(block);
        let mut digits = [0u8; 5];
        for d in digits.iter_mut().rev() {
            *d = B85[(v % 85) as usize];
            v /= 85;
        }
        let keep = if pad || chunk.len() == 4 { 5 } else { chunk.len() + 1 };
        out.extend_from_slice(&digits[..keep]);
    }
    Ok(vm.bytes(out))
}

/// `b85decode(b)`
fn f_b85decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("b85decode").bind(&["b"], 1)?;
    let data = decode_input(vm, a[0].as_ref().unwrap_or(&vm.none()))?;
    let mut out = Vec::with_capacity(data.len() / 5 * 4 + 4);
    for (ci, chunk) in data.chunks(5).enumerate() {
        let mut v: u64 = 0;
        for k in 0..5 {
            let d = match chunk.get(k) {
                Some(c) => match B85.iter().position(|x| x == c) {
                    Some(d) => d as u64,
                    None => {
                        let pos = ci * 5 + k;
                        return Err(value_error(format!("bad base85 character at position {}", pos)));
                    }
                },
                None => 84,
            };
            v = v * 85 + d;
        }
        if v > u32::MAX as u64 {
            return Err(value_error(format!("base85 overflow in hunk starting at byte {}", ci * 5)));
        }
        let bytes = (v as u32).to_be_bytes();
        let keep = if chunk.len() == 5 { 4 } else { chunk.len().saturating_sub(1) };
        out.extend_from_slice(&bytes[..keep]);
    }
    Ok(vm.bytes(out))
}

/// Creates the `base64` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let binascii = crate::vm::import::import_full(vm, "binascii")?;
    let m = crate::vm::import::new_module(vm, "base64");
    let d = m.downcast::<ModuleData>().map(|md| md.dict.clone()).ok_or_else(|| type_error("module expected"))?;
    let dd = d.downcast::<DictData>().ok_or_else(|| type_error("dict expected"))?;
    let fns: &[(&'static str, NativeFn)] = &[
        ("b64encode", f_b64encode),
        ("b64decode", f_b64decode),
        ("standard_b64encode", f_standard_b64encode),
        ("standard_b64decode", f_standard_b64decode),
        ("urlsafe_b64encode", f_urlsafe_b64encode),
        ("urlsafe_b64decode", f_urlsafe_b64decode),
        ("encodebytes", f_encodebytes),
        ("decodebytes", f_decodebytes),
        ("b32encode", f_b32encode),
        ("b32decode", f_b32decode),
        ("b32hexencode", f_b32hexencode),
        ("b32hexdecode", f_b32hexdecode),
        ("b16encode", f_b16encode),
        ("b16decode", f_b16decode),
        ("b85encode", f_b85encode),
        ("b85decode", f_b85decode),
    ];
    for (name, f) in fns {
        let v = vm.builtin_fn(name, *f);
        dd.set_str(vm.name(name), v);
    }
    dd.set_str(vm.name("binascii"), binascii);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_round_trip() {
        for n in 0..12u8 {
            let data: Vec<u8> = (0..n).map(|i| i.wrapping_mul(91)).collect();
            let enc = b32encode(&data, B32);
            assert_eq!(b32decode(&enc, B32).ok(), Some(data));
        }
    }
}
