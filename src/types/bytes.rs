//! `bytes` and `bytearray`: constructors, sequence dunders, repr, codecs
//! (via `str_codecs`) and the common methods.

use crate::error::PyResult;
use crate::object::bodies::{ByteArrayData, BytesData, ListData, SliceData, StrData, TupleData};
use crate::object::exception::{index_error, type_error, value_error};
use crate::object::iter::IterState;
use crate::object::registry::{add_method, t};
use crate::object::str::as_str;
use crate::object::{Args, BuiltinKind, Value};
use crate::vm::Vm;

use super::str::{adjust_range, alloc_instance, index_clamped, int_arg, opt_index, slice_indices};

/// Decodes `b` with `encoding` and `errors` (see [`super::str_codecs`]).
pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    super::str_codecs::decode(vm, b, encoding, errors)
}

/// Encodes `s` with `encoding` and `errors` (see [`super::str_codecs`]).
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    super::str_codecs::encode(vm, s, encoding, errors)
}

/// `repr(b)` of a bytes value: `b'...'` with CPython's escaping.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

/// The bytes of a bytes-like value (bytes or bytearray), copied.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(b.0.to_vec());
    }
    v.downcast::<ByteArrayData>().map(|b| b.0.borrow().clone())
}

fn is_ba(v: &Value) -> bool {
    v.downcast::<ByteArrayData>().is_some()
}

fn self_bytes(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    match args.pos().first() {
        Some(v) => bytes_of(v).ok_or_else(|| {
            type_error(format!("descriptor '{}' requires a 'bytes' object but received a '{}'", name, vm.type_name(v)))
        }),
        None => Err(type_error(format!("unbound method {}() needs an argument", name))),
    }
}

/// A new value of the same family as `like` (bytes or bytearray).
fn same_kind(vm: &Vm, like: &Value, b: Vec<u8>) -> Value {
    if is_ba(like) {
        crate::object::alloc(&t().bytearray, ByteArrayData(std::cell::RefCell::new(b)), None)
    } else {
        vm.bytes(b)
    }
}

/// Bytes from an arbitrary constructor argument (int size, iterable of ints, buffer).
fn bytes_from_value(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    if v.downcast::<StrData>().is_some() {
        return Err(type_error("string argument without an encoding"));
    }
    if v.as_float().is_none() {
        if let Some(n) = super::str::int_value(v) {
            let n = n.ok_or_else(|| crate::object::exception::overflow_error("cannot fit 'int' into an index-sized integer"))?;
            if n < 0 {
                return Err(value_error("negative count"));
            }
            return Ok(vec![0; n as usize]);
        }
    }
    let items: Vec<Value> = if let Some(l) = v.downcast::<ListData>() {
        l.0.borrow().clone()
    } else if let Some(tu) = v.downcast::<TupleData>() {
        tu.0.to_vec()
    } else {
        if vm.lookup_special(v, "__iter__").is_none() && vm.lookup_special(v, "__getitem__").is_none() {
            return Err(type_error(format!("cannot convert '{}' object to bytes", vm.type_name(v))));
        }
        vm.collect(v)?
    };
    items.iter().map(|x| byte_value(vm, x)).collect()
}

fn byte_value(vm: &mut Vm, x: &Value) -> PyResult<u8> {
    match index_clamped(vm, x)? {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(value_error("byte must be in range(0, 256)")),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(x)))),
    }
}

fn ctor_bytes(vm: &mut Vm, args: Args, fname: &'static str) -> PyResult<Vec<u8>> {
    let p = args.parser(fname).bind(&["cls", "source", "encoding", "errors"], 1)?;
    match (&p[1], &p[2]) {
        (None, None) => Ok(vec![]),
        (Some(src), Some(enc)) => {
            let s = as_str(src).ok_or_else(|| type_error("encoding without a string argument"))?;
            let e = as_str(enc).ok_or_else(|| type_error(format!("{}() argument 'encoding' must be str, not {}", fname, vm.type_name(enc))))?;
            let errs = p[3].as_ref().and_then(as_str).unwrap_or("strict");
            encode(vm, s, e, errs)
        }
        (Some(src), None) => {
            if p[3].is_some() && as_str(src).is_some() {
                return Err(type_error("string argument without an encoding"));
            }
            if vm.type_of(src).is(&t().bytes) && fname == "bytes" {
                return Ok(bytes_of(src).unwrap_or_default());
            }
            if as_str(src).is_none() && src.downcast::<BytesData>().is_none() {
                if let Some(m) = vm.lookup_special(src, "__bytes__") {
                    let r = vm.call(&m, &[])?;
                    return bytes_of(&r).ok_or_else(|| type_error("__bytes__ returned non-bytes"));
                }
            }
            bytes_from_value(vm, src)
        }
        (None, Some(_)) => Err(type_error("encoding without a string argument")),
    }
}

