//! `memoryview` over bytes, bytearray and `array.array`: one-dimensional
//! views with the exporter's item format (`'B'` for bytes, the typecode for
//! arrays), `format`/`itemsize`/`nbytes`/`strides`, item and slice access
//! (views of views), write-through to a bytearray or array, `cast` between
//! a byte format and another format, `tobytes`/`tolist`/`hex`, comparison
//! by value and the context-manager protocol. Multi-dimensional shapes are
//! not supported (NotImplementedError).

use crate::error::PyResult;
use crate::object::exception::{index_error, not_implemented_error, type_error, value_error};
use crate::object::registry::{add_getset, add_method, new_builtin_type};
use crate::object::*;
use crate::stdlib::array::{self as arr, codec};
use crate::vm::Vm;

use BuiltinKind::{Method, StaticMethod};

/// A memoryview's fields.
#[derive(Clone)]
struct View {
    obj: Value,
    start: isize,
    step: isize,
    len: usize,
    fmt: u8,
}

impl View {
    fn itemsize(&self) -> usize {
        itemsize(self.fmt)
    }

    fn native(&self) -> NativeData {
        NativeData::MemoryView { obj: self.obj.clone(), start: self.start, step: self.step, len: self.len, fmt: self.fmt }
    }

    /// Byte offset of item `i`.
    fn offset(&self, i: usize) -> usize {
        (self.start + i as isize * self.step) as usize
    }
}

fn itemsize(fmt: u8) -> usize {
    match fmt {
        b'c' => 1,
        b'w' => 4,
        f => codec::itemsize(f).unwrap_or(1),
    }
}

fn parts(v: &Value) -> Option<View> {
    match v.downcast::<NativeData>()? {
        NativeData::MemoryView { obj, start, step, len, fmt } => Some(View { obj: obj.clone(), start: *start, step: *step, len: *len, fmt: *fmt }),
        _ => None,
    }
}

fn base_bytes(obj: &Value) -> Vec<u8> {
    if let Some(b) = obj.downcast::<BytesData>() {
        return b.0.to_vec();
    }
    if let Some((_, data)) = arr::arr_parts(obj) {
        return data;
    }
    obj.downcast::<ByteArrayData>().map(|b| b.0.borrow().clone()).unwrap_or_default()
}

/// Writes `bytes` at byte offset `pos` of a writable exporter.
fn write_base(obj: &Value, pos: usize, bytes: &[u8]) -> PyResult<()> {
    let put = |data: &mut Vec<u8>| {
        if let Some(dst) = data.get_mut(pos..pos + bytes.len()) {
            dst.copy_from_slice(bytes);
        }
    };
    if let Some(ba) = obj.downcast::<ByteArrayData>() {
        put(&mut ba.0.borrow_mut());
        return Ok(());
    }
    let done = obj.downcast::<StateData>().and_then(|s| s.with_mut::<arr::ArrayState, _>(|a| put(&mut a.data)));
    done.ok_or_else(|| type_error("cannot modify read-only memory"))
}

fn writable(obj: &Value) -> bool {
    obj.downcast::<ByteArrayData>().is_some() || arr::arr_code(obj).is_some()
}

/// The bytes a memoryview shows, copied (`None` if `v` is not a memoryview).
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let view = parts(v)?;
    let all = base_bytes(&view.obj);
    let size = view.itemsize();
    let mut out = Vec::with_capacity(view.len * size);
    for i in 0..view.len {
        let o = view.offset(i);
        out.extend_from_slice(all.get(o..o + size)?);
    }
    Some(out)
}

fn me(args: &Args) -> PyResult<View> {
    args.pos().first().and_then(parts).ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))
}

fn mv_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    let p = rest.parser("memoryview").bind(&["object"], 1)?;
    let obj = p[0].clone().expect("required");
    let view = if let Some(v) = parts(&obj) {
        v
    } else if let Some(b) = obj.downcast::<BytesData>() {
        View { obj: obj.clone(), start: 0, step: 1, len: b.0.len(), fmt: b'B' }
    } else if let Some(b) = obj.downcast::<ByteArrayData>() {
        let n = b.0.borrow().len();
        View { obj: obj.clone(), start: 0, step: 1, len: n, fmt: b'B' }
    } else if let Some((code, data)) = arr::arr_parts(&obj) {
        let fmt = if code == b'u' { b'w' } else { code };
        let size = itemsize(fmt);
        View { obj: obj.clone(), start: 0, step: size as isize, len: data.len() / size, fmt }
    } else {
        return Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(&obj))));
    };
    Ok(alloc(&args.all[0], view.native(), None))
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.int(me(&args)?.len as i64))
}

