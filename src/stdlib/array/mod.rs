//! The native `array` module: `array.array`, a sequence of numbers or
//! characters of one C type stored as native-endian bytes (`codec.rs`
//! converts items), with the list-like API, slicing (slice assignment only
//! from arrays of the same typecode), `+`/`*`, comparisons and the byte,
//! list, unicode and file conversions. `seq.rs`: indexing, slicing,
//! concatenation, repetition and comparison.

pub mod codec;
mod seq;

use std::sync::OnceLock;

use crate::error::{PyErr, PyResult};
use crate::object::exception::{eof_error, index_error, type_error, value_error};
use crate::object::registry::{add_getset, add_method, new_builtin_subtype, set_type_attr};
use crate::object::str::as_str;
use crate::object::typeobj::tflags;
use crate::object::*;
use crate::vm::Vm;

/// Registry key of the array type.
pub const ARRAY_TYPE: &str = "array.array";
const ITER_TYPE: &str = "array.arrayiterator";

/// Rust state of an array: its typecode and items as bytes.
pub struct ArrayState {
    /// The typecode (an ASCII letter of `codec::TYPECODES`).
    pub code: u8,
    /// Bytes per item.
    pub size: usize,
    /// The items, native-endian.
    pub data: Vec<u8>,
}

impl NativeState for ArrayState {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl ArrayState {
    fn len(&self) -> usize {
        self.data.len() / self.size
    }
    fn item(&self, i: usize) -> &[u8] {
        &self.data[i * self.size..(i + 1) * self.size]
    }
}

/// Runs `f` on the array state of `v` (no Python code may run in `f`).
pub fn with_arr<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut ArrayState) -> R) -> PyResult<R> {
    v.downcast::<StateData>()
        .and_then(|s| s.with_mut::<ArrayState, R>(f))
        .ok_or_else(|| type_error(format!("descriptor requires a 'array.array' object but received a '{}'", vm.type_name(v))))
}

/// Typecode and bytes of `v` if it is an array.
pub fn arr_parts(v: &Value) -> Option<(u8, Vec<u8>)> {
    v.downcast::<StateData>()?.with::<ArrayState, _>(|a| (a.code, a.data.clone()))
}

/// The typecode of `v` if it is an array.
pub fn arr_code(v: &Value) -> Option<u8> {
    v.downcast::<StateData>()?.with::<ArrayState, _>(|a| a.code)
}

/// A new array of class `cls`.
pub fn new_array(cls: &Value, code: u8, data: Vec<u8>) -> Value {
    let size = codec::itemsize(code).unwrap_or(1);
    alloc(cls, StateData::new(ArrayState { code, size, data }), None)
}

/// The Python values of all items.
pub fn values(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    let (code, data) = arr_parts(v).ok_or_else(|| type_error("array expected"))?;
    let size = codec::itemsize(code).unwrap_or(1);
    data.chunks_exact(size).map(|c| codec::decode(vm, code, c)).collect()
}

/// Encodes every item of `items` for `code`.
fn encode_all(vm: &mut Vm, code: u8, items: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len() * codec::itemsize(code).unwrap_or(1));
    for v in items {
        let (b, n) = codec::encode(vm, code, v)?;
        out.extend_from_slice(&b[..n]);
    }
    Ok(out)
}

fn this<'a>(args: &Args<'a>, name: &'a str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let p = args.parser(name).positional(1, 1 + max)?;
    if p.len() < 1 + min {
        let what = if min == max { "exactly" } else { "at least" };
        return Err(type_error(format!("{name}() takes {what} {min} argument{} ({} given)", if min == 1 { "" } else { "s" }, p.len() - 1)));
    }
    Ok(p)
}

