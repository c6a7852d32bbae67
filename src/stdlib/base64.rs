//! The `base64` module: base64 (standard, URL-safe, custom altchars,
//! `validate`), base32 and base32hex, base16, base85, Ascii85, and
//! `encodebytes`/`decodebytes` and the file-object `encode`/`decode`, with
//! CPython's messages. Errors are
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
    let a = args.parser("b32encode").bind(&["s"], 1)?;
    let data = view_input(vm, a[0].as_ref().unwrap_or(&vm.none()))?;
    Ok(vm.bytes(b32encode(&data, B32)))
}

fn f_b32hexencode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("b32hexencode").bind(&["s"], 1)?;
    let data = view_input(vm, a[0].as_ref().unwrap_or(&vm.none()))?;
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

/// Input of the base32/base85 encoders (which go through `memoryview`).
fn view_input(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    crate::types::bytes::bytes_of(v).ok_or_else(|| type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(v))))
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
    let data = view_input(vm, a[0].as_ref().unwrap_or(&vm.none()))?;
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

fn kw_flag(vm: &mut Vm, v: &Option<Value>) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// Keyword-only options of the Ascii85 functions (after one positional).
fn a85_args(args: Args, fname: &str, names: &[&str]) -> PyResult<(Value, Vec<Option<Value>>)> {
    let p = args.pos();
    if p.len() != 1 {
        return Err(type_error(format!("{}() takes 1 positional argument but {} were given", fname, p.len())));
    }
    let mut out = vec![None; names.len()];
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k))),
        }
    }
    Ok((p[0].clone(), out))
}

/// `a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False)`
fn f_a85encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, kw) = a85_args(args, "a85encode", &["foldspaces", "wrapcol", "pad", "adobe"])?;
    let data = view_input(vm, &b)?;
    let foldspaces = kw_flag(vm, &kw[0])?;
    let wrapcol = match &kw[1] {
        Some(v) => vm.index_to_i64(v, "wrapcol")?,
        None => 0,
    };
    let pad = kw_flag(vm, &kw[2])?;
    let adobe = kw_flag(vm, &kw[3])?;
    let padding = (4 - data.len() % 4) % 4;
    let mut body = Vec::with_capacity(data.len() / 4 * 5 + 5);
    let chunks: Vec<&[u8]> = data.chunks(4).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        let mut block = [0u8; 4];
        block[..chunk.len()].copy_from_slice(chunk);
        let word = u32::from_be_bytes(block);
        let last_partial = i + 1 == chunks.len() && padding > 0 && !pad;
        if word == 0 && !last_partial {
            body.push(b'z');
        } else if foldspaces && word == 0x2020_2020 && !last_partial {
            body.push(b'y');
        } else {
            let mut digits = [0u8; 5];
            let mut v = word;
            for d in digits.iter_mut().rev() {
                *d = b'!' + (v % 85) as u8;
                v /= 85;
            }
            body.extend_from_slice(&digits);
        }
    }
    if padding > 0 && !pad {
        body.truncate(body.len() - padding);
    }
    let mut text = Vec::new();
    if adobe {
        text.extend_from_slice(b"<~");
    }
    text.extend_from_slice(&body);
    if wrapcol != 0 {
        let width = wrapcol.max(if adobe { 2 } else { 1 }) as usize;
        let mut lines: Vec<&[u8]> = text.chunks(width).collect();
        if lines.is_empty() {
            lines.push(b"");
        }
        if adobe && lines.last().map_or(0, |l| l.len()) + 2 > width {
            lines.push(b"");
        }
        text = lines.join(&b'\n');
    }
    if adobe {
        text.extend_from_slice(b"~>");
    }
    Ok(vm.bytes(text))
}