fn index(vm: &mut Vm, i: &Value, len: usize) -> PyResult<usize> {
    let i = vm.index_to_i64(i, "")?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

fn unsupported(fmt: u8) -> crate::error::PyErr {
    not_implemented_error(format!("memoryview: format {} not supported", fmt as char))
}

/// The Python value of one item.
fn decode(vm: &Vm, fmt: u8, b: &[u8]) -> PyResult<Value> {
    match fmt {
        b'c' => Ok(vm.bytes(b.to_vec())),
        b'w' => Err(unsupported(fmt)),
        _ => codec::decode(vm, fmt, b),
    }
}

/// The bytes of one item from a Python value, with CPython's messages.
fn encode(vm: &mut Vm, fmt: u8, v: &Value) -> PyResult<Vec<u8>> {
    let invalid_type = || type_error(format!("memoryview: invalid type for format '{}'", fmt as char));
    let invalid_value = || value_error(format!("memoryview: invalid value for format '{}'", fmt as char));
    match fmt {
        b'c' => match v.downcast::<BytesData>() {
            Some(b) if b.0.len() == 1 => Ok(b.0.to_vec()),
            Some(_) => Err(invalid_value()),
            None => Err(invalid_type()),
        },
        b'w' => Err(unsupported(fmt)),
        b'f' | b'd' => {
            if v.as_float().is_none() && !vm.is_int(v) {
                return Err(invalid_type());
            }
            codec::encode(vm, fmt, v).map(|(b, n)| b[..n].to_vec())
        }
        _ => {
            if !vm.is_int(v) {
                return Err(invalid_type());
            }
            codec::encode(vm, fmt, v).map(|(b, n)| b[..n].to_vec()).map_err(|_| invalid_value())
        }
    }
}

fn values(vm: &Vm, view: &View) -> PyResult<Vec<Value>> {
    let all = base_bytes(&view.obj);
    let size = view.itemsize();
    let mut out = Vec::with_capacity(view.len);
    for i in 0..view.len {
        let o = view.offset(i);
        let b = all.get(o..o + size).ok_or_else(|| index_error("memoryview: underlying buffer shrank"))?;
        out.push(decode(vm, view.fmt, b)?);
    }
    Ok(out)
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = me(&args)?;
    let key = args.pos().get(1).ok_or_else(|| type_error("expected an index"))?;
    if key.downcast::<SliceData>().is_some() {
        let (s, _stop, st, n) = crate::vm::ops::slice_indices(vm, key, view.len)?;
        let sub = View { start: view.start + s as isize * view.step, step: view.step * st as isize, len: n, ..view };
        let ty = vm.type_of(&args.pos()[0]);
        return Ok(alloc(&ty, sub.native(), None));
    }
    let j = index(vm, key, view.len)?;
    let all = base_bytes(&view.obj);
    let o = view.offset(j);
    let b = all.get(o..o + view.itemsize()).ok_or_else(|| index_error("index out of bounds on dimension 1"))?;
    decode(vm, view.fmt, b)
}

/// The item format and bytes of a buffer assigned to a slice.
fn source_items(vm: &Vm, v: &Value) -> PyResult<(u8, Vec<u8>)> {
    if let Some(sub) = parts(v) {
        return Ok((sub.fmt, view_bytes(v).unwrap_or_default()));
    }
    if let Some((code, data)) = arr::arr_parts(v) {
        return Ok((if code == b'u' { b'w' } else { code }, data));
    }
    match crate::types::bytes::bytes_of(v) {
        Some(b) => Ok((b'B', b)),
        None => Err(type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
    }
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = me(&args)?;
    let p = args.pos();
    if p.len() != 3 {
        return Err(type_error("expected an index and a value"));
    }
    if !writable(&view.obj) {
        return Err(type_error("cannot modify read-only memory"));
    }
    let size = view.itemsize();
    if p[1].downcast::<SliceData>().is_some() {
        let (s, _stop, st, n) = crate::vm::ops::slice_indices(vm, &p[1], view.len)?;
        let (fmt, src) = source_items(vm, &p[2])?;
        if fmt != view.fmt || src.len() != n * size {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        for (k, item) in src.chunks_exact(size.max(1)).enumerate() {
            let byte = view.start + (s as isize + k as isize * st as isize) * view.step;
            write_base(&view.obj, byte as usize, item)?;
        }
        return Ok(vm.none());
    }
    let j = index(vm, &p[1], view.len)?;
    let bytes = encode(vm, view.fmt, &p[2])?;
    write_base(&view.obj, view.offset(j), &bytes)?;
    Ok(vm.none())
}

/// `cast(format, shape=None)`: the same bytes seen with another item format.
fn mv_cast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("cast").bind(&["self", "format", "shape"], 2)?;
    let me_v = a[0].clone().unwrap_or_else(|| vm.none());
    let view = parts(&me_v).ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))?;
    let f = a[1].clone().unwrap_or_else(|| vm.none());
    let Some(fs) = crate::object::str::as_str(&f) else {
        return Err(type_error(format!("cast() argument 'format' must be str, not {}", vm.type_name(&f))));
    };
    if a[2].as_ref().is_some_and(|s| !vm.is_none(s)) {
        return Err(not_implemented_error("memoryview.cast: a shape (multi-dimensional view) is not supported"));
    }
    let fs = fs.strip_prefix('@').unwrap_or(fs);
    let fmt = match fs.as_bytes() {
        [c] if b"cbBhHiIlLqQfd".contains(c) => *c,
        _ => return Err(value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'")),
    };
    let is_byte = |f: u8| matches!(f, b'B' | b'b' | b'c');
    if !is_byte(fmt) && !is_byte(view.fmt) {
        return Err(type_error("memoryview: cannot cast between two non-byte formats"));
    }
    if view.step != view.itemsize() as isize {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let nbytes = view.len * view.itemsize();
    let size = itemsize(fmt);
    if nbytes % size != 0 {
        return Err(type_error("memoryview: length is not a multiple of itemsize"));
    }
    let cast = View { step: size as isize, len: nbytes / size, fmt, ..view };
    let ty = vm.type_of(&me_v);
    Ok(alloc(&ty, cast.native(), None))
}

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = view_bytes(&args.pos()[0]).ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))?;
    Ok(vm.bytes(b))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = values(vm, &me(&args)?)?;
    Ok(vm.list(items))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = view_bytes(&args.pos()[0]).ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))?;
    Ok(vm.str(b.iter().map(|x| format!("{x:02x}")).collect::<String>()))
}