/// `array(typecode[, initializer])`.
fn array_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let cls = pos.first().cloned().ok_or_else(|| type_error("array.__new__(): not enough arguments"))?;
    if args.has_kwargs() && cls.is(&t().named(ARRAY_TYPE)) {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    let p = &pos[1..];
    if p.is_empty() || p.len() > 2 {
        return Err(type_error(format!("array() takes at {} {} argument{} ({} given)", if p.is_empty() { "least" } else { "most" }, if p.is_empty() { 1 } else { 2 }, if p.is_empty() { "" } else { "s" }, p.len())));
    }
    let tc = as_str(&p[0]).filter(|s| s.chars().count() == 1);
    let Some(tc) = tc else {
        return Err(type_error(format!("array() argument 1 must be a unicode character, not {}", vm.type_name(&p[0]))));
    };
    let code = tc.as_bytes()[0];
    let size = match codec::itemsize(code).filter(|_| tc.len() == 1) {
        Some(s) => s,
        None => return Err(value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")),
    };
    let Some(init) = p.get(1) else { return Ok(new_array(&cls, code, Vec::new())) };
    let data = if let Some(s) = as_str(init) {
        if code != b'u' {
            return Err(type_error(format!("cannot use a str to initialize an array with typecode '{}'", code as char)));
        }
        s.chars().flat_map(|c| (c as u32).to_ne_bytes()).collect()
    } else if let Some(other) = arr_code(init) {
        if code == b'u' && other != b'u' {
            return Err(type_error("cannot use a unicode array to initialize an array with typecode 'u'"));
        }
        if other == code {
            arr_parts(init).map(|p| p.1).unwrap_or_default()
        } else {
            let items = values(vm, init)?;
            encode_all(vm, code, &items)?
        }
    } else if init.downcast::<BytesData>().is_some() || init.downcast::<ByteArrayData>().is_some() {
        let b = crate::types::bytes::bytes_of(init).unwrap_or_default();
        if !b.len().is_multiple_of(size) {
            return Err(value_error("bytes length not a multiple of item size"));
        }
        b
    } else {
        let items = vm.collect(init)?;
        encode_all(vm, code, &items)?
    };
    Ok(new_array(&cls, code, data))
}

fn array_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(t().none.clone())
}

fn g_typecode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = with_arr(vm, v, |a| a.code)?;
    Ok(vm.str((c as char).to_string()))
}

fn g_itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = with_arr(vm, v, |a| a.size)?;
    Ok(vm.int(n as i64))
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "append", 1, 1)?;
    let code = with_arr(vm, &p[0], |a| a.code)?;
    let (b, n) = codec::encode(vm, code, &p[1])?;
    with_arr(vm, &p[0], |a| a.data.extend_from_slice(&b[..n]))?;
    Ok(vm.none())
}

/// Appends the items of `src` (an array of the same typecode or any iterable).
fn extend_from(vm: &mut Vm, target: &Value, src: &Value, iadd: bool) -> PyResult<()> {
    let code = with_arr(vm, target, |a| a.code)?;
    let bytes = if let Some((oc, data)) = arr_parts(src) {
        if oc != code {
            return Err(type_error("can only extend with array of same kind"));
        }
        data
    } else {
        if iadd {
            return Err(type_error(format!("can only extend array with array (not \"{}\")", vm.type_name(src))));
        }
        let it = vm.iter(src)?;
        let mut out = Vec::new();
        while let Some(v) = vm.next(&it)? {
            let (b, n) = codec::encode(vm, code, &v)?;
            out.extend_from_slice(&b[..n]);
        }
        out
    };
    with_arr(vm, target, |a| a.data.extend_from_slice(&bytes))
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "extend", 1, 1)?;
    extend_from(vm, &p[0], &p[1], false)?;
    Ok(vm.none())
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "__iadd__", 1, 1)?;
    extend_from(vm, &p[0], &p[1], true)?;
    Ok(p[0].clone())
}

