//! The sequence protocol of `array.array`: `len`, indexing and slicing
//! (get, set from a same-typecode array, delete), `+`, `*`, `*=`, rich
//! comparisons (item by item, like lists) and `repr`.

use crate::bytecode::CompareOp;
use crate::error::PyResult;
use crate::object::exception::{index_error, type_error, value_error};
use crate::object::registry::add_method;
use crate::object::*;
use crate::vm::Vm;

use super::{arr_code, arr_parts, codec, new_array, values, with_arr};

fn is_slice(v: &Value) -> bool {
    v.downcast::<SliceData>().is_some()
}

fn index_arg(vm: &mut Vm, key: &Value, len: usize, msg: &str) -> PyResult<usize> {
    if key.as_small_int().is_none() && crate::vm::ops::index_of(vm, key).is_err() {
        return Err(type_error("array indices must be integers"));
    }
    super::position(vm, key, len, false, msg)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__len__").positional(1, 1)?;
    let n = with_arr(vm, &p[0], |a| a.len())?;
    Ok(vm.int(n as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__getitem__").positional(2, 2)?;
    if let Some(i) = p[1].as_small_int() {
        let item = with_arr(vm, &p[0], |a| {
            let n = a.len() as i64;
            let j = if i < 0 { i + n } else { i };
            (0..n).contains(&j).then(|| codec::decode(vm, a.code, a.item(j as usize)))
        })?
        .transpose()?;
        return item.ok_or_else(|| index_error("array index out of range"));
    }
    let (code, size, n) = with_arr(vm, &p[0], |a| (a.code, a.size, a.len()))?;
    if is_slice(&p[1]) {
        let (start, _stop, step, cnt) = crate::vm::ops::slice_indices(vm, &p[1], n)?;
        let data = with_arr(vm, &p[0], |a| {
            if step == 1 {
                let s = start as usize * size;
                a.data[s..s + cnt * size].to_vec()
            } else {
                let mut out = Vec::with_capacity(cnt * size);
                for k in 0..cnt {
                    out.extend_from_slice(a.item((start + k as i64 * step) as usize));
                }
                out
            }
        })?;
        return Ok(new_array(&t().named(super::ARRAY_TYPE), code, data));
    }
    let i = index_arg(vm, &p[1], n, "array index out of range")?;
    let v = with_arr(vm, &p[0], |a| if i < a.len() { Some(codec::decode(vm, code, a.item(i))) } else { None })?.transpose()?;
    v.ok_or_else(|| index_error("array index out of range"))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setitem__").positional(3, 3)?;
    let (code, size, n) = with_arr(vm, &p[0], |a| (a.code, a.size, a.len()))?;
    if is_slice(&p[1]) {
        let Some((oc, new)) = arr_parts(&p[2]) else {
            return Err(type_error(format!("can only assign array (not \"{}\") to array slice", vm.type_name(&p[2]))));
        };
        if oc != code {
            return Err(type_error("bad argument type for built-in operation"));
        }
        let (start, stop, step, cnt) = crate::vm::ops::slice_indices(vm, &p[1], n)?;
        let m = new.len() / size;
        if step == 1 {
            let s = start as usize;
            let e = (stop.max(start)) as usize;
            with_arr(vm, &p[0], |a| {
                a.data.splice(s * size..e * size, new);
            })?;
            return Ok(vm.none());
        }
        if m != cnt {
            return Err(value_error(format!("attempt to assign array of size {m} to extended slice of size {cnt}")));
        }
        with_arr(vm, &p[0], |a| {
            for k in 0..cnt {
                let at = (start + k as i64 * step) as usize * size;
                a.data[at..at + size].copy_from_slice(&new[k * size..(k + 1) * size]);
            }
        })?;
        return Ok(vm.none());
    }
    let i = index_arg(vm, &p[1], n, "array assignment index out of range")?;
    let (b, k) = codec::encode(vm, code, &p[2])?;
    with_arr(vm, &p[0], |a| {
        if (i + 1) * size <= a.data.len() {
            a.data[i * size..(i + 1) * size].copy_from_slice(&b[..k]);
        }
    })?;
    Ok(vm.none())
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__delitem__").positional(2, 2)?;
    let (size, n) = with_arr(vm, &p[0], |a| (a.size, a.len()))?;
    if is_slice(&p[1]) {
        let (start, _stop, step, cnt) = crate::vm::ops::slice_indices(vm, &p[1], n)?;
        let mut drop = vec![false; n];
        for k in 0..cnt {
            drop[(start + k as i64 * step) as usize] = true;
        }
        with_arr(vm, &p[0], |a| {
            let mut out = Vec::with_capacity(a.data.len());
            for (i, c) in a.data.chunks_exact(size).enumerate() {
                if !drop.get(i).copied().unwrap_or(false) {
                    out.extend_from_slice(c);
                }
            }
            a.data = out;
        })?;
        return Ok(vm.none());
    }
    let i = index_arg(vm, &p[1], n, "array assignment index out of range")?;
    with_arr(vm, &p[0], |a| {
        if (i + 1) * size <= a.data.len() {
            a.data.drain(i * size..(i + 1) * size);
        }
    })?;
    Ok(vm.none())
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__add__").positional(2, 2)?;
    let (code, mut data) = arr_parts(&p[0]).ok_or_else(|| type_error("array expected"))?;
    let Some((oc, other)) = arr_parts(&p[1]) else {
        return Err(type_error(format!("can only append array (not \"{}\") to array", vm.type_name(&p[1]))));
    };
    if oc != code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    data.extend_from_slice(&other);
    Ok(new_array(&t().named(super::ARRAY_TYPE), code, data))
}

fn count_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    if vm.lookup_special(v, "__index__").is_none() {
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(v))));
    }
    let b = crate::vm::ops::index_of(vm, v)?;
    Ok(num_traits::ToPrimitive::to_i64(&b).unwrap_or(i64::MAX))
}