fn b_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or_else(|| t().bytes.clone());
    let b = ctor_bytes(vm, args, "bytes")?;
    Ok(alloc_instance(&cls, BytesData(b.into_boxed_slice()), &t().bytes))
}

fn ba_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos().first().cloned().unwrap_or_else(|| t().bytearray.clone());
    let b = ctor_bytes(vm, args, "bytearray")?;
    Ok(alloc_instance(&cls, ByteArrayData(std::cell::RefCell::new(b)), &t().bytearray))
}

fn ba_init(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.none())
}

fn b_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "__len__")?;
    Ok(vm.int(b.len() as i64))
}

fn b_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "__getitem__")?;
    let p = args.parser("__getitem__").positional(2, 2)?;
    let key = &p[1];
    if let Some(sl) = key.downcast::<SliceData>() {
        let (start, _, step, n) = slice_indices(vm, sl, b.len())?;
        let out: Vec<u8> = (0..n).map(|k| b[(start + k as i64 * step) as usize]).collect();
        return Ok(same_kind(vm, &p[0], out));
    }
    let i = match index_clamped(vm, key)? {
        Some(i) => i,
        None => {
            let tn = if is_ba(&p[0]) { "bytearray" } else { "byte" };
            return Err(type_error(format!("{} indices must be integers or slices, not {}", tn, vm.type_name(key))));
        }
    };
    let len = b.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(index_error(if is_ba(&p[0]) { "bytearray index out of range" } else { "index out of range" }));
    }
    Ok(vm.int(b[j as usize] as i64))
}

fn other_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn b_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut b = self_bytes(vm, &args, "__add__")?;
    let p = args.parser("__add__").positional(2, 2)?;
    match bytes_of(&p[1]) {
        Some(o) => {
            b.extend_from_slice(&o);
            Ok(same_kind(vm, &p[0], b))
        }
        None => Err(type_error(format!("can't concat {} to {}", vm.type_name(&p[1]), vm.type_name(&p[0])))),
    }
}

fn b_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "__mul__")?;
    let p = args.parser("__mul__").positional(2, 2)?;
    let n = match index_clamped(vm, &p[1])? {
        Some(n) => n,
        None => return Ok(t().not_implemented.clone()),
    };
    if n > 0 && (b.len() as u128) * (n as u128) > (isize::MAX as u128) / 4 {
        return Err(crate::object::exception::overflow_error("repeated bytes are too long"));
    }
    let out = if n <= 0 { vec![] } else { b.repeat(n as usize) };
    Ok(same_kind(vm, &p[0], out))
}

macro_rules! bcmp {
    ($name:ident, $py:literal, $op:tt) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let b = self_bytes(vm, &args, $py)?;
            let p = args.parser($py).positional(2, 2)?;
            match bytes_of(&p[1]) {
                Some(o) => Ok(vm.bool(b $op o)),
                None => Ok(t().not_implemented.clone()),
            }
        }
    };
}
bcmp!(b_eq, "__eq__", ==);
bcmp!(b_ne, "__ne__", !=);
bcmp!(b_lt, "__lt__", <);
bcmp!(b_le, "__le__", <=);
bcmp!(b_gt, "__gt__", >);
bcmp!(b_ge, "__ge__", >=);

/// CPython's hash of bytes (same algorithm as str for Latin-1 text).
pub fn bytes_hash(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let s: String = b.iter().map(|&c| c as char).collect();
    crate::object::hashing::str_hash(&s)
}

fn b_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "__hash__")?;
    if is_ba(&args.pos()[0]) {
        return Err(type_error("unhashable type: 'bytearray'"));
    }
    Ok(vm.int(bytes_hash(&b)))
}