/// A position from an index value (normalised, clamped when `clamp`).
fn position(vm: &mut Vm, v: &Value, len: usize, clamp: bool, msg: &str) -> PyResult<usize> {
    let i = match v.as_small_int() {
        Some(i) => i,
        None => {
            let b = crate::vm::ops::index_of(vm, v)?;
            match num_traits::ToPrimitive::to_i64(&b) {
                Some(i) => i,
                None if clamp => {
                    if num_traits::Signed::is_negative(&b) {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
                None => return Err(index_error(format!("cannot fit '{}' into an index-sized integer", vm.type_name(v)))),
            }
        }
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if clamp {
        return Ok(j.clamp(0, n) as usize);
    }
    if j < 0 || j >= n {
        return Err(index_error(msg.to_string()));
    }
    Ok(j as usize)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "insert", 2, 2)?;
    let (code, len) = with_arr(vm, &p[0], |a| (a.code, a.len()))?;
    let i = position(vm, &p[1], len, true, "")?;
    let (b, n) = codec::encode(vm, code, &p[2])?;
    with_arr(vm, &p[0], |a| {
        let at = (i.min(a.len())) * a.size;
        a.data.splice(at..at, b[..n].iter().copied());
    })?;
    Ok(vm.none())
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "pop", 0, 1)?;
    let len = with_arr(vm, &p[0], |a| a.len())?;
    if len == 0 {
        return Err(index_error("pop from empty array"));
    }
    let i = match p.get(1) {
        Some(v) => position(vm, v, len, false, "pop index out of range")?,
        None => len - 1,
    };
    let (code, bytes) = with_arr(vm, &p[0], |a| {
        let s = a.size;
        (a.code, a.data.drain(i * s..(i + 1) * s).collect::<Vec<u8>>())
    })?;
    codec::decode(vm, code, &bytes)
}

/// `a == b` for an item: floats compare by value (a nan item never equals
/// anything, as each CPython item is a fresh object), others as `==`.
pub fn item_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        return Ok(x == y);
    }
    vm.eq_bool(a, b)
}

/// Position of the first item equal to `x` in `start..stop`.
fn find(vm: &mut Vm, arr: &Value, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let items = values(vm, arr)?;
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        if item_eq(vm, v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "remove", 1, 1)?;
    let len = with_arr(vm, &p[0], |a| a.len())?;
    match find(vm, &p[0], &p[1], 0, len)? {
        Some(i) => {
            with_arr(vm, &p[0], |a| {
                let s = a.size;
                if (i + 1) * s <= a.data.len() {
                    a.data.drain(i * s..(i + 1) * s);
                }
            })?;
            Ok(vm.none())
        }
        None => Err(value_error("array.remove(x): x not in array")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "index", 1, 3)?;
    let len = with_arr(vm, &p[0], |a| a.len())?;
    let start = match p.get(2) {
        Some(v) => position(vm, v, len, true, "")?,
        None => 0,
    };
    let stop = match p.get(3) {
        Some(v) => position(vm, v, len, true, "")?,
        None => len,
    };
    match find(vm, &p[0], &p[1], start, stop)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => Err(value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "count", 1, 1)?;
    let items = values(vm, &p[0])?;
    let mut n = 0;
    for v in &items {
        if item_eq(vm, v, &p[1])? {
            n += 1;
        }
    }
    Ok(vm.int(n))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "__contains__", 1, 1)?;
    let len = with_arr(vm, &p[0], |a| a.len())?;
    let found = find(vm, &p[0], &p[1], 0, len)?.is_some();
    Ok(vm.bool(found))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "reverse", 0, 0)?;
    with_arr(vm, &p[0], |a| {
        let s = a.size;
        let mut out = Vec::with_capacity(a.data.len());
        for c in a.data.chunks_exact(s).rev() {
            out.extend_from_slice(c);
        }
        a.data = out;
    })?;
    Ok(vm.none())
}

fn byteswap(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "byteswap", 0, 0)?;
    with_arr(vm, &p[0], |a| {
        let s = a.size;
        a.data.chunks_exact_mut(s).for_each(|c| c.reverse());
    })?;
    Ok(vm.none())
}

fn buffer_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "buffer_info", 0, 0)?;
    let (addr, n) = with_arr(vm, &p[0], |a| (a.data.as_ptr() as usize as i64, a.len()))?;
    let items = vec![vm.int(addr & 0x7fff_ffff_ffff), vm.int(n as i64)];
    Ok(vm.tuple(items))
}

