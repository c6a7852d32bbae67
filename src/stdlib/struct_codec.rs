//! The native `_struct` module: `error`, `calcsize`, `pack`, `pack_into`,
//! `unpack`, `unpack_from`, `_clearcache` (and `_buflen`), with CPython 3.11's error
//! messages (which depend on the format character *and* the byte-order
//! table: e.g. `short format requires ...` natively but `'h' format
//! requires ...` big-endian). The `struct` module (`pysrc/struct.py`) adds
//! the `Struct` class and `iter_unpack` on top. Formats are parsed by
//! `struct_format` and cached per format string.

#![forbid(unsafe_code)]

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::builtins::{as_bigint, as_f64};
use crate::error::{PyErr, PyResult};
use crate::object::exception::{overflow_error, type_error};
use crate::object::*;
use crate::types::exception::new_exception;
use crate::vm::Vm;

use super::struct_format::{self as sf, Layout, Mode};

thread_local! {
    /// The `struct.error` class (created with the module).
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// Parsed formats by format bytes.
    static CACHE: RefCell<HashMap<Vec<u8>, Rc<Layout>>> = RefCell::new(HashMap::new());
}

/// Most formats cached at once (the cache is emptied when full).
const CACHE_MAX: usize = 256;

/// `struct.error(msg)`.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let ty = ERROR.with(|e| e.borrow().clone()).unwrap_or_else(|| t().named("ValueError"));
    let m = vm.str(msg.into());
    PyErr::from_object(new_exception(vm, &ty, vec![m]))
}

/// The layout of format `fmt` (a str or bytes).
pub fn layout(vm: &mut Vm, fmt: &Value) -> PyResult<Rc<Layout>> {
    let key: Vec<u8> = if let Some(s) = crate::object::str::as_str(fmt) {
        s.as_bytes().to_vec()
    } else if let Some(b) = fmt.downcast::<BytesData>() {
        b.0.to_vec()
    } else {
        return Err(type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", vm.type_name(fmt))));
    };
    if let Some(l) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(l);
    }
    let l = Rc::new(sf::parse(&key).map_err(|m| error(vm, m))?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_MAX {
            c.clear();
        }
        c.insert(key, l.clone());
    });
    Ok(l)
}

/// The bytes of a bytes-like argument (bytes, bytearray, memoryview).
pub fn buffer_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Ok(b.0.to_vec());
    }
    if let Some(b) = v.downcast::<ByteArrayData>() {
        return Ok(b.0.borrow().clone());
    }
    if let Some(b) = crate::types::memoryview::view_bytes(v) {
        return Ok(b);
    }
    Err(type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// An integer argument (`__index__` honoured), or `required argument is not an integer`.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = as_bigint(v) {
        return Ok(b);
    }
    if vm.lookup_special(v, "__index__").is_some() {
        return crate::builtins::index_big(vm, v);
    }
    Err(error(vm, "required argument is not an integer"))
}

/// How the integer code `code` converts and checks its argument in `mode`:
/// (unsigned conversion, size in bytes, range message if any).
fn int_rule(code: u8, mode: Mode) -> (bool, usize, Option<String>) {
    let std = mode != Mode::Native;
    let big = mode == Mode::Big;
    match code {
        b'b' => (false, 1, Some("byte format requires -128 <= number <= 127".into())),
        b'B' => (false, 1, Some("ubyte format requires 0 <= number <= 255".into())),
        b'h' if big => (false, 2, Some("'h' format requires -32768 <= number <= 32767".into())),
        b'h' => (false, 2, Some("short format requires -32768 <= number <= 32767".into())),
        b'H' if big => (true, 2, Some("'H' format requires 0 <= number <= 65535".into())),
        b'H' => (false, 2, Some("ushort format requires 0 <= number <= 65535".into())),
        b'i' => (false, 4, Some("'i' format requires -2147483648 <= number <= 2147483647".into())),
        b'I' => (true, 4, Some("'I' format requires 0 <= number <= 4294967295".into())),
        b'l' if std => (false, 4, Some("'l' format requires -2147483648 <= number <= 2147483647".into())),
        b'L' if std => (true, 4, Some("'L' format requires 0 <= number <= 4294967295".into())),
        b'l' | b'q' | b'n' => (false, 8, None),
        _ => (true, 8, None),
    }
}

