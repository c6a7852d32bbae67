//! `tuple`: constructor, `count`/`index`, item access, concatenation,
//! repetition, comparisons, CPython's xxHash-based hash, repr.

use crate::object::hashing::TupleHasher;
use crate::bytecode::CompareOp;
use crate::error::PyResult;
use crate::object::exception::{index_error, type_error, value_error};
use crate::object::iter::IterState;
use crate::object::registry::add_method;
use crate::object::*;
use crate::vm::Vm;

use super::list::{index_bounds, new_instance, repeat_count, repeat_vec, seq_compare, seq_repr};
use super::slice::{norm_index, slice_positions, to_index};

fn td(v: &Value) -> PyResult<&TupleData> {
    v.downcast::<TupleData>().ok_or_else(|| type_error("descriptor requires a 'tuple' object"))
}

fn items(v: &Value) -> PyResult<Vec<Value>> {
    Ok(td(v)?.0.to_vec())
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "tuple", super::slice::Conv::Clinic, 0, 1)?;
    let cls = &p[0];
    let v = if p.len() == 2 {
        if cls.is(&t().tuple) && crate::vm::iterate::is_exact(&p[1], &t().tuple) {
            return Ok(p[1].clone());
        }
        if cls.is(&t().tuple) && crate::vm::iterate::is_exact(&p[1], &t().list) {
            let items = p[1].downcast::<ListData>().expect("list").0.borrow();
            return Ok(crate::object::tuple::tuple_from_slice(&items));
        }
        vm.collect(&p[1])?
    } else {
        Vec::new()
    };
    if cls.is(&t().tuple) {
        return Ok(vm.tuple(v));
    }
    new_instance(cls, &t().tuple, TupleData(v.into()))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("count").positional(2, 2)?;
    let mut n = 0;
    for it in items(&p[0])? {
        if vm.eq_bool(&it, &p[1])? {
            n += 1;
        }
    }
    Ok(vm.int(n))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("index").positional(2, 4)?;
    let v = items(&p[0])?;
    let (a, b) = index_bounds(vm, p, v.len())?;
    for (i, it) in v.iter().enumerate().take(b).skip(a) {
        if vm.eq_bool(it, &p[1])? {
            return Ok(vm.int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__len__").positional(1, 1)?;
    Ok(vm.int(td(&p[0])?.0.len() as i64))
}

/// `tuple[key]` (int or slice).
pub fn tuple_getitem(vm: &mut Vm, tv: &Value, key: &Value) -> PyResult<Value> {
    let d = td(tv)?;
    if key.downcast::<SliceData>().is_some() {
        let pos = slice_positions(vm, key, d.0.len())?;
        return Ok(vm.tuple(pos.into_iter().map(|i| d.0[i].clone()).collect()));
    }
    let i = to_index(vm, key, "tuple")?;
    norm_index(i, d.0.len()).map(|j| d.0[j].clone()).ok_or_else(|| index_error("tuple index out of range"))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__getitem__").positional(2, 2)?;
    tuple_getitem(vm, &p[0], &p[1])
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__contains__").positional(2, 2)?;
    for it in items(&p[0])? {
        if vm.eq_bool(&it, &p[1])? {
            return Ok(vm.bool(true));
        }
    }
    Ok(vm.bool(false))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__iter__").positional(1, 1)?;
    td(&p[0])?;
    Ok(vm.iterator("tuple_iterator", IterState::Tuple { seq: p[0].clone(), index: 0 }))
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__add__").positional(2, 2)?;
    let Some(o) = p[1].downcast::<TupleData>() else {
        return Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", vm.type_name(&p[1]))));
    };
    let mut v = items(&p[0])?;
    v.extend(o.0.iter().cloned());
    Ok(vm.tuple(v))
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__mul__").positional(2, 2)?;
    let Some(n) = repeat_count(vm, &p[1])? else { return Ok(t().not_implemented.clone()) };
    let v = items(&p[0])?;
    let n = n.max(0) as usize;
    if n == 1 && crate::vm::iterate::is_exact(&p[0], &t().tuple) {
        return Ok(p[0].clone());
    }
    if n.saturating_mul(v.len()) > (1 << 32) {
        return Err(crate::error::PyErr::new(&t().named("MemoryError"), ""));
    }
    Ok(vm.tuple(repeat_vec(&v, n)))
}

fn cmp(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let p = args.parser(op.symbol()).positional(2, 2)?;
    if p[1].downcast::<TupleData>().is_none() {
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

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__hash__").positional(1, 1)?;
    let t = td(&p[0])?;
    let mut h = TupleHasher::new();
    for i in 0..t.0.len() {
        let it = t.0[i].clone();
        h.add(vm.hash(&it)?);
    }
    Ok(vm.int(h.finish(t.0.len())))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__repr__").positional(1, 1)?;
    let v = items(&p[0])?;
    if v.is_empty() {
        return Ok(vm.str("()"));
    }
    if v.len() == 1 {
        return seq_repr(vm, &p[0], &v, "(", ",)", "(...)");
    }
    seq_repr(vm, &p[0], &v, "(", ")", "(...)")
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = items(&args.pos()[0])?;
    let inner = vm.tuple(v);
    Ok(vm.tuple(vec![inner]))
}

/// Installs tuple's methods.
pub fn install() {
    let ty = &t().tuple;
    add_method(ty, "__new__", tuple_new, BuiltinKind::StaticMethod);
    for (name, f) in [
        ("count", count as NativeFn),
        ("index", index),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__lt__", lt),
        ("__le__", le),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__getnewargs__", getnewargs),
    ] {
        add_method(ty, name, f, BuiltinKind::Method);
    }
}
