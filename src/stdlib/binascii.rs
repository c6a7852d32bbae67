//! The `binascii` module: hex (`hexlify`/`unhexlify` with separators),
//! base64 lines (`b2a_base64`/`a2b_base64` incl. `strict_mode`), `crc32`,
//! `crc_hqx`, and the `Error`/`Incomplete` exceptions, with CPython's
//! messages. The codec cores are plain functions shared with `base64`.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::error::{PyErr, PyResult};
use crate::object::exception::{type_error, value_error};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

/// A codec failure: `binascii.Error(msg)`.
pub struct CodecError(pub String);

/// `binascii.Error` (imports the module if needed).
pub fn error_class(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::import_full(vm, "binascii")?;
    let d = m.downcast::<ModuleData>().map(|md| md.dict.clone()).ok_or_else(|| type_error("module expected"))?;
    d.downcast::<DictData>().and_then(|dd| dd.get_str("Error")).ok_or_else(|| type_error("binascii.Error missing"))
}

/// Raises `binascii.Error(msg)`.
pub fn raise(vm: &mut Vm, e: CodecError) -> PyErr {
    match error_class(vm) {
        Ok(cls) => PyErr::new(&cls, e.0),
        Err(err) => err,
    }
}

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
pub fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    crate::types::bytes::bytes_of(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// A bytes-like or ASCII-str argument, as the `a2b_*` functions take.
pub fn ascii_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(v) {
        if !s.is_ascii() {
            return Err(value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    crate::types::bytes::bytes_of(v)
        .ok_or_else(|| type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", vm.type_name(v))))
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Hex of `data`, with `sep` every `group` bytes (counted from the right
/// when `group > 0`, from the left when negative).
pub fn hexlify(data: &[u8], sep: Option<u8>, group: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    let g = group.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep.filter(|_| g > 0 && i > 0) {
            let boundary = if group > 0 { (n - i).is_multiple_of(g) } else { i.is_multiple_of(g) };
            if boundary {
                out.push(s);
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn hex_val(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// Bytes from hex digits (either case).
pub fn unhexlify(data: &[u8]) -> Result<Vec<u8>, CodecError> {
    if !data.len().is_multiple_of(2) {
        return Err(CodecError("Odd-length string".into()));
    }
    data.chunks(2)
        .map(|p| match (hex_val(p[0]), hex_val(p[1])) {
            (Some(a), Some(b)) => Ok(a << 4 | b),
            _ => Err(CodecError("Non-hexadecimal digit found".into())),
        })
        .collect()
}

/// The standard base64 alphabet.
pub const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Base64 of `data` with `=` padding (no newline).
pub fn b64encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let v = (chunk[0] as u32) << 16 | (*chunk.get(1).unwrap_or(&0) as u32) << 8 | *chunk.get(2).unwrap_or(&0) as u32;
        let sextets = [v >> 18, v >> 12, v >> 6, v];
        for (k, s) in sextets.iter().enumerate() {
            out.push(if k <= chunk.len() { B64[(s & 63) as usize] } else { b'=' });
        }
    }
    out
}

fn b64_value(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some((c - b'A') as u32),
        b'a'..=b'z' => Some((c - b'a') as u32 + 26),
        b'0'..=b'9' => Some((c - b'0') as u32 + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// Decodes base64 like CPython's `a2b_base64`: non-alphabet characters are
/// skipped (errors in `strict` mode), and a complete pad ends the data.
pub fn b64decode(data: &[u8], strict: bool) -> Result<Vec<u8>, CodecError> {
    let err = |m: &str| Err(CodecError(m.into()));
    if strict && data.first() == Some(&b'=') {
        return err("Leading padding not allowed");
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut acc = 0u32;
    let mut filled = 0usize; // sextets in the current quad
    let mut pads = 0usize;
    let mut padding = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if filled >= 2 {
                pads += 1;
                if filled + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return err("Excess data after padding");
                    }
                    filled = 0;
                    break;
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return err("Only base64 data is allowed");
            }
            continue;
        };
        if strict && padding {
            return err("Discontinuous padding not allowed");
        }
        pads = 0;
        acc = acc << 6 | v;
        filled += 1;
        match filled {
            2 => out.push((acc >> 4) as u8),
            3 => out.push((acc >> 2) as u8),
            4 => {
                out.push(acc as u8);
                filled = 0;
                acc = 0;
            }
            _ => {}
        }
    }
    match filled {
        0 => Ok(out),
        1 => Err(CodecError(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        ))),
        _ => err("Incorrect padding"),
    }
}

/// CRC-32 (the zlib polynomial) of `data`, continuing from `start`.
pub fn crc32(data: &[u8], start: u32) -> u32 {
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(data);
    h.finalize()
}

/// An unsigned 32-bit checksum seed from any int (taken modulo 2**32).
pub fn u32_arg(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let b = crate::builtins::index_big(vm, v)?;
    let m: BigInt = BigInt::from(1u64 << 32);
    let r = ((b % &m) + &m) % &m;
    Ok(r.to_u32().unwrap_or(0))
}

fn kw_only<'a>(args: &Args<'a>, fname: &str, npos: (usize, usize), names: &[&str]) -> PyResult<(&'a [Value], Vec<Option<Value>>)> {
    let p = args.pos();
    if p.len() < npos.0 || p.len() > npos.1 {
        let msg = if npos.0 == npos.1 {
            format!("{}() takes exactly {} positional argument{} ({} given)", fname, npos.0, if npos.0 == 1 { "" } else { "s" }, p.len())
        } else {
            format!("{}() takes from {} to {} positional arguments but {} were given", fname, npos.0, npos.1, p.len())
        };
        return Err(type_error(msg));
    }
    let mut out = vec![None; names.len()];
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k))),
        }
    }
    Ok((p, out))
}

/// `hexlify(data, sep=<unset>, bytes_per_sep=1)` (also `b2a_hex`).
fn hexlify_impl(vm: &mut Vm, args: Args, fname: &str) -> PyResult<Value> {
    let slots = args.parser(fname).bind(&["data", "sep", "bytes_per_sep"], 1)?;
    let data = buffer_arg(vm, slots[0].as_ref().unwrap_or(&vm.none()))?;
    let sep = match &slots[1] {
        None => None,
        Some(s) => {
            let bytes = if let Some(t) = as_str(s) {
                if !t.is_ascii() {
                    return Err(value_error("sep must be ASCII."));
                }
                t.as_bytes().to_vec()
            } else {
                buffer_arg(vm, s)?
            };
            if bytes.len() != 1 {
                return Err(value_error("sep must be length 1."));
            }
            Some(bytes[0])
        }
    };
    let group = match &slots[2] {
        Some(v) => vm.index_to_i64(v, "bytes_per_sep")?,
        None => 1,
    };
    Ok(vm.bytes(hexlify(&data, sep, group)))
}

fn a_hexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hexlify_impl(vm, args, "hexlify")
}
fn a_b2a_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hexlify_impl(vm, args, "b2a_hex")
}