fn b_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_bytes(vm, &args, "__iter__")?;
    let seq = args.pos()[0].clone();
    let name = if is_ba(&seq) { "bytearray_iterator" } else { "bytes_iterator" };
    let name = if t().get_named(name).is_some() { name } else { "bytes_iterator" };
    Ok(vm.iterator(name, IterState::Bytes { seq, index: 0 }))
}

fn b_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "__contains__")?;
    let p = args.parser("__contains__").positional(2, 2)?;
    if let Some(o) = bytes_of(&p[1]) {
        return Ok(vm.bool(find_sub(&b, &o, 0).is_some()));
    }
    let x = byte_value(vm, &p[1]).map_err(|e| {
        if vm.is_subtype(&e.exc_type(), &t().named("TypeError")) {
            type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&p[1])))
        } else {
            e
        }
    })?;
    Ok(vm.bool(b.contains(&x)))
}

fn b_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "__repr__")?;
    let v = &args.pos()[0];
    if is_ba(v) {
        let name = vm.type_name(v);
        return Ok(vm.str(format!("{}({})", name, bytes_repr(&b))));
    }
    Ok(vm.str(bytes_repr(&b)))
}

fn find_sub(h: &[u8], n: &[u8], from: usize) -> Option<usize> {
    if n.is_empty() {
        return if from <= h.len() { Some(from) } else { None };
    }
    if n.len() > h.len() {
        return None;
    }
    (from..=h.len() - n.len()).find(|&i| &h[i..i + n.len()] == n)
}

fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).rev().find(|&i| &h[i..i + n.len()] == n)
}

fn sub_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    if super::str::int_value(v).is_some() {
        return Ok(vec![byte_value(vm, v)?]);
    }
    Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(v))))
}

fn b_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "decode")?;
    let p = args.parser("decode").bind(&["self", "encoding", "errors"], 1)?;
    let enc = p[1].as_ref().and_then(as_str).unwrap_or("utf-8").to_string();
    let errs = p[2].as_ref().and_then(as_str).unwrap_or("strict").to_string();
    let s = decode(vm, &b, &enc, &errs)?;
    Ok(vm.str(s))
}

fn b_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "hex")?;
    let p = args.parser("hex").bind(&["self", "sep", "bytes_per_sep"], 1)?;
    let hex: Vec<String> = b.iter().map(|c| format!("{:02x}", c)).collect();
    let Some(sep) = &p[1] else { return Ok(vm.str(hex.concat())) };
    let sep = as_str(sep).map(str::to_string).or_else(|| bytes_of(sep).map(|b| b.iter().map(|&c| c as char).collect())).unwrap_or_default();
    let per = match &p[2] {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    let n = per.unsigned_abs().max(1) as usize;
    let mut groups: Vec<String> = Vec::new();
    if per >= 0 {
        let first = hex.len() % n;
        let mut i = 0;
        if first > 0 {
            groups.push(hex[..first].concat());
            i = first;
        }
        while i < hex.len() {
            groups.push(hex[i..i + n].concat());
            i += n;
        }
    } else {
        for ch in hex.chunks(n) {
            groups.push(ch.concat());
        }
    }
    Ok(vm.str(groups.join(&sep)))
}

fn b_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("fromhex").positional(2, 2)?;
    let s = as_str(&p[1]).ok_or_else(|| type_error(format!("fromhex() argument must be str, not {}", vm.type_name(&p[1]))))?;
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16);
        let lo = cs.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) if i + 1 < cs.len() => {
                return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)))
            }
            (Some(_), None) => return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1))),
            (None, _) => return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i))),
        }
        i += 2;
    }
    let cls = p[0].clone();
    if vm.is_subtype(&cls, &t().bytearray) {
        return Ok(crate::object::alloc(&t().bytearray, ByteArrayData(std::cell::RefCell::new(out)), None));
    }
    let b = vm.bytes(out);
    if cls.is(&t().bytes) {
        return Ok(b);
    }
    vm.call(&cls, &[b])
}

