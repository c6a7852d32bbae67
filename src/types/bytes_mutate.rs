//! `bytearray` mutators: append, extend, insert, pop, remove, reverse,
//! clear, copy, `__setitem__`, `__delitem__`, `__iadd__`, `__imul__`.

use crate::error::PyResult;
use crate::object::bodies::{ByteArrayData, SliceData};
use crate::object::exception::{index_error, type_error, value_error};
use crate::object::str::as_str;
use crate::object::{Args, Value};
use crate::vm::Vm;

use super::bytes::{byte_value, bytes_of, same_kind, self_bytes};
use super::bytes_args::{clinic, noargs, one, wrapper};
use super::str::{index_clamped, int_arg, slice_indices};

fn ba_self<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a ByteArrayData> {
    match args.pos().first() {
        Some(v) => v.downcast::<ByteArrayData>().ok_or_else(|| {
            type_error(format!("descriptor '{}' requires a 'bytearray' object but received a '{}'", name, vm.type_name(v)))
        }),
        None => Err(type_error(format!("unbound method bytearray.{}() needs an argument", name))),
    }
}

/// The bytes of an iterable of ints (for extend and slice assignment).
/// `None` when `v` is not iterable.
fn ints_of(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(b) = bytes_of(v) {
        return Ok(Some(b));
    }
    if vm.lookup_special(v, "__iter__").is_none() && vm.lookup_special(v, "__getitem__").is_none() {
        return Ok(None);
    }
    let items = vm.collect(v)?;
    items.iter().map(|x| byte_value(vm, x)).collect::<PyResult<Vec<u8>>>().map(Some)
}

/// `bytearray.append(item)`.
pub fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "append")?;
    let x = one(&args, "append")?;
    let x = byte_value(vm, x)?;
    d.0.borrow_mut().push(x);
    Ok(vm.none())
}

/// `bytearray.extend(iterable_of_ints)`.
pub fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "extend")?;
    let v = one(&args, "extend")?;
    let Some(b) = ints_of(vm, v)? else {
        return Err(type_error(format!("can't extend bytearray with {}", vm.type_name(v))));
    };
    d.0.borrow_mut().extend_from_slice(&b);
    Ok(vm.none())
}

/// `bytearray.insert(index, item)`.
pub fn ba_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "insert")?;
    let r = clinic(&args, "insert", 2, 2)?;
    let i = int_arg(vm, &r[0])?;
    let x = byte_value(vm, &r[1])?;
    let mut v = d.0.borrow_mut();
    let len = v.len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    v.insert(j as usize, x);
    drop(v);
    Ok(vm.none())
}

/// `bytearray.pop(index=-1)`.
pub fn ba_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "pop")?;
    let r = clinic(&args, "pop", 0, 1)?;
    let i = match r.first() {
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

/// `bytearray.remove(value)`.
pub fn ba_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "remove")?;
    let x = one(&args, "remove")?;
    let x = byte_value(vm, x)?;
    let mut v = d.0.borrow_mut();
    match v.iter().position(|&c| c == x) {
        Some(i) => {
            v.remove(i);
            drop(v);
            Ok(vm.none())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

/// `bytearray.reverse()`.
pub fn ba_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "reverse")?;
    noargs(&args, "reverse")?;
    d.0.borrow_mut().reverse();
    Ok(vm.none())
}

/// `bytearray.clear()`.
pub fn ba_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "clear")?;
    noargs(&args, "clear")?;
    d.0.borrow_mut().clear();
    Ok(vm.none())
}

/// `bytearray.copy()`.
pub fn ba_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ba_self(vm, &args, "copy")?;
    noargs(&args, "copy")?;
    let b = self_bytes(vm, &args, "copy")?;
    Ok(same_kind(vm, &args.pos()[0], b))
}

/// `bytearray.__setitem__(index_or_slice, value)`.
pub fn ba_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "__setitem__")?;
    let r = wrapper(&args, "__setitem__", 2)?;
    let len = d.0.borrow().len();
    if let Some(sl) = r[0].downcast::<SliceData>() {
        let (start, stop, step, n) = slice_indices(vm, sl, len)?;
        const MSG: &str = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
        if super::str::int_value(&r[1]).is_some() || as_str(&r[1]).is_some() {
            return Err(type_error(MSG));
        }
        let Some(new) = ints_of(vm, &r[1])? else { return Err(type_error(MSG)) };
        let mut v = d.0.borrow_mut();
        if step == 1 {
            let lo = start as usize;
            let hi = (stop.max(start)) as usize;
            v.splice(lo..hi, new);
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
        drop(v);
        return Ok(vm.none());
    }
    let i = match index_clamped(vm, &r[0])? {
        Some(i) => i,
        None => return Err(type_error(format!("bytearray indices must be integers or slices, not {}", vm.type_name(&r[0])))),
    };
    let x = byte_value(vm, &r[1])?;
    let len = d.0.borrow().len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(index_error("bytearray index out of range"));
    }
    d.0.borrow_mut()[j as usize] = x;
    Ok(vm.none())
}

/// `bytearray.__delitem__(index_or_slice)`.
pub fn ba_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "__delitem__")?;
    let r = wrapper(&args, "__delitem__", 1)?;
    let len = d.0.borrow().len();
    if let Some(sl) = r[0].downcast::<SliceData>() {
        let (start, _, step, n) = slice_indices(vm, sl, len)?;
        let mut kill = vec![false; len];
        for k in 0..n {
            kill[(start + k as i64 * step) as usize] = true;
        }
        let mut v = d.0.borrow_mut();
        let mut it = kill.into_iter();
        v.retain(|_| !it.next().unwrap_or(false));
        drop(v);
        return Ok(vm.none());
    }
    let i = match index_clamped(vm, &r[0])? {
        Some(i) => i,
        None => return Err(type_error(format!("bytearray indices must be integers or slices, not {}", vm.type_name(&r[0])))),
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error("bytearray index out of range"));
    }
    d.0.borrow_mut().remove(j as usize);
    Ok(vm.none())
}

/// `bytearray += bytes_like`.
pub fn ba_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "__iadd__")?;
    let r = wrapper(&args, "__iadd__", 1)?;
    let b = bytes_of(&r[0]).ok_or_else(|| type_error(format!("can't concat {} to bytearray", vm.type_name(&r[0]))))?;
    d.0.borrow_mut().extend_from_slice(&b);
    Ok(args.pos()[0].clone())
}

/// `bytearray *= n`.
pub fn ba_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = ba_self(vm, &args, "__imul__")?;
    let r = wrapper(&args, "__imul__", 1)?;
    let n = int_arg(vm, &r[0])?;
    let mut v = d.0.borrow_mut();
    if n <= 0 {
        v.clear();
    } else {
        if (v.len() as u128) * (n as u128) > (isize::MAX as u128) / 4 {
            return Err(crate::error::PyErr::new(&crate::object::registry::t().named("MemoryError"), ""));
        }
        let rep = v.repeat(n as usize);
        *v = rep;
    }
    drop(v);
    Ok(args.pos()[0].clone())
}
