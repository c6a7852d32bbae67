//! `memoryview` over bytes, bytearray and `array.array`: one-dimensional
//! views with the exporter's item format (`'B'` for bytes, the typecode for
//! arrays), `format`/`itemsize`/`nbytes`/`strides`, item and slice access
//! (views of views), write-through to a bytearray or array, `cast` between
//! a byte format and another format, `tobytes`/`tolist`/`hex`, comparison
//! by value and the context-manager protocol, `toreadonly`/`release`.
//! Multi-dimensional views (`cast(fmt, shape)`) live in `memoryview_nd.rs`.

use crate::error::PyResult;
use crate::object::exception::{index_error, not_implemented_error, type_error, value_error};
use crate::object::registry::{add_getset, add_method, new_builtin_type};
use crate::object::*;
use crate::stdlib::array::{self as arr, codec};
use crate::vm::Vm;

use BuiltinKind::{Method, StaticMethod};

/// A memoryview's fields.
#[derive(Clone)]
pub(super) struct View {
    pub(super) obj: Value,
    pub(super) start: isize,
    pub(super) step: isize,
    pub(super) len: usize,
    pub(super) fmt: u8,
    /// All dimensions when not one-dimensional (see `NativeData::MemoryView`).
    pub(super) dims: Option<std::rc::Rc<[(usize, isize)]>>,
    /// Made read-only by `toreadonly()`.
    pub(super) ro: bool,
}

impl View {
    pub(super) fn itemsize(&self) -> usize {
        itemsize(self.fmt)
    }

    pub(super) fn native(&self) -> NativeData {
        NativeData::MemoryView {
            obj: self.obj.clone(),
            start: self.start,
            step: self.step,
            len: self.len,
            fmt: self.fmt,
            dims: self.dims.clone(),
            flags: std::cell::Cell::new(self.ro as u8),
        }
    }

    /// Byte offset of item `i` (of the first dimension).
    fn offset(&self, i: usize) -> usize {
        (self.start + i as isize * self.step) as usize
    }

    /// `(extent, stride)` of every dimension.
    pub(super) fn shape(&self) -> Vec<(usize, isize)> {
        match &self.dims {
            Some(d) => d.to_vec(),
            None => vec![(self.len, self.step)],
        }
    }

    pub(super) fn ndim(&self) -> usize {
        self.dims.as_ref().map_or(1, |d| d.len())
    }

    /// The byte offsets of all items in C (row-major) order.
    pub(super) fn offsets(&self) -> Vec<usize> {
        let shape = self.shape();
        let mut out = vec![self.start];
        for &(n, st) in &shape {
            out = out.iter().flat_map(|&o| (0..n).map(move |i| o + i as isize * st)).collect();
        }
        out.into_iter().map(|o| o as usize).collect()
    }

    /// Whether the items are laid out contiguously in C order.
    pub(super) fn c_contiguous(&self) -> bool {
        let mut want = self.itemsize() as isize;
        for &(n, st) in self.shape().iter().rev() {
            if n == 0 {
                return true;
            }
            if n > 1 && st != want {
                return false;
            }
            want *= n as isize;
        }
        true
    }

    /// Whether the items are laid out contiguously in Fortran order.
    pub(super) fn f_contiguous(&self) -> bool {
        let mut want = self.itemsize() as isize;
        for &(n, st) in self.shape().iter() {
            if n == 0 {
                return true;
            }
            if n > 1 && st != want {
                return false;
            }
            want *= n as isize;
        }
        true
    }
}

pub(super) fn itemsize(fmt: u8) -> usize {
    match fmt {
        b'c' => 1,
        b'w' => 4,
        f => codec::itemsize(f).unwrap_or(1),
    }
}

/// The fields of a memoryview, released or not.
fn raw_parts(v: &Value) -> Option<(View, bool)> {
    match v.downcast::<NativeData>()? {
        NativeData::MemoryView { obj, start, step, len, fmt, dims, flags } => Some((
            View { obj: obj.clone(), start: *start, step: *step, len: *len, fmt: *fmt, dims: dims.clone(), ro: flags.get() & 1 != 0 },
            flags.get() & 2 != 0,
        )),
        _ => None,
    }
}

/// The fields of a memoryview that is not released.
fn parts(v: &Value) -> Option<View> {
    raw_parts(v).filter(|(_, released)| !released).map(|(v, _)| v)
}

fn released_error() -> crate::error::PyErr {
    value_error("operation forbidden on released memoryview object")
}

