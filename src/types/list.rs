//! `list`: construction, mutation methods, sort, dunders; plus the
//! sequence helpers shared with tuple (rich comparison, repr).

use crate::bytecode::CompareOp;
use crate::error::PyResult;
use crate::object::exception::{index_error, type_error, value_error};
use crate::object::iter::IterState;
use crate::object::registry::{add_method, set_type_attr};
use crate::object::*;
use crate::vm::Vm;
use num_traits::{ToPrimitive, Zero};

use super::slice::{norm_index, slice_indices, slice_len, slice_positions, to_index};

/// Rich comparison of two item sequences (CPython's list/tuple algorithm).
pub fn seq_compare(vm: &mut Vm, a: &[Value], b: &[Value], op: CompareOp) -> PyResult<Value> {
    if a.len() != b.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.bool(op == CompareOp::Ne));
    }
    let n = a.len().min(b.len());
    for i in 0..n {
        if !vm.eq_bool(&a[i], &b[i])? {
            return match op {
                CompareOp::Eq => Ok(vm.bool(false)),
                CompareOp::Ne => Ok(vm.bool(true)),
                _ => vm.compare(&a[i], &b[i], op),
            };
        }
    }
    let (x, y) = (a.len(), b.len());
    Ok(vm.bool(match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }))
}

/// `repr` of items between `open` and `close`, with `[...]`-style recursion guard.
pub fn seq_repr(vm: &mut Vm, v: &Value, items: &[Value], open: &str, close: &str, recur: &str) -> PyResult<Value> {
    let addr = v.raw();
    if vm.repr_stack.contains(&addr) {
        return Ok(vm.str(recur));
    }
    vm.repr_stack.push(addr);
    let mut s = String::from(open);
    let mut res = Ok(());
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        match vm.repr_string(it) {
            Ok(r) => s.push_str(&r),
            Err(e) => {
                res = Err(e);
                break;
            }
        }
    }
    vm.repr_stack.retain(|a| *a != addr);
    res?;
    s.push_str(close);
    Ok(vm.str(s))
}

fn ld(v: &Value) -> PyResult<&ListData> {
    v.downcast::<ListData>().ok_or_else(|| type_error("descriptor requires a 'list' object"))
}

fn items(v: &Value) -> PyResult<Vec<Value>> {
    Ok(ld(v)?.0.borrow().clone())
}

/// Allocates an instance of `cls` (a builtin type with layout `T` or a
/// subclass of it) holding `data`.
pub fn new_instance<T: ObjData>(cls: &Value, base: &Value, data: T) -> PyResult<Value> {
    let td = cls.downcast::<TypeData>().ok_or_else(|| type_error("__new__(X): X is not a type object"))?;
    let bname = base.downcast::<TypeData>().map(|b| b.name()).unwrap_or_default();
    if td.kind != T::KIND || !td.mro.borrow().iter().any(|m| m.is(base)) {
        return Err(type_error(format!("{}.__new__({}): {} is not a subtype of {}", bname, td.name(), td.name(), bname)));
    }
    let ext = if td.ext_offset != 0 { Some(InstanceExt::new(td.slot_names.borrow().len())) } else { None };
    Ok(alloc(cls, data, ext))
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = &args.pos()[0];
    if cls.is(&t().list) {
        return Ok(vm.list(Vec::new()));
    }
    new_instance(cls, &t().list, ListData::new(Vec::new()))
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "list", super::slice::Conv::Clinic, 0, 1)?;
    let new = if p.len() == 2 { vm.collect(&p[1])? } else { Vec::new() };
    let old = std::mem::replace(&mut *ld(&p[0])?.0.borrow_mut(), new);
    drop(old);
    Ok(vm.none())
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "list.append", super::slice::Conv::O, 1, 1)?;
    ld(&p[0])?.0.borrow_mut().push(p[1].clone());
    Ok(vm.none())
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "list.extend", super::slice::Conv::O, 1, 1)?;
    let new = vm.collect(&p[1])?;
    ld(&p[0])?.0.borrow_mut().extend(new);
    Ok(vm.none())
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "insert", super::slice::Conv::Clinic, 2, 2)?;
    let i = super::slice::to_index_clamped(vm, &p[1])?
        .ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&p[1]))))?;
    let l = ld(&p[0])?;
    let mut v = l.0.borrow_mut();
    let n = v.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(j as usize, p[2].clone());
    Ok(vm.none())
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "pop", super::slice::Conv::Clinic, 0, 1)?;
    let i = if p.len() == 2 {
        super::slice::to_index_clamped(vm, &p[1])?
            .ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&p[1]))))?
    } else {
        -1
    };
    let l = ld(&p[0])?;
    let mut v = l.0.borrow_mut();
    if v.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let j = norm_index(i, v.len()).ok_or_else(|| index_error("pop index out of range"))?;
    Ok(v.remove(j))
}