fn b_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = self_bytes(vm, &args, "join")?;
    let p = args.parser("join").positional(2, 2)?;
    let items = vm.collect(&p[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(it) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    vm.type_name(it)
                )))
            }
        }
    }
    Ok(same_kind(vm, &p[0], out))
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn b_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "split")?;
    let p = args.parser("split").bind(&["self", "sep", "maxsplit"], 1)?;
    let maxsplit = match &p[2] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let this = p[0].clone().unwrap_or_else(|| vm.none());
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match &p[1] {
        Some(s) if !vm.is_none(s) => {
            let sep = other_bytes(vm, s)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut start = 0;
            while parts.len() < limit {
                match find_sub(&b, &sep, start) {
                    Some(i) => {
                        parts.push(b[start..i].to_vec());
                        start = i + sep.len();
                    }
                    None => break,
                }
            }
            parts.push(b[start..].to_vec());
        }
        _ => {
            let mut i = 0;
            while i < b.len() && is_ws(b[i]) {
                i += 1;
            }
            while i < b.len() {
                if parts.len() == limit {
                    let mut end = b.len();
                    while end > i && is_ws(b[end - 1]) {
                        end -= 1;
                    }
                    parts.push(b[i..end].to_vec());
                    break;
                }
                let st = i;
                while i < b.len() && !is_ws(b[i]) {
                    i += 1;
                }
                parts.push(b[st..i].to_vec());
                while i < b.len() && is_ws(b[i]) {
                    i += 1;
                }
            }
        }
    }
    let vals: Vec<Value> = parts.into_iter().map(|x| same_kind(vm, &this, x)).collect();
    Ok(vm.list(vals))
}

fn strip_impl(vm: &mut Vm, args: Args, fname: &'static str, l: bool, r: bool) -> PyResult<Value> {
    let b = self_bytes(vm, &args, fname)?;
    let p = args.parser(fname).positional(1, 2)?;
    let set: Option<Vec<u8>> = match p.get(1) {
        Some(v) if !vm.is_none(v) => Some(other_bytes(vm, v)?),
        _ => None,
    };
    let keep = |c: u8| match &set {
        None => is_ws(c),
        Some(s) => s.contains(&c),
    };
    let mut lo = 0;
    let mut hi = b.len();
    if l {
        while lo < hi && keep(b[lo]) {
            lo += 1;
        }
    }
    if r {
        while hi > lo && keep(b[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(same_kind(vm, &p[0], b[lo..hi].to_vec()))
}

fn b_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn b_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn b_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn range_args(vm: &mut Vm, p: &[Value], len: usize) -> PyResult<Option<(usize, usize)>> {
    let s = opt_index(vm, p.get(2))?;
    let e = opt_index(vm, p.get(3))?;
    let (s, e) = adjust_range(s, e, len);
    if s > len as i64 || e < s {
        return Ok(None);
    }
    Ok(Some((s as usize, e as usize)))
}

fn affix(vm: &mut Vm, args: Args, fname: &'static str, end: bool) -> PyResult<Value> {
    let b = self_bytes(vm, &args, fname)?;
    let p = args.parser(fname).positional(2, 4)?;
    let r = range_args(vm, p, b.len())?;
    let cands: Vec<Vec<u8>> = if let Some(tu) = p[1].downcast::<TupleData>() {
        let mut v = Vec::new();
        for it in tu.0.iter() {
            v.push(bytes_of(it).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(it))))?);
        }
        v
    } else {
        vec![bytes_of(&p[1]).ok_or_else(|| {
            type_error(format!("{} first arg must be bytes or a tuple of bytes, not {}", fname, vm.type_name(&p[1])))
        })?]
    };
    let Some((lo, hi)) = r else { return Ok(vm.bool(false)) };
    let h = &b[lo..hi];
    Ok(vm.bool(cands.iter().any(|c| if end { h.ends_with(c) } else { h.starts_with(c) })))
}

fn b_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}
fn b_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

fn find_gen(vm: &mut Vm, args: Args, fname: &'static str, rev: bool) -> PyResult<Option<usize>> {
    let b = self_bytes(vm, &args, fname)?;
    let p = args.parser(fname).positional(2, 4)?;
    let sub = sub_of(vm, &p[1])?;
    let Some((lo, hi)) = range_args(vm, p, b.len())? else { return Ok(None) };
    let h = &b[lo..hi];
    let r = if rev { rfind_sub(h, &sub) } else { find_sub(h, &sub, 0) };
    Ok(r.map(|i| i + lo))
}