fn tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "tobytes", 0, 0)?;
    let b = with_arr(vm, &p[0], |a| a.data.clone())?;
    Ok(vm.bytes(b))
}

fn frombytes_into(vm: &mut Vm, target: &Value, b: &[u8]) -> PyResult<()> {
    let size = with_arr(vm, target, |a| a.size)?;
    if !b.len().is_multiple_of(size) {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    with_arr(vm, target, |a| a.data.extend_from_slice(b))
}

fn frombytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "frombytes", 1, 1)?;
    let Some(b) = crate::types::bytes::bytes_of(&p[1]).filter(|_| as_str(&p[1]).is_none()) else {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&p[1]))));
    };
    frombytes_into(vm, &p[0], &b)?;
    Ok(vm.none())
}

fn tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "tolist", 0, 0)?;
    let items = values(vm, &p[0])?;
    Ok(vm.list(items))
}

fn fromlist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "fromlist", 1, 1)?;
    let Some(l) = p[1].downcast::<ListData>() else { return Err(type_error("arg must be list")) };
    let items = l.0.borrow().clone();
    let code = with_arr(vm, &p[0], |a| a.code)?;
    let bytes = encode_all(vm, code, &items)?;
    with_arr(vm, &p[0], |a| a.data.extend_from_slice(&bytes))?;
    Ok(vm.none())
}

fn tounicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "tounicode", 0, 0)?;
    let (code, data) = arr_parts(&p[0]).ok_or_else(|| type_error("array expected"))?;
    if code != b'u' {
        return Err(value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s = data
        .chunks_exact(4)
        .map(|c| codec::unicode_item(u32::from_ne_bytes([c[0], c[1], c[2], c[3]])))
        .collect::<PyResult<String>>()?;
    Ok(vm.str(s))
}

fn fromunicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "fromunicode", 1, 1)?;
    let code = with_arr(vm, &p[0], |a| a.code)?;
    let Some(s) = as_str(&p[1]) else {
        return Err(type_error(format!("fromunicode() argument must be str, not {}", vm.type_name(&p[1]))));
    };
    if code != b'u' {
        return Err(value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let b: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_ne_bytes()).collect();
    with_arr(vm, &p[0], |a| a.data.extend_from_slice(&b))?;
    Ok(vm.none())
}

fn tofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "tofile", 1, 1)?;
    let b = with_arr(vm, &p[0], |a| a.data.clone())?;
    let write = vm.getattr_str(&p[1], "write")?;
    let data = vm.bytes(b);
    vm.call(&write, &[data])?;
    Ok(vm.none())
}

fn fromfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "fromfile", 2, 2)?;
    let size = with_arr(vm, &p[0], |a| a.size)?;
    let n = p[2].as_small_int().filter(|_| vm.type_of(&p[2]).is(&t().int)).ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&p[2]))))?;
    if n < 0 {
        return Err(value_error("negative count"));
    }
    let want = (n as usize).saturating_mul(size);
    let read = vm.getattr_str(&p[1], "read")?;
    let arg = vm.int(want as i64);
    let got = vm.call(&read, &[arg])?;
    let Some(b) = got.downcast::<BytesData>().map(|b| b.0.to_vec()) else {
        return Err(type_error("read() didn't return bytes"));
    };
    let whole = b.len() / size * size;
    frombytes_into(vm, &p[0], &b[..whole])?;
    if b.len() != want {
        return Err(eof_error("read() didn't return enough bytes"));
    }
    Ok(vm.none())
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__copy__").positional(1, 2)?;
    let (code, data) = arr_parts(&p[0]).ok_or_else(|| type_error("array expected"))?;
    let cls = vm.type_of(&p[0]);
    Ok(new_array(&cls, code, data))
}

fn reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "__reduce_ex__", 1, 1)?;
    let code = arr_code(&p[0]).ok_or_else(|| type_error("array expected"))?;
    let items = values(vm, &p[0])?;
    let cls = vm.type_of(&p[0]);
    let targs = vec![vm.str((code as char).to_string()), vm.list(items)];
    let targs = vm.tuple(targs);
    let dict = vm.getattr_str(&p[0], "__dict__").unwrap_or_else(|_| vm.none());
    Ok(vm.tuple(vec![cls, targs, dict]))
}