fn find(vm: &mut Vm, l: &Value, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let v = ld(l)?.0.borrow();
            if i >= v.len().min(stop) {
                return Ok(None);
            }
            v[i].clone()
        };
        if vm.eq_bool(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "list.remove", super::slice::Conv::O, 1, 1)?;
    match find(vm, &p[0], &p[1], 0, usize::MAX)? {
        Some(i) => {
            let mut v = ld(&p[0])?.0.borrow_mut();
            if i < v.len() {
                let old = v.remove(i);
                drop(v);
                drop(old);
            }
            Ok(vm.none())
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

/// Clamps optional start/stop arguments of `index()` against `len`.
pub fn index_bounds(vm: &mut Vm, p: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let conv = |vm: &mut Vm, v: Option<&Value>, d: i64| -> PyResult<usize> {
        let i = match v {
            None => d,
            Some(v) => super::slice::to_index_clamped(vm, v)?
                .ok_or_else(|| type_error("slice indices must be integers or have an __index__ method"))?,
        };
        let n = len as i64;
        Ok(if i < 0 { (i + n).max(0) as usize } else { i.min(n) as usize })
    };
    let a = conv(vm, p.get(2), 0)?;
    let b = conv(vm, p.get(3), len as i64)?;
    Ok((a, b))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "index", super::slice::Conv::Clinic, 1, 3)?;
    let len = ld(&p[0])?.0.borrow().len();
    let (a, b) = index_bounds(vm, p, len)?;
    match find(vm, &p[0], &p[1], a, b)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => Err(value_error(format!("{} is not in list", vm.repr_string(&p[1])?))),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "list.count", super::slice::Conv::O, 1, 1)?;
    let mut n = 0;
    for it in items(&p[0])? {
        if vm.eq_bool(&it, &p[1])? {
            n += 1;
        }
    }
    Ok(vm.int(n))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "list.clear", super::slice::Conv::NoArgs, 0, 0)?;
    let old = std::mem::take(&mut *ld(&p[0])?.0.borrow_mut());
    drop(old);
    Ok(vm.none())
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "list.copy", super::slice::Conv::NoArgs, 0, 0)?;
    Ok(vm.list(items(&p[0])?))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "list.reverse", super::slice::Conv::NoArgs, 0, 0)?;
    ld(&p[0])?.0.borrow_mut().reverse();
    Ok(vm.none())
}

/// `list.sort(key=key, reverse=reverse)` on the list `l`.
pub fn sort_list(vm: &mut Vm, l: &Value, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    super::sort::sort_list(vm, ld(l)?, key, reverse)
}

/// `list.sort(*, key=None, reverse=False)` as called (also `sorted()`'s second half).
pub fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.is_empty() {
        return Err(type_error("unbound method list.sort() needs an argument"));
    }
    if p.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    for (k, _) in args.kwargs() {
        if k != "key" && k != "reverse" {
            return Err(type_error(format!("'{k}' is an invalid keyword argument for sort()")));
        }
    }
    // `reverse` is a C int (`_PyLong_AsInt`), not a truth value.
    let rev = match args.kw("reverse") {
        Some(r) => match super::slice::to_big_index(vm, r)? {
            Some(b) => {
                if b.to_i32().is_none() {
                    return Err(crate::object::exception::overflow_error("Python int too large to convert to C int"));
                }
                !b.is_zero()
            }
            None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(r)))),
        },
        None => false,
    };
    sort_list(vm, &p[0], args.kw("key"), rev)?;
    Ok(vm.none())
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "__len__", super::slice::Conv::Slot, 0, 0)?;
    Ok(vm.int(ld(&p[0])?.0.borrow().len() as i64))
}