/// Packs one integer field.
fn pack_int(vm: &mut Vm, code: u8, mode: Mode, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let n = int_arg(vm, v)?;
    let wide_msg = if mode == Mode::Big && matches!(code, b'q' | b'Q') { "int too large to convert" } else { "argument out of range" };
    if code == b'P' {
        let bits = match n.to_i64() {
            Some(i) => i as u64,
            None => n.to_u64().ok_or_else(|| error(vm, "int too large to convert"))?,
        };
        sf::put_uint(out, bits, mode);
        return Ok(());
    }
    let (unsigned, size, msg) = int_rule(code, mode);
    let bits = if unsigned {
        let u = n.to_u64().ok_or_else(|| error(vm, wide_msg))?;
        if size < 8 && u >> (8 * size) != 0 {
            return Err(error(vm, msg.unwrap_or_default()));
        }
        u
    } else {
        let i = n.to_i64().ok_or_else(|| error(vm, wide_msg))?;
        let (lo, hi) = match code {
            b'B' => (0, 255),
            b'H' => (0, 65535),
            _ if size < 8 => (-(1i64 << (8 * size - 1)), (1i64 << (8 * size - 1)) - 1),
            _ => (i64::MIN, i64::MAX),
        };
        if i < lo || i > hi {
            return Err(error(vm, msg.unwrap_or_default()));
        }
        i as u64
    };
    sf::put_uint(out, bits, mode);
    Ok(())
}

/// A float argument: floats, ints and objects with `__float__` / `__index__`.
/// Returns the value and whether it came from an int.
fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<(f64, bool)> {
    if let Some(f) = as_f64(v) {
        return Ok((f, false));
    }
    if let Some(b) = as_bigint(v) {
        let f = crate::numfmt::bigint_to_f64(&b).ok_or_else(|| overflow_error("int too large to convert to float"))?;
        return Ok((f, true));
    }
    if vm.lookup_special(v, "__float__").is_some() || vm.lookup_special(v, "__index__").is_some() {
        return Ok((super::math::to_f64(vm, v)?, false));
    }
    Err(error(vm, "required argument is not a float"))
}

fn pack_float(vm: &mut Vm, code: u8, mode: Mode, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let (x, from_int) = float_arg(vm, v)?;
    let too_large = |vm: &mut Vm, c: char| {
        if from_int {
            error(vm, "int too large to convert")
        } else {
            overflow_error(format!("float too large to pack with {c} format"))
        }
    };
    match code {
        b'e' => {
            let h = sf::f64_to_half(x).ok_or_else(|| too_large(vm, 'e'))?;
            sf::put_uint(out, u64::from(h), mode);
        }
        b'f' => {
            let y = x as f32;
            if y.is_infinite() && x.is_finite() && mode != Mode::Native {
                return Err(too_large(vm, 'f'));
            }
            sf::put_uint(out, u64::from(y.to_bits()), mode);
        }
        _ => sf::put_uint(out, x.to_bits(), mode),
    }
    Ok(())
}

/// Packs `values` into `out` (exactly `layout.size` bytes, zero-filled).
fn pack_fields(vm: &mut Vm, layout: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut vals = values.iter();
    for f in &layout.fields {
        for k in 0..f.repeat {
            let v = vals.next().expect("value count checked by the caller");
            let at = f.offset + k * f.size;
            let slot = &mut out[at..at + f.size];
            match f.code {
                b'c' => match v.downcast::<BytesData>() {
                    Some(b) if b.0.len() == 1 => slot[0] = b.0[0],
                    _ => return Err(error(vm, "char format requires a bytes object of length 1")),
                },
                b'?' => slot[0] = u8::from(vm.truthy(v)?),
                b's' | b'p' => {
                    let data = if let Some(b) = v.downcast::<BytesData>() {
                        b.0.to_vec()
                    } else if let Some(b) = v.downcast::<ByteArrayData>() {
                        b.0.borrow().clone()
                    } else {
                        return Err(error(vm, format!("argument for '{}' must be a bytes object", f.code as char)));
                    };
                    if f.code == b's' {
                        let n = data.len().min(f.size);
                        slot[..n].copy_from_slice(&data[..n]);
                    } else if f.size > 0 {
                        let n = data.len().min(f.size - 1).min(255);
                        slot[0] = n as u8;
                        slot[1..1 + n].copy_from_slice(&data[..n]);
                    }
                }
                b'e' | b'f' | b'd' => pack_float(vm, f.code, layout.mode, v, slot)?,
                _ => pack_int(vm, f.code, layout.mode, v, slot)?,
            }
        }
    }
    Ok(())
}