fn repeated(data: &[u8], n: i64) -> PyResult<Vec<u8>> {
    let n = n.max(0) as usize;
    if data.len().checked_mul(n).is_none_or(|t| t > isize::MAX as usize / 2) {
        return Err(crate::object::exception::memory_error(""));
    }
    Ok(data.repeat(n))
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__mul__").positional(2, 2)?;
    let (code, data) = arr_parts(&p[0]).ok_or_else(|| type_error("array expected"))?;
    let n = count_arg(vm, &p[1])?;
    Ok(new_array(&t().named(super::ARRAY_TYPE), code, repeated(&data, n)?))
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__imul__").positional(2, 2)?;
    let (_, data) = arr_parts(&p[0]).ok_or_else(|| type_error("array expected"))?;
    let n = count_arg(vm, &p[1])?;
    let new = repeated(&data, n)?;
    with_arr(vm, &p[0], |a| a.data = new)?;
    Ok(p[0].clone())
}

fn compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let p = args.parser("__eq__").positional(2, 2)?;
    if arr_code(&p[1]).is_none() {
        return Ok(t().not_implemented.clone());
    }
    let (ca, da) = arr_parts(&p[0]).ok_or_else(|| type_error("array expected"))?;
    let (cb, db) = arr_parts(&p[1]).ok_or_else(|| type_error("array expected"))?;
    let (sa, sb) = (codec::itemsize(ca).unwrap_or(1), codec::itemsize(cb).unwrap_or(1));
    let (na, nb) = (da.len() / sa, db.len() / sb);
    if na != nb && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.bool(op == CompareOp::Ne));
    }
    if ca == cb && matches!(op, CompareOp::Eq | CompareOp::Ne) && !matches!(ca, b'f' | b'd') {
        return Ok(vm.bool((da == db) == (op == CompareOp::Eq)));
    }
    let xs = values(vm, &p[0])?;
    let ys = values(vm, &p[1])?;
    for (x, y) in xs.iter().zip(ys.iter()) {
        if !super::item_eq(vm, x, y)? {
            return match op {
                CompareOp::Eq => Ok(vm.bool(false)),
                CompareOp::Ne => Ok(vm.bool(true)),
                _ => vm.compare(x, y, op),
            };
        }
    }
    let r = match op {
        CompareOp::Lt => na < nb,
        CompareOp::Le => na <= nb,
        CompareOp::Eq => na == nb,
        CompareOp::Ne => na != nb,
        CompareOp::Gt => na > nb,
        CompareOp::Ge => na >= nb,
    };
    Ok(vm.bool(r))
}

fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le)
}
fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__repr__").positional(1, 1)?;
    let code = arr_code(&p[0]).ok_or_else(|| type_error("array expected"))?;
    let name = vm.type_name(&p[0]).to_string();
    let n = with_arr(vm, &p[0], |a| a.len())?;
    if n == 0 {
        return Ok(vm.str(format!("{name}('{}')", code as char)));
    }
    let body = if code == b'u' {
        let s = super::tounicode(vm, Args::positional(&p[..1]))?;
        vm.repr_string(&s)?
    } else {
        let items = values(vm, &p[0])?;
        let l = vm.list(items);
        vm.repr_string(&l)?
    };
    Ok(vm.str(format!("{name}('{}', {body})", code as char)))
}

/// Adds the sequence-protocol methods to the array type.
pub fn install(ty: &Value) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__lt__", lt),
        ("__le__", le),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__repr__", repr),
    ];
    for (name, f) in methods {
        add_method(ty, name, *f, BuiltinKind::Method);
    }
}
