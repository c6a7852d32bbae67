//! `range`: constructor, length, indexing, membership, iteration, repr,
//! `start`/`stop`/`step`, `index`/`count`, equality and hash.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::error::PyResult;
use crate::object::exception::{index_error, type_error, value_error};
use crate::object::registry::{add_getset, add_method};
use crate::object::*;
use crate::vm::iterate::int_to_big;
use crate::vm::Vm;

fn rd(v: &Value) -> PyResult<&RangeData> {
    v.downcast::<RangeData>().ok_or_else(|| type_error("descriptor requires a 'range' object"))
}

fn parts(v: &Value) -> PyResult<(BigInt, BigInt, BigInt)> {
    let r = rd(v)?;
    Ok((int_to_big(&r.start).unwrap_or_default(), int_to_big(&r.stop).unwrap_or_default(), int_to_big(&r.step).unwrap_or_default()))
}

fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if start < stop { (stop - start - 1) / step + 1 } else { BigInt::zero() }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        BigInt::zero()
    }
}

fn arg_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.is_small_int() {
        // The common `range(n)`: already the int `__index__` would give.
        return Ok(v.clone());
    }
    match super::slice::to_big_index(vm, v)? {
        Some(b) => Ok(vm.bigint(b)),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::slice::method_args(&args, "range", super::slice::Conv::Clinic, 1, 3)?;
    let (start, stop, step) = match p.len() {
        2 => (vm.int(0), arg_int(vm, &p[1])?, vm.int(1)),
        3 => (arg_int(vm, &p[1])?, arg_int(vm, &p[2])?, vm.int(1)),
        _ => (arg_int(vm, &p[1])?, arg_int(vm, &p[2])?, arg_int(vm, &p[3])?),
    };
    if step.as_small_int() == Some(0) {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(alloc(&t().range, RangeData { start, stop, step }, None))
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    match p.len() {
        0 => return Err(type_error("descriptor '__bool__' of 'range' object needs an argument")),
        1 => {}
        n => return Err(type_error(format!("expected 0 arguments, got {}", n - 1))),
    }
    let (a, b, c) = parts(&p[0])?;
    Ok(vm.bool(!length(&a, &b, &c).is_zero()))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, c) = parts(&args.pos()[0])?;
    let n = length(&a, &b, &c);
    if n.to_i64().is_none() {
        return Err(crate::object::exception::overflow_error("Python int too large to convert to C ssize_t"));
    }
    Ok(vm.bigint(n))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__getitem__").positional(2, 2)?;
    range_getitem(vm, &p[0], &p[1])
}

/// `range[key]` (`range_subscript`): big-int item and slice arithmetic.
pub fn range_getitem(vm: &mut Vm, r: &Value, key: &Value) -> PyResult<Value> {
    let (a, b, c) = parts(r)?;
    let n = length(&a, &b, &c);
    if key.downcast::<SliceData>().is_some() {
        let (s, e, st) = super::slice::slice_indices_big(vm, key, &n)?;
        let start = vm.bigint(&a + &c * s);
        let stop = vm.bigint(&a + &c * e);
        let step = vm.bigint(&c * st);
        return Ok(alloc(&t().range, RangeData { start, stop, step }, None));
    }
    let i = match super::slice::to_big_index(vm, key)? {
        Some(i) => i,
        None => return Err(type_error(format!("range indices must be integers or slices, not {}", vm.type_name(key)))),
    };
    let j = if i.is_negative() { &i + &n } else { i };
    if j.is_negative() || j >= n {
        return Err(index_error("range object index out of range"));
    }
    Ok(vm.bigint(a + c * j))
}

fn position(v: &Value, x: &Value) -> PyResult<Option<BigInt>> {
    let Some(x) = (if x.is_small_int() || x.downcast::<IntData>().is_some() { int_to_big(x) } else { None }) else { return Ok(None) };
    let (a, b, c) = parts(v)?;
    let inside = if c.is_positive() { a <= x && x < b } else { b < x && x <= a };
    if !inside {
        return Ok(None);
    }
    let d = &x - &a;
    if (&d % &c).is_zero() {
        Ok(Some(d / c))
    } else {
        Ok(None)
    }
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__contains__").positional(2, 2)?;
    if vm.is_int(&p[1]) {
        return Ok(vm.bool(position(&p[0], &p[1])?.is_some()));
    }
    let it = vm.range_iter(&p[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.eq_bool(&v, &p[1])? {
            return Ok(vm.bool(true));
        }
    }
    Ok(vm.bool(false))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("index").positional(2, 2)?;
    match position(&p[0], &p[1])? {
        Some(i) => Ok(vm.bigint(i)),
        None => Err(value_error(format!("{} is not in range", vm.repr_string(&p[1])?))),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("count").positional(2, 2)?;
    Ok(vm.int(position(&p[0], &p[1])?.is_some() as i64))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.range_iter(&args.pos()[0])
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, c) = parts(&args.pos()[0])?;
    let n = length(&a, &b, &c);
    let last: BigInt = &a + (&n - BigInt::from(1)) * &c;
    let start = vm.bigint(last.clone());
    let stop = vm.bigint(&a - &c);
    let step = vm.bigint(-c);
    let r = alloc(&t().range, RangeData { start, stop, step }, None);
    if n.is_zero() {
        let e = alloc(&t().range, RangeData { start: vm.int(0), stop: vm.int(0), step: vm.int(1) }, None);
        return vm.range_iter(&e);
    }
    vm.range_iter(&r)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, c) = parts(&args.pos()[0])?;
    Ok(vm.str(if c == BigInt::from(1) { format!("range({}, {})", a, b) } else { format!("range({}, {}, {})", a, b, c) }))
}

fn key(v: &Value) -> PyResult<(BigInt, Option<BigInt>, Option<BigInt>)> {
    let (a, b, c) = parts(v)?;
    let n = length(&a, &b, &c);
    Ok(if n.is_zero() {
        (n, None, None)
    } else if n == BigInt::from(1) {
        (n, Some(a), None)
    } else {
        (n, Some(a), Some(c))
    })
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 || p[1].downcast::<RangeData>().is_none() {
        return Ok(t().not_implemented.clone());
    }
    Ok(vm.bool(key(&p[0])? == key(&p[1])?))
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 || p[1].downcast::<RangeData>().is_none() {
        return Ok(t().not_implemented.clone());
    }
    Ok(vm.bool(key(&p[0])? != key(&p[1])?))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, a, c) = key(&args.pos()[0])?;
    let none = vm.none();
    let items = vec![vm.bigint(n), a.map(|x| vm.bigint(x)).unwrap_or_else(|| none.clone()), c.map(|x| vm.bigint(x)).unwrap_or(none)];
    let mut h = crate::object::hashing::TupleHasher::new();
    for it in &items {
        h.add(vm.hash(it)?);
    }
    Ok(vm.int(h.finish(items.len())))
}

fn get_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(rd(v)?.start.clone())
}
fn get_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(rd(v)?.stop.clone())
}
fn get_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(rd(v)?.step.clone())
}

/// Installs range's methods.
pub fn install() {
    let ty = &t().range;
    add_method(ty, "__new__", range_new, BuiltinKind::StaticMethod);
    for (n, f) in [
        ("__len__", len as NativeFn),
        ("__bool__", bool_),
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("index", index),
        ("count", count),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__hash__", hash),
    ] {
        add_method(ty, n, f, BuiltinKind::Method);
    }
    add_getset(ty, "start", get_start, None);
    add_getset(ty, "stop", get_stop, None);
    add_getset(ty, "step", get_step, None);
}