/// Runs `f` on the exporter's bytes in place (no copy; `f` must not run
/// Python code).
pub(super) fn with_base_bytes<R>(obj: &Value, f: impl FnOnce(&[u8]) -> R) -> R {
    if let Some(b) = obj.downcast::<BytesData>() {
        return f(&b.0);
    }
    if let Some(ba) = obj.downcast::<ByteArrayData>() {
        return f(&ba.0.borrow());
    }
    let mut f = Some(f);
    if let Some(r) = obj.downcast::<StateData>().and_then(|s| s.with::<arr::ArrayState, _>(|a| (f.take().expect("once"))(&a.data))) {
        return r;
    }
    (f.take().expect("once"))(&[])
}

/// The `size` bytes at `off` of the exporter, copied (`None`: out of range).
fn base_item(obj: &Value, off: usize, size: usize) -> Option<Vec<u8>> {
    with_base_bytes(obj, |all| all.get(off..off + size).map(<[u8]>::to_vec))
}

pub(super) fn base_bytes(obj: &Value) -> Vec<u8> {
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
    let size = view.itemsize();
    let offs = view.offsets();
    with_base_bytes(&view.obj, |all| {
        let mut out = Vec::with_capacity(offs.len() * size);
        for o in offs {
            out.extend_from_slice(all.get(o..o + size)?);
        }
        Some(out)
    })
}

/// The view of `self` (ValueError once released).
pub(super) fn me(args: &Args) -> PyResult<View> {
    match args.pos().first().and_then(raw_parts) {
        Some((_, true)) => Err(released_error()),
        Some((v, false)) => Ok(v),
        None => Err(type_error("descriptor requires a 'memoryview' object")),
    }
}

fn me_value(v: &Value) -> PyResult<View> {
    match raw_parts(v) {
        Some((_, true)) => Err(released_error()),
        Some((v, false)) => Ok(v),
        None => Err(type_error("descriptor requires a 'memoryview' object")),
    }
}

fn mv_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    let p = rest.parser("memoryview").bind(&["object"], 1)?;
    let obj = p[0].clone().expect("required");
    let flat = |obj: &Value, len: usize, fmt: u8| View { obj: obj.clone(), start: 0, step: itemsize(fmt) as isize, len, fmt, dims: None, ro: false };
    let view = if raw_parts(&obj).is_some() {
        me_value(&obj)?
    } else if let Some(b) = obj.downcast::<BytesData>() {
        flat(&obj, b.0.len(), b'B')
    } else if let Some(b) = obj.downcast::<ByteArrayData>() {
        let n = b.0.borrow().len();
        flat(&obj, n, b'B')
    } else if let Some((code, data)) = arr::arr_parts(&obj) {
        let fmt = if code == b'u' { b'w' } else { code };
        flat(&obj, data.len() / itemsize(fmt), fmt)
    } else {
        return Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(&obj))));
    };
    Ok(alloc(&args.all[0], view.native(), None))
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = me(&args)?;
    if view.ndim() == 0 {
        return Err(type_error("0-dim memory has no length"));
    }
    Ok(vm.int(view.len as i64))
}

/// An index into dimension `dim` (1-based in the message) of extent `len`.
pub(super) fn index_in(vm: &mut Vm, i: &Value, len: usize, dim: usize) -> PyResult<usize> {
    if !vm.is_int(i) && vm.lookup_special(i, "__index__").is_none() {
        return Err(type_error("memoryview: invalid slice key"));
    }
    let i = vm.index_to_i64(i, "")?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error(format!("index out of bounds on dimension {dim}")));
    }
    Ok(j as usize)
}

fn index(vm: &mut Vm, i: &Value, len: usize) -> PyResult<usize> {
    index_in(vm, i, len, 1)
}

fn unsupported(fmt: u8) -> crate::error::PyErr {
    not_implemented_error(format!("memoryview: format {} not supported", fmt as char))
}

/// The Python value of one item.
pub(super) fn decode(vm: &Vm, fmt: u8, b: &[u8]) -> PyResult<Value> {
    match fmt {
        b'c' => Ok(vm.bytes(b.to_vec())),
        b'w' => Err(unsupported(fmt)),
        _ => codec::decode(vm, fmt, b),
    }
}

