//! `bytes` and `bytearray`: constructors, sequence dunders, repr, codecs
//! (via `str_codecs`) and the common methods.

use crate::error::PyResult;
use crate::object::bodies::{ByteArrayData, BytesData, SliceData, StrData, TupleData};
use crate::object::ListData;
use crate::object::exception::{index_error, type_error, value_error};
use crate::object::iter::IterState;
use crate::object::registry::{add_method, t};
use crate::object::str::as_str;
use crate::object::{Args, BuiltinKind, Value};
use crate::vm::Vm;

use super::str::{alloc_instance, index_clamped, slice_indices};

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

/// The bytes of a bytes-like value (bytes, bytearray, memoryview, array), copied.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(b.0.to_vec());
    }
    if let Some(b) = v.downcast::<ByteArrayData>() {
        return Some(b.0.borrow().clone());
    }
    // `array.array` exports its items' bytes (CPython's buffer protocol).
    if let Some((_, data)) = crate::stdlib::array::arr_parts(v) {
        return Some(data);
    }
    super::memoryview::view_bytes(v)
}

fn is_ba(v: &Value) -> bool {
    v.downcast::<ByteArrayData>().is_some()
}

pub(super) fn self_bytes(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    match args.pos().first() {
        Some(v) => bytes_of(v).ok_or_else(|| {
            type_error(format!("descriptor '{}' requires a 'bytes' object but received a '{}'", name, vm.type_name(v)))
        }),
        None => Err(type_error(format!("unbound method {}() needs an argument", name))),
    }
}

/// A new value of the same family as `like` (bytes or bytearray).
pub(super) fn same_kind(vm: &Vm, like: &Value, b: Vec<u8>) -> Value {
    if is_ba(like) {
        crate::object::alloc(&t().bytearray, ByteArrayData(std::cell::RefCell::new(b)), None)
    } else {
        vm.bytes(b)
    }
}

/// Bytes from an arbitrary constructor argument (int size, iterable of ints, buffer).
fn bytes_from_value(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Vec<u8>> {
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
    items
        .iter()
        .map(|x| {
            byte_value(vm, x).map_err(|e| {
                if fname == "bytes" && vm.is_subtype(&e.exc_type(), &t().named("ValueError")) {
                    value_error("bytes must be in range(0, 256)")
                } else {
                    e
                }
            })
        })
        .collect()
}

pub(super) fn byte_value(vm: &mut Vm, x: &Value) -> PyResult<u8> {
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
            bytes_from_value(vm, src, fname)
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

/// `bytes.__bytes__`: the object itself (a plain bytes copy for subclasses).
fn b_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "__bytes__")?;
    let p = args.parser("__bytes__").positional(1, 1)?;
    if vm.type_of(&p[0]).is(&t().bytes) {
        return Ok(p[0].clone());
    }
    Ok(vm.bytes(b))
}

/// `bytes.__getnewargs__`: `(bytes(self),)`, a plain bytes copy.
fn b_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = self_bytes(vm, &args, "__getnewargs__")?;
    let v = vm.bytes(b);
    Ok(vm.tuple(vec![v]))
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

pub(super) fn other_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
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
        return Ok(vm.bool(super::bytes_search::find_sub(&b, &o, 0).is_some()));
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

pub(super) fn sub_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    if super::str::int_value(v).is_some() {
        return Ok(vec![byte_value(vm, v)?]);
    }
    Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", vm.type_name(v))))
}

/// Registers the bytes and bytearray methods.
pub fn install() {
    use super::bytes_mutate as mu;
    use super::bytes_search as se;
    use super::bytes_text as tx;
    use BuiltinKind::Method as M;
    let common: &[(&'static str, crate::object::NativeFn)] = &[
        ("__len__", b_len), ("__getitem__", b_getitem), ("__add__", b_add), ("__mul__", b_mul),
        ("__rmul__", b_mul), ("__eq__", b_eq), ("__ne__", b_ne), ("__lt__", b_lt), ("__le__", b_le),
        ("__gt__", b_gt), ("__ge__", b_ge), ("__iter__", b_iter), ("__contains__", b_contains),
        ("__repr__", b_repr), ("__str__", b_repr), ("__mod__", b_mod), ("__rmod__", b_rmod),
        ("decode", tx::b_decode), ("hex", tx::b_hex), ("upper", tx::b_upper), ("lower", tx::b_lower),
        ("title", tx::b_title), ("capitalize", tx::b_capitalize), ("swapcase", tx::b_swapcase),
        ("isalnum", tx::b_isalnum), ("isalpha", tx::b_isalpha), ("isascii", tx::b_isascii),
        ("isdigit", tx::b_isdigit), ("isspace", tx::b_isspace), ("islower", tx::b_islower),
        ("isupper", tx::b_isupper), ("istitle", tx::b_istitle), ("ljust", tx::b_ljust), ("rjust", tx::b_rjust),
        ("center", tx::b_center), ("zfill", tx::b_zfill), ("expandtabs", tx::b_expandtabs),
        ("translate", tx::b_translate),
        ("join", se::b_join), ("split", se::b_split), ("rsplit", se::b_rsplit), ("splitlines", se::b_splitlines),
        ("partition", se::b_partition), ("rpartition", se::b_rpartition),
        ("strip", se::b_strip), ("lstrip", se::b_lstrip), ("rstrip", se::b_rstrip),
        ("startswith", se::b_startswith), ("endswith", se::b_endswith), ("find", se::b_find),
        ("rfind", se::b_rfind), ("index", se::b_index), ("rindex", se::b_rindex), ("count", se::b_count),
        ("replace", se::b_replace), ("removeprefix", se::b_removeprefix), ("removesuffix", se::b_removesuffix),
    ];
    for ty in [&t().bytes, &t().bytearray] {
        for (n, f) in common {
            add_method(ty, n, *f, M);
        }
        add_method(ty, "fromhex", tx::b_fromhex, BuiltinKind::ClassMethod);
    }
    add_method(&t().bytes, "maketrans", tx::b_maketrans, BuiltinKind::StaticMethod);
    add_method(&t().bytearray, "maketrans", tx::ba_maketrans, BuiltinKind::StaticMethod);
    super::str_codecs::install();
    add_method(&t().bytes, "__new__", b_new, BuiltinKind::StaticMethod);
    add_method(&t().bytes, "__hash__", b_hash, M);
    add_method(&t().bytes, "__bytes__", b_bytes, M);
    add_method(&t().bytes, "__getnewargs__", b_getnewargs, M);
    let ba = &t().bytearray;
    add_method(ba, "__new__", ba_new, BuiltinKind::StaticMethod);
    add_method(ba, "__init__", ba_init, M);
    let muts: &[(&'static str, crate::object::NativeFn)] = &[
        ("append", mu::ba_append), ("extend", mu::ba_extend), ("insert", mu::ba_insert), ("pop", mu::ba_pop),
        ("remove", mu::ba_remove), ("reverse", mu::ba_reverse), ("clear", mu::ba_clear), ("copy", mu::ba_copy),
        ("__setitem__", mu::ba_setitem), ("__delitem__", mu::ba_delitem), ("__iadd__", mu::ba_iadd),
        ("__imul__", mu::ba_imul),
    ];
    for (n, f) in muts {
        add_method(ba, n, *f, M);
    }
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