/// `==`: equal shapes and equal items (compared as values, across formats).
fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__eq__").positional(2, 2)?;
    let view = me(&args)?;
    let other = match parts(&p[1]) {
        Some(o) => o,
        None => match source_items(vm, &p[1]) {
            Ok((fmt, data)) => {
                let size = itemsize(fmt);
                View { obj: vm.bytes(data.clone()), start: 0, step: size as isize, len: data.len() / size, fmt }
            }
            Err(_) => return Ok(t().not_implemented.clone()),
        },
    };
    if view.len != other.len {
        return Ok(vm.bool(false));
    }
    if view.fmt == other.fmt && view.fmt != b'f' && view.fmt != b'd' {
        let eq = view_bytes(&p[0]) == Some(values_bytes(&other));
        return Ok(vm.bool(eq));
    }
    let (a, b) = (values(vm, &view)?, values(vm, &other)?);
    for (x, y) in a.iter().zip(b.iter()) {
        if !vm.eq_bool(x, y)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

fn values_bytes(view: &View) -> Vec<u8> {
    let all = base_bytes(&view.obj);
    let size = view.itemsize();
    (0..view.len).flat_map(|i| all.get(view.offset(i)..view.offset(i) + size).unwrap_or(&[]).to_vec()).collect()
}

fn mv_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = mv_tolist(vm, args)?;
    vm.iter(&l)
}

fn mv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.str(format!("<memory at {:#x}>", args.pos()[0].raw())))
}

fn mv_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn mv_noop(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.none())
}

fn mv_obj(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    parts(v).map(|p| p.obj).ok_or_else(|| type_error("not a memoryview"))
}
fn mv_nbytes(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(parts(v).map_or(0, |p| p.len * p.itemsize()) as i64))
}
fn mv_readonly(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bool(parts(v).is_none_or(|p| !writable(&p.obj))))
}
fn mv_format(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = parts(v).map_or(b'B', |p| p.fmt);
    Ok(vm.str((f as char).to_string()))
}
fn mv_itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(parts(v).map_or(1, |p| p.itemsize()) as i64))
}
fn mv_one(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.int(1))
}
fn mv_shape(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = vm.int(parts(v).map_or(0, |p| p.len) as i64);
    Ok(vm.tuple(vec![n]))
}
fn mv_strides(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = vm.int(parts(v).map_or(1, |p| p.step) as i64);
    Ok(vm.tuple(vec![n]))
}

/// Creates the `memoryview` type.
pub fn install() {
    let ty = new_builtin_type::<NativeData>("memoryview", 0);
    add_method(&ty, "__new__", mv_new, StaticMethod);
    for (n, f) in [
        ("__len__", mv_len as NativeFn),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("tobytes", mv_tobytes),
        ("__bytes__", mv_tobytes),
        ("tolist", mv_tolist),
        ("cast", mv_cast),
        ("hex", mv_hex),
        ("__eq__", mv_eq),
        ("__iter__", mv_iter),
        ("__repr__", mv_repr),
        ("__enter__", mv_enter),
        ("__exit__", mv_noop),
        ("release", mv_noop),
    ] {
        add_method(&ty, n, f, Method);
    }
    for (n, g) in [("obj", mv_obj as Getter), ("nbytes", mv_nbytes), ("readonly", mv_readonly), ("format", mv_format), ("itemsize", mv_itemsize), ("strides", mv_strides), ("ndim", mv_one), ("shape", mv_shape)] {
        add_getset(&ty, n, g, None);
    }
}