/// The bytes of one item from a Python value, with CPython's messages.
pub(super) fn encode(vm: &mut Vm, fmt: u8, v: &Value) -> PyResult<Vec<u8>> {
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

/// All items in C order, flattened.
pub(super) fn values(vm: &Vm, view: &View) -> PyResult<Vec<Value>> {
    let all = base_bytes(&view.obj);
    let size = view.itemsize();
    let offs = view.offsets();
    let mut out = Vec::with_capacity(offs.len());
    for o in offs {
        let b = all.get(o..o + size).ok_or_else(|| index_error("memoryview: underlying buffer shrank"))?;
        out.push(decode(vm, view.fmt, b)?);
    }
    Ok(out)
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = me(&args)?;
    let key = args.pos().get(1).ok_or_else(|| type_error("expected an index"))?;
    if key.downcast::<SliceData>().is_some() {
        if view.ndim() == 0 {
            return Err(type_error("invalid indexing of 0-dim memory"));
        }
        let (s, _stop, st, n) = crate::vm::ops::slice_indices(vm, key, view.len)?;
        let step = view.step * st as isize;
        let dims = view.dims.as_ref().map(|d| {
            let mut d = d.to_vec();
            d[0] = (n, step);
            std::rc::Rc::from(d)
        });
        let sub = View { start: view.start + s as isize * view.step, step, len: n, dims, ..view };
        let ty = vm.type_of(&args.pos()[0]);
        return Ok(alloc(&ty, sub.native(), None));
    }
    if view.ndim() != 1 || key.downcast::<TupleData>().is_some() {
        let o = super::memoryview_nd::item_offset(vm, &view, key, false)?;
        let b = base_item(&view.obj, o, view.itemsize()).ok_or_else(|| index_error("memoryview: underlying buffer shrank"))?;
        return decode(vm, view.fmt, &b);
    }
    let j = index(vm, key, view.len)?;
    let o = view.offset(j);
    let b = base_item(&view.obj, o, view.itemsize()).ok_or_else(|| index_error("index out of bounds on dimension 1"))?;
    decode(vm, view.fmt, &b)
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
    if view.ro || !writable(&view.obj) {
        return Err(type_error("cannot modify read-only memory"));
    }
    let size = view.itemsize();
    if view.ndim() != 1 || p[1].downcast::<TupleData>().is_some() {
        if p[1].downcast::<SliceData>().is_some() {
            return Err(not_implemented_error("memoryview slice assignments are currently restricted to ndim = 1"));
        }
        let o = super::memoryview_nd::item_offset(vm, &view, &p[1], true)?;
        let bytes = encode(vm, view.fmt, &p[2])?;
        write_base(&view.obj, o, &bytes)?;
        return Ok(vm.none());
    }
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

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    me(&args)?;
    let b = view_bytes(&args.pos()[0]).ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))?;
    Ok(vm.bytes(b))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = me(&args)?;
    let items = values(vm, &view)?;
    Ok(super::memoryview_nd::nest(vm, &view, items))
}

/// `hex(sep=, bytes_per_sep=)`: `bytes.hex` of the view's bytes.
fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    me(&args)?;
    let b = view_bytes(&args.pos()[0]).ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))?;
    let b = vm.bytes(b);
    let mut all = vec![b];
    all.extend_from_slice(&args.all[1..]);
    let hex = vm.getattr_str(&t().bytes, "hex")?;
    let names: Vec<Value> = args.kwnames.to_vec();
    vm.call_kw(&hex, &all, &names)
}

/// `==`: equal shapes and equal items (compared as values, across formats).
fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__eq__").positional(2, 2)?;
    // A released view equals only itself.
    if matches!(raw_parts(&p[0]), Some((_, true))) || matches!(raw_parts(&p[1]), Some((_, true))) {
        return Ok(vm.bool(p[0].is(&p[1])));
    }
    let view = me(&args)?;
    let other = match parts(&p[1]) {
        Some(o) => o,
        None => match source_items(vm, &p[1]) {
            Ok((fmt, data)) => {
                let size = itemsize(fmt);
                View { obj: vm.bytes(data.clone()), start: 0, step: size as isize, len: data.len() / size, fmt, dims: None, ro: true }
            }
            Err(_) => return Ok(t().not_implemented.clone()),
        },
    };
    let extents = |v: &View| v.shape().iter().map(|d| d.0).collect::<Vec<_>>();
    if extents(&view) != extents(&other) {
        return Ok(vm.bool(false));
    }
    if view.fmt == other.fmt && view.fmt != b'f' && view.fmt != b'd' {
        let eq = view_bytes(&p[0]) == Some(values_bytes(&other));
        return Ok(vm.bool(eq));
    }
    let (a, b) = (values(vm, &view)?, values(vm, &other)?);
    for (x, y) in a.iter().zip(b.iter()) {
        // Floats compare as numbers (a NaN item is unequal even to itself).
        if let (Some(fx), Some(fy)) = (x.as_float(), y.as_float()) {
            if fx != fy {
                return Ok(vm.bool(false));
            }
            continue;
        }
        if !vm.eq_bool(x, y)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

fn values_bytes(view: &View) -> Vec<u8> {
    let all = base_bytes(&view.obj);
    let size = view.itemsize();
    view.offsets().into_iter().flat_map(|o| all.get(o..o + size).unwrap_or(&[]).to_vec()).collect()
}

fn mv_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = me(&args)?;
    match view.ndim() {
        0 => return Err(type_error("invalid indexing of 0-dim memory")),
        1 => {}
        _ => return Err(not_implemented_error("multi-dimensional sub-views are not implemented")),
    }
    let l = mv_tolist(vm, args)?;
    vm.iter(&l)
}