fn b_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = find_gen(vm, args, "find", false)?;
    Ok(vm.int(r.map(|i| i as i64).unwrap_or(-1)))
}
fn b_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = find_gen(vm, args, "rfind", true)?;
    Ok(vm.int(r.map(|i| i as i64).unwrap_or(-1)))
}
fn b_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_gen(vm, args, "index", false)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn b_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "count")?;
    let p = args.parser("count").positional(2, 4)?;
    let sub = sub_of(vm, &p[1])?;
    let Some((lo, hi)) = range_args(vm, p, b.len())? else { return Ok(vm.int(0)) };
    let h = &b[lo..hi];
    if sub.is_empty() {
        return Ok(vm.int(h.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(j) = find_sub(h, &sub, i) {
        n += 1;
        i = j + sub.len();
    }
    Ok(vm.int(n))
}

fn b_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "replace")?;
    let p = args.parser("replace").positional(3, 4)?;
    let old = other_bytes(vm, &p[1])?;
    let new = other_bytes(vm, &p[2])?;
    let count = match p.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::new();
    let mut n = 0;
    if old.is_empty() {
        for &c in &b {
            if n < limit {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.extend_from_slice(&new);
        }
    } else {
        let mut i = 0;
        while n < limit {
            match find_sub(&b, &old, i) {
                Some(j) => {
                    out.extend_from_slice(&b[i..j]);
                    out.extend_from_slice(&new);
                    i = j + old.len();
                    n += 1;
                }
                None => break,
            }
        }
        out.extend_from_slice(&b[i..]);
    }
    Ok(same_kind(vm, &p[0], out))
}

fn b_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "upper")?;
    Ok(same_kind(vm, &args.pos()[0], b.to_ascii_uppercase()))
}
fn b_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "lower")?;
    Ok(same_kind(vm, &args.pos()[0], b.to_ascii_lowercase()))
}

fn ba_self<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a ByteArrayData> {
    match args.pos().first() {
        Some(v) => v.downcast::<ByteArrayData>().ok_or_else(|| {
            type_error(format!("descriptor '{}' requires a 'bytearray' object but received a '{}'", name, vm.type_name(v)))
        }),
        None => Err(type_error(format!("unbound method bytearray.{}() needs an argument", name))),
    }
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "append")?;
    let p = args.parser("append").positional(2, 2)?;
    let x = byte_value(vm, &p[1])?;
    d.0.borrow_mut().push(x);
    Ok(vm.none())
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "extend")?;
    let p = args.parser("extend").positional(2, 2)?;
    if as_str(&p[1]).is_some() {
        return Err(type_error("expected iterable of integers; got: 'str'"));
    }
    let b = bytes_from_value(vm, &p[1])?;
    d.0.borrow_mut().extend_from_slice(&b);
    Ok(vm.none())
}

fn ba_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "__iadd__")?;
    let p = args.parser("__iadd__").positional(2, 2)?;
    let b = bytes_of(&p[1]).ok_or_else(|| type_error(format!("can't concat {} to bytearray", vm.type_name(&p[1]))))?;
    d.0.borrow_mut().extend_from_slice(&b);
    Ok(p[0].clone())
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "pop")?;
    let p = args.parser("pop").positional(1, 2)?;
    let i = match p.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let mut v = d.0.borrow_mut();
    if v.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let len = v.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(index_error("pop index out of range"));
    }
    let x = v.remove(j as usize);
    drop(v);
    Ok(vm.int(x as i64))
}

fn ba_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "__setitem__")?;
    let p = args.parser("__setitem__").positional(3, 3)?;
    let len = d.0.borrow().len();
    if let Some(sl) = p[1].downcast::<SliceData>() {
        let (start, stop, step, n) = slice_indices(vm, sl, len)?;
        let new = if super::str::int_value(&p[2]).is_some() {
            return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        } else {
            bytes_from_value(vm, &p[2])?
        };
        let mut v = d.0.borrow_mut();
        if step == 1 {
            let stop = (stop.max(start)) as usize;
            v.splice(start as usize..stop, new);
        } else {
            if new.len() != n {
                return Err(value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    n
                )));
            }
            for (k, x) in new.into_iter().enumerate() {
                v[(start + k as i64 * step) as usize] = x;
            }
        }
        return Ok(vm.none());
    }
    let i = match index_clamped(vm, &p[1])? {
        Some(i) => i,
        None => return Err(type_error(format!("bytearray indices must be integers or slices, not {}", vm.type_name(&p[1])))),
    };
    let x = byte_value(vm, &p[2])?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error("bytearray index out of range"));
    }
    d.0.borrow_mut()[j as usize] = x;
    Ok(vm.none())
}

