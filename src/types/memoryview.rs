//! `memoryview` over bytes and bytearray: one-dimensional views of unsigned
//! bytes (format `'B'`), with slicing (views of views), write-through to a
//! bytearray, `tobytes`/`tolist`/`hex`, comparison and the context-manager
//! protocol. Other buffer formats are not supported.

use crate::error::PyResult;
use crate::object::exception::{index_error, not_implemented_error, type_error, value_error};
use crate::object::registry::{add_getset, add_method, new_builtin_type};
use crate::object::*;
use crate::vm::Vm;

use BuiltinKind::{Method, StaticMethod};

/// (obj, start, step, len) of a memoryview.
fn parts(v: &Value) -> Option<(Value, isize, isize, usize)> {
    match v.downcast::<NativeData>()? {
        NativeData::MemoryView { obj, start, step, len } => Some((obj.clone(), *start, *step, *len)),
        _ => None,
    }
}

fn base_bytes(obj: &Value) -> Vec<u8> {
    if let Some(b) = obj.downcast::<BytesData>() {
        return b.0.to_vec();
    }
    obj.downcast::<ByteArrayData>().map(|b| b.0.borrow().clone()).unwrap_or_default()
}

/// The bytes a memoryview shows, copied (`None` if `v` is not a memoryview).
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let (obj, start, step, len) = parts(v)?;
    let all = base_bytes(&obj);
    Some((0..len).filter_map(|i| all.get((start + i as isize * step) as usize).copied()).collect())
}

fn me(args: &Args) -> PyResult<(Value, isize, isize, usize)> {
    args.pos().first().and_then(parts).ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))
}

fn mv_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    let p = rest.parser("memoryview").bind(&["object"], 1)?;
    let obj = p[0].clone().expect("required");
    let (base, start, step, len) = if let Some(pp) = parts(&obj) {
        pp
    } else if let Some(b) = obj.downcast::<BytesData>() {
        (obj.clone(), 0, 1, b.0.len())
    } else if let Some(b) = obj.downcast::<ByteArrayData>() {
        let n = b.0.borrow().len();
        (obj.clone(), 0, 1, n)
    } else {
        return Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(&obj))));
    };
    Ok(alloc(&args.all[0], NativeData::MemoryView { obj: base, start, step, len }, None))
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, _, _, len) = me(&args)?;
    Ok(vm.int(len as i64))
}

fn index(vm: &mut Vm, i: &Value, len: usize) -> PyResult<usize> {
    let i = vm.index_to_i64(i, "")?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, start, step, len) = me(&args)?;
    let key = args.pos().get(1).ok_or_else(|| type_error("expected an index"))?;
    if let Some(sl) = key.downcast::<SliceData>() {
        let _ = sl;
        let (s, _stop, st, n) = crate::vm::ops::slice_indices(vm, key, len)?;
        let view = NativeData::MemoryView { obj, start: start + s as isize * step, step: step * st as isize, len: n };
        let ty = vm.type_of(&args.pos()[0]);
        return Ok(alloc(&ty, view, None));
    }
    let j = index(vm, key, len)?;
    let all = base_bytes(&obj);
    Ok(vm.int(all[(start + j as isize * step) as usize] as i64))
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, start, step, len) = me(&args)?;
    let p = args.pos();
    let ba = obj.downcast::<ByteArrayData>().ok_or_else(|| type_error("cannot modify read-only memory"))?;
    if p.get(1).and_then(|k| k.downcast::<SliceData>()).is_some() {
        return Err(not_implemented_error("memoryview slice assignment is not supported yet"));
    }
    let j = index(vm, &p[1], len)?;
    let b = vm.index_to_i64(&p[2], "")?;
    if !(0..256).contains(&b) {
        return Err(value_error("memoryview: invalid value for format 'B'"));
    }
    let pos = (start + j as isize * step) as usize;
    if let Some(slot) = ba.0.borrow_mut().get_mut(pos) {
        *slot = b as u8;
    }
    Ok(vm.none())
}

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = view_bytes(&args.pos()[0]).ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))?;
    Ok(vm.bytes(b))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = view_bytes(&args.pos()[0]).ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))?;
    let items = b.into_iter().map(|x| vm.int(x as i64)).collect();
    Ok(vm.list(items))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = view_bytes(&args.pos()[0]).ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))?;
    Ok(vm.str(b.iter().map(|x| format!("{x:02x}")).collect::<String>()))
}

fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let a = view_bytes(&p[0]).unwrap_or_default();
    match p.get(1).and_then(crate::types::bytes::bytes_of) {
        Some(b) => Ok(vm.bool(a == b)),
        None => Ok(t().not_implemented.clone()),
    }
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
    parts(v).map(|p| p.0).ok_or_else(|| type_error("not a memoryview"))
}
fn mv_nbytes(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.int(parts(v).map_or(0, |p| p.3) as i64))
}
fn mv_readonly(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bool(parts(v).is_none_or(|p| p.0.downcast::<ByteArrayData>().is_none())))
}
fn mv_format(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.str("B"))
}
fn mv_one(vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.int(1))
}
fn mv_shape(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = vm.int(parts(v).map_or(0, |p| p.3) as i64);
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
    for (n, g) in [("obj", mv_obj as Getter), ("nbytes", mv_nbytes), ("readonly", mv_readonly), ("format", mv_format), ("itemsize", mv_one), ("ndim", mv_one), ("shape", mv_shape)] {
        add_getset(&ty, n, g, None);
    }
}