fn check_count(vm: &mut Vm, layout: &Layout, got: usize, who: &str) -> PyResult<()> {
    if got != layout.nvalues {
        return Err(error(vm, format!("{who} expected {} items for packing (got {got})", layout.nvalues)));
    }
    Ok(())
}

/// Unpacks `bytes` (exactly `layout.size` of them) into values.
fn unpack_fields(vm: &mut Vm, layout: &Layout, bytes: &[u8]) -> Vec<Value> {
    let mode = layout.mode;
    let mut out = Vec::with_capacity(layout.nvalues.min(1 << 20));
    for f in &layout.fields {
        for k in 0..f.repeat {
            let at = f.offset + k * f.size;
            let b = &bytes[at..at + f.size];
            let v = match f.code {
                b'c' => vm.bytes(b.to_vec()),
                b'?' => vm.bool(b[0] != 0),
                b's' => vm.bytes(b.to_vec()),
                b'p' => {
                    let n = b.first().map_or(0, |&n| usize::from(n).min(f.size.saturating_sub(1)));
                    vm.bytes(b.get(1..1 + n).unwrap_or(&[]).to_vec())
                }
                b'e' => Value::float(sf::half_to_f64(sf::get_uint(b, mode) as u16)),
                b'f' => Value::float(f64::from(f32::from_bits(sf::get_uint(b, mode) as u32))),
                b'd' => Value::float(f64::from_bits(sf::get_uint(b, mode))),
                b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => vm.int(sf::get_int(b, mode)),
                _ => vm.bigint(BigInt::from(sf::get_uint(b, mode))),
            };
            out.push(v);
        }
    }
    out
}

fn first_arg<'a>(args: &'a Args, name: &str) -> PyResult<&'a Value> {
    args.pos().first().ok_or_else(|| type_error(format!("{name}() missing required argument 'format' (pos 1)")))
}

fn s_calcsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("calcsize").positional(1, 1)?;
    let l = layout(vm, &p[0])?;
    Ok(vm.int(l.size as i64))
}

fn s_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("_struct.pack() takes no keyword arguments"));
    }
    let fmt = first_arg(&args, "pack")?;
    let l = layout(vm, fmt)?;
    let values = &args.pos()[1..];
    check_count(vm, &l, values.len(), "pack")?;
    let mut out = vec![0u8; l.size];
    pack_fields(vm, &l, values, &mut out)?;
    Ok(vm.bytes(out))
}

/// A start offset for `*_from` / `*_into`: negative counts from the end.
fn resolve_offset(vm: &mut Vm, offset: &Value, buflen: usize, need: usize, who: &str) -> PyResult<usize> {
    let off = crate::builtins::index_big(vm, offset)?;
    let off = off.to_i64().ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
    let verb = if who == "pack_into" { "packing" } else { "unpacking" };
    let start = if off < 0 {
        if off.unsigned_abs() as usize > buflen {
            return Err(error(vm, format!("offset {off} out of range for {buflen}-byte buffer")));
        }
        let s = buflen - off.unsigned_abs() as usize;
        if buflen - s < need {
            let msg = if who == "pack_into" { "no space to pack" } else { "not enough data to unpack" };
            return Err(error(vm, format!("{msg} {need} bytes at offset {off}")));
        }
        s
    } else {
        let s = off as usize;
        if buflen < need || s > buflen - need {
            return Err(error(
                vm,
                format!("{who} requires a buffer of at least {} bytes for {verb} {need} bytes at offset {off} (actual buffer size is {buflen})", need as u128 + s as u128),
            ));
        }
        s
    };
    Ok(start)
}

