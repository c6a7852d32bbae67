//! Item conversion for `array.array`: the typecode table (item sizes of
//! the platform's C types) and the encoding of one Python value into the
//! native-endian bytes of an item (with CPython's range checks and
//! messages) and back.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::error::PyResult;
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

/// The typecodes, in CPython's order.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// Item size in bytes of typecode `c`, if it is one.
pub fn itemsize(c: u8) -> Option<usize> {
    Some(match c {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'u' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// One encoded item (up to 8 bytes) and its length.
pub type Item = ([u8; 8], usize);

fn put(bytes: &[u8]) -> Item {
    let mut out = [0u8; 8];
    out[..bytes.len()].copy_from_slice(bytes);
    (out, bytes.len())
}

/// The int value of `v` for an integer typecode (`__index__`, no floats).
fn int_value(vm: &mut Vm, v: &Value) -> PyResult<Result<i64, BigInt>> {
    if let Some(i) = v.as_small_int() {
        return Ok(Ok(i));
    }
    let b = crate::vm::ops::index_of(vm, v)?;
    Ok(b.to_i64().ok_or(b))
}

fn signed(code: u8, v: Result<i64, BigInt>) -> PyResult<i64> {
    let (bits, what) = match code {
        b'b' => (8, "signed char"),
        b'h' => (16, "signed short integer"),
        b'i' => (32, "signed integer"),
        b'q' => return v.map_err(|_| overflow_error("int too big to convert")),
        _ => (64, ""),
    };
    let v = v.map_err(|_| overflow_error("Python int too large to convert to C long"))?;
    if bits < 64 {
        let top = 1i64 << (bits - 1);
        if v >= top {
            return Err(overflow_error(format!("{what} is greater than maximum")));
        }
        if v < -top {
            return Err(overflow_error(format!("{what} is less than minimum")));
        }
    }
    Ok(v)
}

fn unsigned(code: u8, v: Result<i64, BigInt>) -> PyResult<u64> {
    match code {
        b'B' | b'H' => {
            let (bits, what) = if code == b'B' { (8, "unsigned byte integer") } else { (16, "unsigned short") };
            let v = v.map_err(|_| overflow_error("Python int too large to convert to C long"))?;
            if v < 0 {
                return Err(overflow_error(format!("{what} is less than minimum")));
            }
            if v >> bits != 0 {
                return Err(overflow_error(format!("{what} is greater than maximum")));
            }
            Ok(v as u64)
        }
        _ => {
            let q = code == b'Q';
            let neg = match &v {
                Ok(i) => *i < 0,
                Err(b) => b.is_negative(),
            };
            if neg {
                return Err(overflow_error(if q { "can't convert negative int to unsigned" } else { "can't convert negative value to unsigned int" }));
            }
            let u = match v {
                Ok(i) => i as u64,
                Err(b) => b.to_u64().ok_or_else(|| overflow_error(if q { "int too big to convert" } else { "Python int too large to convert to C unsigned long" }))?,
            };
            if code == b'I' && u >> 32 != 0 {
                return Err(overflow_error("unsigned int is greater than maximum"));
            }
            Ok(u)
        }
    }
}

/// A float item value: floats, ints, and objects with `__float__`/`__index__`.
fn float_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i as f64);
    }
    let ty = vm.type_of(v);
    let r = t();
    if !vm.is_subtype(&ty, &r.float) && !vm.is_subtype(&ty, &r.int) && vm.lookup_special(v, "__float__").is_none() && vm.lookup_special(v, "__index__").is_none() {
        return Err(type_error(format!("must be real number, not {}", vm.type_name(v))));
    }
    crate::types::float::float_from_value(vm, v)
}

/// Encodes `v` as an item of typecode `code`.
pub fn encode(vm: &mut Vm, code: u8, v: &Value) -> PyResult<Item> {
    Ok(match code {
        b'f' => put(&(float_value(vm, v)? as f32).to_ne_bytes()),
        b'd' => put(&float_value(vm, v)?.to_ne_bytes()),
        b'u' => {
            let c = as_str(v).and_then(|s| {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            });
            let c = c.ok_or_else(|| type_error("array item must be unicode character"))?;
            put(&(c as u32).to_ne_bytes())
        }
        b'b' | b'h' | b'i' | b'l' | b'q' => {
            let x = signed(code, int_value(vm, v)?)?;
            match code {
                b'b' => put(&(x as i8).to_ne_bytes()),
                b'h' => put(&(x as i16).to_ne_bytes()),
                b'i' => put(&(x as i32).to_ne_bytes()),
                _ => put(&x.to_ne_bytes()),
            }
        }
        _ => {
            let x = unsigned(code, int_value(vm, v)?)?;
            match code {
                b'B' => put(&(x as u8).to_ne_bytes()),
                b'H' => put(&(x as u16).to_ne_bytes()),
                b'I' => put(&(x as u32).to_ne_bytes()),
                _ => put(&x.to_ne_bytes()),
            }
        }
    })
}

/// The Python value of the item stored in `b` (exactly one item's bytes).
pub fn decode(vm: &Vm, code: u8, b: &[u8]) -> PyResult<Value> {
    let a8 = |b: &[u8]| {
        let mut x = [0u8; 8];
        x.copy_from_slice(&b[..8]);
        x
    };
    Ok(match code {
        b'b' => vm.int(b[0] as i8 as i64),
        b'B' => vm.int(b[0] as i64),
        b'h' => vm.int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        b'H' => vm.int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        b'i' => vm.int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'I' => vm.int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'f' => Value::float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => Value::float(f64::from_ne_bytes(a8(b))),
        b'u' => return unicode_item(u32::from_ne_bytes([b[0], b[1], b[2], b[3]])).map(|c| vm.str(c.to_string())),
        b'L' | b'Q' => {
            let u = u64::from_ne_bytes(a8(b));
            match i64::try_from(u) {
                Ok(i) => vm.int(i),
                Err(_) => vm.bigint(BigInt::from(u)),
            }
        }
        _ => vm.int(i64::from_ne_bytes(a8(b))),
    })
}

/// The character of a stored `'u'` item: CPython's range error for values
/// past U+10FFFF; a lone surrogate (which CPython returns) is a Pyrite
/// limitation.
pub fn unicode_item(u: u32) -> PyResult<char> {
    match char::from_u32(u) {
        Some(c) => Ok(c),
        None if (0xD800..=0xDFFF).contains(&u) => Err(crate::object::exception::not_implemented_error(format!(
            "array item U+{u:04X} is a lone surrogate, which Pyrite's str (UTF-8) cannot hold"
        ))),
        None => Err(value_error(format!("character U+{u:x} is not in range [U+0000; U+10ffff]"))),
    }
}