/// `list[key]` for a list body (int or slice).
pub fn list_getitem(vm: &mut Vm, l: &Value, key: &Value) -> PyResult<Value> {
    if key.downcast::<SliceData>().is_some() {
        let n = ld(l)?.0.borrow().len();
        let pos = slice_positions(vm, key, n)?;
        let v = ld(l)?.0.borrow();
        return Ok(vm.list(pos.into_iter().filter_map(|i| v.get(i).cloned()).collect()));
    }
    let i = to_index(vm, key, "list")?;
    let v = ld(l)?.0.borrow();
    norm_index(i, v.len()).map(|j| v[j].clone()).ok_or_else(|| index_error("list index out of range"))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "list.__getitem__", super::slice::Conv::O, 1, 1)?;
    list_getitem(vm, &p[0], &p[1])
}

/// `list[key] = value` for a list body.
pub fn list_setitem(vm: &mut Vm, l: &Value, key: &Value, value: Value) -> PyResult<()> {
    if key.downcast::<SliceData>().is_some() {
        let n = ld(l)?.0.borrow().len();
        let (start, stop, step) = slice_indices(vm, key, n)?;
        if step != 1 {
            if let Some(src) = value.downcast::<ListData>().filter(|_| !value.is(l)) {
                let items = src.0.borrow();
                return assign_extended_from_list(l, &items, start, stop, step);
            }
        }
        let new = vm.collect(&value)?;
        let mut v = ld(l)?.0.borrow_mut();
        if step == 1 {
            let a = (start.max(0) as usize).min(v.len());
            let b = (stop.max(start) as usize).min(v.len()).max(a);
            let old: Vec<Value> = v.splice(a..b, new).collect();
            drop(v);
            drop(old);
            return Ok(());
        }
        let cnt = slice_len(start, stop, step);
        if cnt != new.len() {
            return Err(value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", new.len(), cnt)));
        }
        let mut old = Vec::new();
        for (k, x) in new.into_iter().enumerate() {
            let j = (start + k as i64 * step) as usize;
            if j < v.len() {
                old.push(std::mem::replace(&mut v[j], x));
            }
        }
        drop(v);
        drop(old);
        return Ok(());
    }
    let i = to_index(vm, key, "list")?;
    let mut v = ld(l)?.0.borrow_mut();
    let j = norm_index(i, v.len()).ok_or_else(|| index_error("list assignment index out of range"))?;
    let old = std::mem::replace(&mut v[j], value);
    drop(v);
    drop(old);
    Ok(())
}

/// `l[start:stop:step] = src` (`step != 1`) from another list, reading its
/// items in place (no copy of the right-hand side, as CPython). The
/// replaced items are released once the lists are no longer borrowed.
fn assign_extended_from_list(l: &Value, src: &[Value], start: i64, stop: i64, step: i64) -> PyResult<()> {
    let cnt = slice_len(start, stop, step);
    if cnt != src.len() {
        return Err(value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", src.len(), cnt)));
    }
    let mut old = Vec::with_capacity(cnt);
    let mut v = ld(l)?.0.borrow_mut();
    for (k, x) in src.iter().enumerate() {
        let j = (start + k as i64 * step) as usize;
        if j < v.len() {
            old.push(std::mem::replace(&mut v[j], x.clone()));
        }
    }
    drop(v);
    drop(old);
    Ok(())
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "", super::slice::Conv::Clinic, 2, 2)?;
    list_setitem(vm, &p[0], &p[1], p[2].clone())?;
    Ok(vm.none())
}

/// `del list[key]` for a list body.
pub fn list_delitem(vm: &mut Vm, l: &Value, key: &Value) -> PyResult<()> {
    if key.downcast::<SliceData>().is_some() {
        let n = ld(l)?.0.borrow().len();
        let mut pos = slice_positions(vm, key, n)?;
        pos.sort_unstable();
        let mut v = ld(l)?.0.borrow_mut();
        let mut old = Vec::new();
        for j in pos.into_iter().rev() {
            if j < v.len() {
                old.push(v.remove(j));
            }
        }
        drop(v);
        drop(old);
        return Ok(());
    }
    let i = to_index(vm, key, "list")?;
    let mut v = ld(l)?.0.borrow_mut();
    let j = norm_index(i, v.len()).ok_or_else(|| index_error("list assignment index out of range"))?;
    let old = v.remove(j);
    drop(v);
    drop(old);
    Ok(())
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "__delitem__", super::slice::Conv::Slot, 1, 1)?;
    list_delitem(vm, &p[0], &p[1])?;
    Ok(vm.none())
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "__contains__", super::slice::Conv::Slot, 1, 1)?;
    let r = find(vm, &p[0], &p[1], 0, usize::MAX)?.is_some();
    Ok(vm.bool(r))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "__iter__", super::slice::Conv::Slot, 0, 0)?;
    ld(&p[0])?;
    Ok(vm.iterator("list_iterator", IterState::List { seq: p[0].clone(), index: 0 }))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "list.__reversed__", super::slice::Conv::NoArgs, 0, 0)?;
    let n = ld(&p[0])?.0.borrow().len();
    Ok(vm.iterator("list_reverseiterator", IterState::ListRev { seq: p[0].clone(), index: n as isize - 1 }))
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "__add__", super::slice::Conv::Slot, 1, 1)?;
    let Some(o) = p[1].downcast::<ListData>() else {
        return Err(type_error(format!("can only concatenate list (not \"{}\") to list", vm.type_name(&p[1]))));
    };
    let mut v = items(&p[0])?;
    v.extend(o.0.borrow().iter().cloned());
    Ok(vm.list(v))
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "__iadd__", super::slice::Conv::Slot, 1, 1)?;
    let new = vm.collect(&p[1])?;
    ld(&p[0])?.0.borrow_mut().extend(new);
    Ok(p[0].clone())
}