fn ba_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "__delitem__")?;
    let p = args.parser("__delitem__").positional(2, 2)?;
    let len = d.0.borrow().len();
    if let Some(sl) = p[1].downcast::<SliceData>() {
        let (start, _, step, n) = slice_indices(vm, sl, len)?;
        let mut idx: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
        idx.sort_unstable();
        let mut v = d.0.borrow_mut();
        for i in idx.into_iter().rev() {
            v.remove(i);
        }
        return Ok(vm.none());
    }
    let i = int_arg(vm, &p[1])?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error("bytearray index out of range"));
    }
    d.0.borrow_mut().remove(j as usize);
    Ok(vm.none())
}

fn ba_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "clear")?;
    d.0.borrow_mut().clear();
    Ok(vm.none())
}

fn ba_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "copy")?;
    Ok(same_kind(vm, &args.pos()[0], b))
}

/// Registers the bytes and bytearray methods.
pub fn install() {
    use BuiltinKind::Method as M;
    let common: &[(&'static str, crate::object::NativeFn)] = &[
        ("__len__", b_len), ("__getitem__", b_getitem), ("__add__", b_add), ("__mul__", b_mul),
        ("__rmul__", b_mul), ("__eq__", b_eq), ("__ne__", b_ne), ("__lt__", b_lt), ("__le__", b_le),
        ("__gt__", b_gt), ("__ge__", b_ge), ("__iter__", b_iter), ("__contains__", b_contains),
        ("__repr__", b_repr), ("__str__", b_repr), ("decode", b_decode), ("hex", b_hex), ("join", b_join), ("split", b_split),
        ("strip", b_strip), ("lstrip", b_lstrip), ("rstrip", b_rstrip), ("startswith", b_startswith),
        ("endswith", b_endswith), ("find", b_find), ("rfind", b_rfind), ("index", b_index), ("count", b_count),
        ("replace", b_replace), ("upper", b_upper), ("lower", b_lower),
    ];
    for ty in [&t().bytes, &t().bytearray] {
        for (n, f) in common {
            add_method(ty, n, *f, M);
        }
        add_method(ty, "fromhex", b_fromhex, BuiltinKind::ClassMethod);
    }
    for ty in [&t().bytes, &t().bytearray] {
        add_method(ty, "__mod__", b_mod, M);
        add_method(ty, "__rmod__", b_rmod, M);
    }
    super::str_codecs::install();
    add_method(&t().bytes, "__new__", b_new, BuiltinKind::StaticMethod);
    add_method(&t().bytes, "__hash__", b_hash, M);
    let ba = &t().bytearray;
    add_method(ba, "__new__", ba_new, BuiltinKind::StaticMethod);
    add_method(ba, "__init__", ba_init, M);
    add_method(ba, "append", ba_append, M);
    add_method(ba, "extend", ba_extend, M);
    add_method(ba, "pop", ba_pop, M);
    add_method(ba, "__setitem__", ba_setitem, M);
    add_method(ba, "__delitem__", ba_delitem, M);
    add_method(ba, "__iadd__", ba_iadd, M);
    add_method(ba, "clear", ba_clear, M);
    add_method(ba, "copy", ba_copy, M);
    set_unhashable(ba);
}

/// `bytes % args` / `bytearray % args` (printf-style formatting).
fn b_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "__mod__")?;
    let p = args.parser("__mod__").positional(2, 2)?;
    let out = super::strformat::bytes_percent_format(vm, &b, &p[1])?;
    Ok(same_kind(vm, &p[0], out))
}

/// `x % bytes` reached through the reflected slot: not supported.
fn b_rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.parser("__rmod__").positional(2, 2)?;
    let _ = vm;
    Ok(t().not_implemented.clone())
}

fn set_unhashable(ty: &Value) {
    crate::object::registry::set_type_attr(ty, "__hash__", t().none.clone());
}