fn s_pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("_struct.pack_into() takes no keyword arguments"));
    }
    let pos = args.pos();
    let fmt = first_arg(&args, "pack_into")?;
    let l = layout(vm, fmt)?;
    if pos.len() < 3 {
        let msg = if pos.len() < 2 { "not enough arguments" } else { "pack_into expected offset argument" };
        return Err(type_error(msg));
    }
    let values = &pos[3..];
    check_count(vm, &l, values.len(), "pack_into")?;
    let buf = &pos[1];
    let Some(ba) = buf.downcast::<ByteArrayData>() else {
        if crate::types::memoryview::view_bytes(buf).is_some() {
            return Err(crate::object::exception::not_implemented_error("struct.pack_into into a memoryview is not supported"));
        }
        return Err(type_error(format!("argument must be read-write bytes-like object, not {}", vm.type_name(buf))));
    };
    let buflen = ba.0.borrow().len();
    let start = resolve_offset(vm, &pos[2], buflen, l.size, "pack_into")?;
    let mut out = vec![0u8; l.size];
    pack_fields(vm, &l, values, &mut out)?;
    let mut b = ba.0.borrow_mut();
    if start + l.size > b.len() {
        return Err(error(vm, "buffer changed size while packing"));
    }
    b[start..start + l.size].copy_from_slice(&out);
    Ok(vm.none())
}

fn s_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("unpack").positional(2, 2)?;
    let l = layout(vm, &p[0])?;
    let bytes = buffer_bytes(vm, &p[1])?;
    if bytes.len() != l.size {
        return Err(error(vm, format!("unpack requires a buffer of {} bytes", l.size)));
    }
    let items = unpack_fields(vm, &l, &bytes);
    Ok(vm.tuple(items))
}

fn s_unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = first_arg(&args, "unpack_from")?.clone();
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    let p = rest.parser("unpack_from").bind(&["buffer", "offset"], 1)?;
    let l = layout(vm, &fmt)?;
    let buf = p[0].clone().expect("required");
    let bytes = buffer_bytes(vm, &buf)?;
    let start = match &p[1] {
        Some(o) => resolve_offset(vm, o, bytes.len(), l.size, "unpack_from")?,
        None => resolve_offset(vm, &vm.int(0), bytes.len(), l.size, "unpack_from")?,
    };
    let items = unpack_fields(vm, &l, &bytes[start..start + l.size]);
    Ok(vm.tuple(items))
}

/// `_buflen(buffer)`: the length of a bytes-like object (TypeError otherwise).
fn s_buflen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("_buflen").positional(1, 1)?;
    let n = buffer_bytes(vm, &p[0])?.len();
    Ok(vm.int(n as i64))
}

fn s_clearcache(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(vm.none())
}

/// Creates the `_struct` module (and the `struct.error` class).
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "_struct");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let exc_base = t().named("Exception");
    let ns = vm.dict();
    if let Some(nd) = ns.downcast::<DictData>() {
        nd.set_str(vm.name("__module__"), vm.str("struct"));
    }
    let name = vm.str("error");
    let bases = vm.tuple(vec![exc_base]);
    let err = vm.call(&t().type_.clone(), &[name, bases, ns])?;
    ERROR.with(|e| *e.borrow_mut() = Some(err.clone()));
    let dd = d.downcast::<DictData>().expect("dict");
    dd.set_str(vm.name("error"), err);
    let fns: &[(&'static str, NativeFn)] = &[
        ("calcsize", s_calcsize),
        ("pack", s_pack),
        ("pack_into", s_pack_into),
        ("unpack", s_unpack),
        ("unpack_from", s_unpack_from),
        ("_clearcache", s_clearcache),
        ("_buflen", s_buflen),
    ];
    for (name, f) in fns {
        dd.set_str(vm.name(name), vm.builtin_fn(name, *f));
    }
    Ok(m)
}