/// A repeat count for `seq * n`.
pub fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    super::slice::to_index_clamped(vm, n)
}

/// `v * n` for a Vec of values.
pub fn repeat_vec(v: &[Value], n: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(v.len() * n);
    for _ in 0..n {
        out.extend(v.iter().cloned());
    }
    out
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "", super::slice::Conv::Clinic, 1, 1)?;
    let Some(n) = repeat_count(vm, &p[1])? else { return Ok(t().not_implemented.clone()) };
    let v = items(&p[0])?;
    let n = n.max(0) as usize;
    if n.saturating_mul(v.len()) > (1 << 32) {
        return Err(crate::error::PyErr::new(&t().named("MemoryError"), ""));
    }
    Ok(vm.list(repeat_vec(&v, n)))
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "", super::slice::Conv::Clinic, 1, 1)?;
    let Some(n) = repeat_count(vm, &p[1])? else { return Ok(t().not_implemented.clone()) };
    let v = items(&p[0])?;
    let n = n.max(0) as usize;
    if n.saturating_mul(v.len()) > (1 << 32) {
        return Err(crate::error::PyErr::new(&t().named("MemoryError"), ""));
    }
    let old = std::mem::replace(&mut *ld(&p[0])?.0.borrow_mut(), repeat_vec(&v, n));
    drop(old);
    Ok(p[0].clone())
}

fn cmp(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let p = args.parser(op.symbol()).positional(2, 2)?;
    if p[1].downcast::<ListData>().is_none() {
        return Ok(t().not_implemented.clone());
    }
    let (a, b) = (items(&p[0])?, items(&p[1])?);
    seq_compare(vm, &a, &b, op)
}

macro_rules! cmp_fns {
    ($($name:ident => $op:ident),*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> { cmp(vm, args, CompareOp::$op) })*
    };
}
cmp_fns!(lt => Lt, le => Le, eq => Eq, ne => Ne, gt => Gt, ge => Ge);

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "__repr__", super::slice::Conv::Slot, 0, 0)?;
    let v = items(&p[0])?;
    seq_repr(vm, &p[0], &v, "[", "]", "[...]")
}

fn class_getitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

/// Installs list's methods.
pub fn install() {
    let ty = &t().list;
    let m = BuiltinKind::Method;
    add_method(ty, "__new__", list_new, BuiltinKind::StaticMethod);
    add_method(ty, "__init__", list_init, m);
    for (name, f) in [
        ("append", append as NativeFn),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
        ("sort", sort),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__add__", add),
        ("__iadd__", iadd),
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
    ] {
        add_method(ty, name, f, m);
    }
    add_method(ty, "__class_getitem__", class_getitem, BuiltinKind::ClassMethod);
    set_type_attr(ty, "__hash__", t().none.clone());
}