/// `a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b')`
fn f_a85decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, kw) = a85_args(args, "a85decode", &["foldspaces", "adobe", "ignorechars"])?;
    let mut data = decode_input(vm, &b)?;
    let foldspaces = kw_flag(vm, &kw[0])?;
    let adobe = kw_flag(vm, &kw[1])?;
    let ignore = match &kw[2] {
        Some(v) => decode_input(vm, v)?,
        None => b" \t\n\r\x0b".to_vec(),
    };
    if adobe {
        if !data.ends_with(b"~>") {
            return Err(value_error("Ascii85 encoded byte sequences must end with b'~>'"));
        }
        let start = if data.starts_with(b"<~") { 2 } else { 0 };
        data = data[start..data.len() - 2].to_vec();
    }
    let mut out = Vec::with_capacity(data.len() / 5 * 4 + 4);
    let mut group: Vec<u8> = Vec::with_capacity(5);
    for &c in data.iter().chain(b"uuuu".iter()) {
        match c {
            b'!'..=b'u' => {
                group.push(c - b'!');
                if group.len() == 5 {
                    let acc = group.iter().fold(0u64, |a, d| a * 85 + *d as u64);
                    let word = u32::try_from(acc).map_err(|_| value_error("Ascii85 overflow"))?;
                    out.extend_from_slice(&word.to_be_bytes());
                    group.clear();
                }
            }
            b'z' if group.is_empty() => out.extend_from_slice(&[0; 4]),
            b'z' => return Err(value_error("z inside Ascii85 5-tuple")),
            b'y' if foldspaces && group.is_empty() => out.extend_from_slice(b"    "),
            b'y' if foldspaces => return Err(value_error("y inside Ascii85 5-tuple")),
            _ if ignore.contains(&c) => {}
            _ => return Err(value_error(format!("Non-Ascii85 digit found: {}", c as char))),
        }
    }
    let trim = 4 - group.len();
    out.truncate(out.len().saturating_sub(trim));
    Ok(vm.bytes(out))
}

fn read_bytes(vm: &mut Vm, method: &Value, arg: Option<i64>) -> PyResult<Vec<u8>> {
    let r = match arg {
        Some(n) => {
            let n = vm.int(n);
            vm.call(method, &[n])?
        }
        None => vm.call(method, &[])?,
    };
    crate::types::bytes::bytes_of(&r).ok_or_else(|| type_error(format!("can't concat {} to bytes", vm.type_name(&r))))
}

/// `encode(input, output)`: base64 lines of 57-byte groups read from `input`.
fn f_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("encode").bind(&["input", "output"], 2)?;
    let (Some(input), Some(output)) = (p[0].clone(), p[1].clone()) else { return Ok(vm.none()) };
    let read = vm.getattr_str(&input, "read")?;
    let write = vm.getattr_str(&output, "write")?;
    loop {
        let mut group = read_bytes(vm, &read, Some(57))?;
        if group.is_empty() {
            break;
        }
        while group.len() < 57 {
            let more = read_bytes(vm, &read, Some(57 - group.len() as i64))?;
            if more.is_empty() {
                break;
            }
            group.extend_from_slice(&more);
        }
        let mut line = b64encode(&group);
        line.push(b'\n');
        let b = vm.bytes(line);
        vm.call(&write, &[b])?;
    }
    Ok(vm.none())
}

/// `decode(input, output)`: decodes `input` line by line into `output`.
fn f_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("decode").bind(&["input", "output"], 2)?;
    let (Some(input), Some(output)) = (p[0].clone(), p[1].clone()) else { return Ok(vm.none()) };
    let readline = vm.getattr_str(&input, "readline")?;
    let write = vm.getattr_str(&output, "write")?;
    loop {
        let line = read_bytes(vm, &readline, None)?;
        if line.is_empty() {
            break;
        }
        let r = b64decode(&line, false);
        let decoded = codec(vm, r)?;
        let b = vm.bytes(decoded);
        vm.call(&write, &[b])?;
    }
    Ok(vm.none())
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
        ("a85encode", f_a85encode),
        ("a85decode", f_a85decode),
        ("encode", f_encode),
        ("decode", f_decode),
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