fn unhex_impl(vm: &mut Vm, args: Args, fname: &str) -> PyResult<Value> {
    let slots = args.parser(fname).bind(&["hexstr"], 1)?;
    let data = ascii_arg(vm, slots[0].as_ref().unwrap_or(&vm.none()))?;
    match unhexlify(&data) {
        Ok(b) => Ok(vm.bytes(b)),
        Err(e) => Err(raise(vm, e)),
    }
}

fn a_unhexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unhex_impl(vm, args, "unhexlify")
}
fn a_a2b_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unhex_impl(vm, args, "a2b_hex")
}

/// `b2a_base64(data, /, *, newline=True)`
fn a_b2a_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, kw) = kw_only(&args, "b2a_base64", (1, 1), &["newline"])?;
    let data = buffer_arg(vm, &p[0])?;
    let newline = match &kw[0] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut out = b64encode(&data);
    if newline {
        out.push(b'\n');
    }
    Ok(vm.bytes(out))
}

/// `a2b_base64(data, /, *, strict_mode=False)`
fn a_a2b_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, kw) = kw_only(&args, "a2b_base64", (1, 1), &["strict_mode"])?;
    let data = ascii_arg(vm, &p[0])?;
    let strict = match &kw[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    match b64decode(&data, strict) {
        Ok(b) => Ok(vm.bytes(b)),
        Err(e) => Err(raise(vm, e)),
    }
}

/// `crc32(data, crc=0, /)`
fn a_crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("crc32").positional(1, 2)?;
    let data = buffer_arg(vm, &p[0])?;
    let start = match p.get(1) {
        Some(v) => u32_arg(vm, v)?,
        None => 0,
    };
    Ok(vm.int(crc32(&data, start) as i64))
}

/// `crc_hqx(data, crc, /)`: CRC-CCITT (polynomial 0x1021), 16 bits.
fn a_crc_hqx(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("crc_hqx").positional(2, 2)?;
    let data = buffer_arg(vm, &p[0])?;
    let mut crc = (u32_arg(vm, &p[1])? & 0xffff) as u16;
    for b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { crc << 1 ^ 0x1021 } else { crc << 1 };
        }
    }
    Ok(vm.int(crc as i64))
}

const EXCEPTIONS: &str = "class Error(ValueError):\n    pass\n\nclass Incomplete(Exception):\n    pass\n";

/// Creates the `binascii` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "binascii");
    let d = m.downcast::<ModuleData>().map(|md| md.dict.clone()).ok_or_else(|| type_error("module expected"))?;
    if let Some(dd) = d.downcast::<DictData>() {
        dd.set_str(vm.name("__builtins__"), vm.builtins.clone());
        let fns: &[(&'static str, NativeFn)] = &[
            ("hexlify", a_hexlify),
            ("b2a_hex", a_b2a_hex),
            ("unhexlify", a_unhexlify),
            ("a2b_hex", a_a2b_hex),
            ("b2a_base64", a_b2a_base64),
            ("a2b_base64", a_a2b_base64),
            ("crc32", a_crc32),
            ("crc_hqx", a_crc_hqx),
        ];
        for (name, f) in fns {
            let v = vm.builtin_fn(name, *f);
            dd.set_str(vm.name(name), v);
        }
    }
    let code = crate::builtins::pending::compile_source(vm, EXCEPTIONS, "<frozen binascii>", crate::builtins::pending::CompileMode::Exec)?;
    vm.run_code(code, d, None)?;
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip() {
        for n in 0..20u8 {
            let data: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
            let enc = b64encode(&data);
            assert_eq!(b64decode(&enc, true).ok(), Some(data));
        }
    }

    #[test]
    fn hex_groups() {
        assert_eq!(hexlify(&[1, 0xab, 0xff, 0, 0x11], Some(b':'), 2), b"01:abff:0011");
        assert_eq!(hexlify(&[1, 0xab, 0xff, 0, 0x11], Some(b':'), -2), b"01ab:ff00:11");
    }
}