fn sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "__sizeof__", 0, 0)?;
    let n = with_arr(vm, &p[0], |a| a.data.capacity())?;
    Ok(vm.int(64 + n as i64))
}

/// The array iterator's state.
struct ArrayIter {
    arr: Value,
    pos: usize,
}

impl NativeState for ArrayIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.arr);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn native_next(&self) -> Option<NativeNext> {
        Some(iter_next)
    }
}

fn iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let Some(st) = it.downcast::<StateData>() else { return Err(type_error("arrayiterator expected")) };
    let vm: &Vm = vm;
    let step = st.with_mut::<ArrayIter, _>(|s| {
        let item = s.arr.downcast::<StateData>().and_then(|a| {
            a.with::<ArrayState, _>(|a| if s.pos < a.len() { Some(codec::decode(vm, a.code, a.item(s.pos))) } else { None })
        });
        match item.flatten() {
            Some(v) => {
                s.pos += 1;
                Some(v)
            }
            None => {
                s.pos = usize::MAX;
                None
            }
        }
    });
    step.ok_or_else(|| type_error("arrayiterator expected"))?.transpose()
}

fn array_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this(&args, "__iter__", 0, 0)?;
    with_arr(vm, &p[0], |_| ())?;
    Ok(alloc(&t().named(ITER_TYPE), StateData::new(ArrayIter { arr: p[0].clone(), pos: 0 }), None))
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.parser("__iter__").positional(1, 1)?[0].clone())
}

fn iter_next_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__next__").positional(1, 1)?;
    iter_next(vm, &p[0])?.ok_or_else(|| PyErr::new_empty(&t().named("StopIteration")))
}

static TYPES: OnceLock<()> = OnceLock::new();

fn install() {
    TYPES.get_or_init(|| {
        let ty = new_builtin_subtype::<StateData>("array", ARRAY_TYPE, "array", &t().object, tflags::BASETYPE);
        add_method(&ty, "__new__", array_new, BuiltinKind::StaticMethod);
        let methods: &[(&'static str, NativeFn)] = &[
            ("__init__", array_init),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("byteswap", byteswap),
            ("buffer_info", buffer_info),
            ("tobytes", tobytes),
            ("frombytes", frombytes),
            ("tolist", tolist),
            ("fromlist", fromlist),
            ("tounicode", tounicode),
            ("fromunicode", fromunicode),
            ("tofile", tofile),
            ("fromfile", fromfile),
            ("__copy__", copy),
            ("__deepcopy__", copy),
            ("__reduce_ex__", reduce_ex),
            ("__sizeof__", sizeof),
            ("__contains__", contains),
            ("__iter__", array_iter),
            ("__iadd__", iadd),
        ];
        for (name, f) in methods {
            add_method(&ty, name, *f, BuiltinKind::Method);
        }
        seq::install(&ty);
        add_getset(&ty, "typecode", g_typecode, None);
        add_getset(&ty, "itemsize", g_itemsize, None);
        set_type_attr(&ty, "__hash__", t().none.clone());
        let it = new_builtin_subtype::<StateData>("arrayiterator", ITER_TYPE, "array", &t().object, 0);
        add_method(&it, "__iter__", iter_self, BuiltinKind::Method);
        add_method(&it, "__next__", iter_next_method, BuiltinKind::Method);
    });
}

/// Creates the `array` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    install();
    let m = crate::vm::import::new_module(vm, "array");
    let d = m.downcast::<ModuleData>().map(|md| md.dict.clone()).ok_or_else(|| type_error("module expected"))?;
    let dd = d.downcast::<DictData>().ok_or_else(|| type_error("module dict expected"))?;
    let ty = t().named(ARRAY_TYPE);
    dd.set_str(vm.name("array"), ty.clone());
    dd.set_str(vm.name("ArrayType"), ty);
    dd.set_str(vm.name("typecodes"), vm.str(codec::TYPECODES));
    Ok(m)
}