fn mv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let released = matches!(args.pos().first().and_then(raw_parts), Some((_, true)));
    let what = if released { "released memory" } else { "memory" };
    Ok(vm.str(format!("<{what} at {:#x}>", args.pos()[0].raw())))
}

fn mv_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    me(&args)?;
    Ok(args.pos()[0].clone())
}

/// `release()` / `__exit__`: later operations raise ValueError.
fn mv_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(NativeData::MemoryView { flags, .. }) = args.pos().first().and_then(|v| v.downcast::<NativeData>()) {
        flags.set(flags.get() | 2);
    }
    Ok(vm.none())
}

/// `toreadonly()`: the same view, read-only.
fn mv_toreadonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = me(&args)?;
    let ro = View { ro: true, ..view };
    Ok(alloc(&vm.type_of(&args.pos()[0]), ro.native(), None))
}

/// `hash(m)`: `hash(m.tobytes())` for read-only byte-format views.
fn mv_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let view = me(&args)?;
    if !view.ro && writable(&view.obj) {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !matches!(view.fmt, b'B' | b'b' | b'c') {
        return Err(value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let b = vm.bytes(view_bytes(&args.pos()[0]).unwrap_or_default());
    let h = vm.hash(&b)?;
    Ok(vm.int(h))
}

fn ints(vm: &Vm, v: impl Iterator<Item = i64>) -> Value {
    let items = v.map(|i| vm.int(i)).collect();
    vm.tuple(items)
}

fn mv_obj(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    me_value(v).map(|p| p.obj)
}
fn mv_nbytes(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = me_value(v)?;
    Ok(vm.int((p.offsets().len() * p.itemsize()) as i64))
}
fn mv_readonly(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = me_value(v)?;
    Ok(vm.bool(p.ro || !writable(&p.obj)))
}
fn mv_format(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = me_value(v)?.fmt;
    Ok(vm.str((f as char).to_string()))
}
fn mv_itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(me_value(v)?.itemsize() as i64))
}
fn mv_ndim(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(me_value(v)?.ndim() as i64))
}
fn mv_shape(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = me_value(v)?;
    Ok(ints(vm, p.shape().iter().map(|d| d.0 as i64)))
}
fn mv_strides(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = me_value(v)?;
    Ok(ints(vm, p.shape().iter().map(|d| d.1 as i64)))
}
fn mv_suboffsets(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    me_value(v)?;
    Ok(vm.tuple(Vec::new()))
}
fn mv_c_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bool(me_value(v)?.c_contiguous()))
}
fn mv_f_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bool(me_value(v)?.f_contiguous()))
}
fn mv_contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = me_value(v)?;
    Ok(vm.bool(p.c_contiguous() || p.f_contiguous()))
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
        ("cast", super::memoryview_nd::mv_cast),
        ("toreadonly", mv_toreadonly),
        ("__hash__", mv_hash),
        ("hex", mv_hex),
        ("__eq__", mv_eq),
        ("__iter__", mv_iter),
        ("__repr__", mv_repr),
        ("__enter__", mv_enter),
        ("__exit__", mv_release),
        ("release", mv_release),
    ] {
        add_method(&ty, n, f, Method);
    }
    for (n, g) in [
        ("obj", mv_obj as Getter),
        ("nbytes", mv_nbytes),
        ("readonly", mv_readonly),
        ("format", mv_format),
        ("itemsize", mv_itemsize),
        ("strides", mv_strides),
        ("ndim", mv_ndim),
        ("shape", mv_shape),
        ("suboffsets", mv_suboffsets),
        ("c_contiguous", mv_c_contiguous),
        ("f_contiguous", mv_f_contiguous),
        ("contiguous", mv_contiguous),
    ] {
        add_getset(&ty, n, g, None);
    }
}
