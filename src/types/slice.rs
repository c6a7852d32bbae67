//! `slice`: constructor, `start`/`stop`/`step`, `indices`, repr, equality;
//! and the index helpers shared by the sequence types (`to_index`,
//! `slice_indices`, `norm_index`).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::bytecode::CompareOp;
use crate::error::PyResult;
use crate::object::exception::{index_error, type_error, value_error};
use crate::object::registry::{add_getset, add_method};
use crate::object::*;
use crate::vm::iterate::int_to_big;
use crate::vm::Vm;

/// `operator.index(v)` as a BigInt; `None` if `v` has no `__index__`.
pub fn to_big_index(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if let Some(b) = int_to_big(v) {
        return Ok(Some(b));
    }
    if v.is_float() {
        return Ok(None);
    }
    if let Some(m) = vm.lookup_special(v, "__index__") {
        let r = vm.call(&m, &[])?;
        return match int_to_big(&r) {
            Some(b) => Ok(Some(b)),
            None => Err(type_error(format!("__index__ returned non-int (type {})", vm.type_name(&r)))),
        };
    }
    Ok(None)
}

/// An index (`__index__`) as i64, clamped to i64 range; `None` if not an index.
pub fn to_index_clamped(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if let Some(i) = v.as_small_int() {
        return Ok(Some(i));
    }
    Ok(to_big_index(vm, v)?.map(|b| b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })))
}

/// An index as i64 for item access: IndexError-style overflow message,
/// TypeError `msg` when not an index.
pub fn to_index(vm: &mut Vm, v: &Value, what: &str) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    match to_big_index(vm, v)? {
        Some(b) => b.to_i64().ok_or_else(|| index_error("cannot fit 'int' into an index-sized integer".to_string())),
        None => Err(type_error(format!("{} indices must be integers or slices, not {}", what, vm.type_name(v)))),
    }
}

/// Normalizes a possibly negative index against `len`; `None` if out of range.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}

/// `slice.indices(len)`: (start, stop, step) clamped like CPython (the
/// slice length too is available from `vm::ops::slice_indices`).
pub fn slice_indices(vm: &mut Vm, s: &Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let (start, stop, step, _) = crate::vm::ops::slice_indices(vm, s, len)?;
    Ok((start, stop, step))
}

/// `_PySlice_GetLongIndices`: a slice's normalized (start, stop, step) over
/// `len` items, in big ints (used by `range`, whose length may be huge).
pub fn slice_indices_big(vm: &mut Vm, s: &Value, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let sd = s.downcast::<SliceData>().ok_or_else(|| type_error("expected a slice"))?;
    let (start, stop, step) = (sd.start.clone(), sd.stop.clone(), sd.step.clone());
    let err = || type_error("slice indices must be integers or None or have an __index__ method");
    let step = if vm.is_none(&step) { BigInt::from(1) } else { to_big_index(vm, &step)?.ok_or_else(err)? };
    if step == BigInt::from(0) {
        return Err(value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), len - 1) } else { (BigInt::from(0), len.clone()) };
    let mut conv = |v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if vm.is_none(v) {
            return Ok(default.clone());
        }
        let mut i = to_big_index(vm, v)?.ok_or_else(err)?;
        if i.is_negative() {
            i += len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let a = conv(&start, if neg { &upper } else { &lower })?;
    let b = conv(&stop, if neg { &lower } else { &upper })?;
    Ok((a, b, step))
}

/// How a builtin method takes its arguments, for CPython's count messages.
#[derive(Clone, Copy)]
pub enum Conv {
    /// METH_NOARGS: `list.copy() takes no arguments (1 given)`.
    NoArgs,
    /// METH_O: `list.append() takes exactly one argument (0 given)`.
    O,
    /// Argument clinic: `insert expected 2 arguments, got 0`.
    Clinic,
    /// Slot wrapper (`__len__`, `__add__`, ...): `expected 1 argument, got 0`.
    Slot,
}

/// Checks the argument count of a builtin method whose `self` is
/// `args.pos()[0]` (`min`/`max` exclude self); returns all positionals
/// including self. `qual` is `type.method` (the method name for clinic).
pub fn method_args<'a>(args: &'a Args, qual: &str, conv: Conv, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let p = args.pos();
    let Some(n) = p.len().checked_sub(1) else {
        return Err(type_error(format!("unbound method {qual}() needs an argument")));
    };
    let kw_ok = args.kwnames.is_empty();
    if n >= min && n <= max && kw_ok {
        return Ok(p);
    }
    let name = qual.rsplit('.').next().unwrap_or(qual);
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if !kw_ok {
        return Err(type_error(format!("{qual}() takes no keyword arguments")));
    }
    Err(type_error(match conv {
        Conv::NoArgs => format!("{qual}() takes no arguments ({n} given)"),
        Conv::O => format!("{qual}() takes exactly one argument ({n} given)"),
        Conv::Clinic | Conv::Slot => {
            let name = if matches!(conv, Conv::Slot) { "" } else { name };
            let sep = if name.is_empty() && matches!(conv, Conv::Slot) { "" } else { " " };
            if n < min || min == max {
                format!("{name}{sep}expected {}{min} argument{}, got {n}", if min == max { "" } else { "at least " }, plural(min))
            } else {
                format!("{name}{sep}expected at most {max} argument{}, got {n}", plural(max))
            }
        }
    }))
}

/// Number of items selected by normalized slice indices.
pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 {
        if start < stop {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if stop < start {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

/// The positions selected by a slice over `len` items.
pub fn slice_positions(vm: &mut Vm, s: &Value, len: usize) -> PyResult<Vec<usize>> {
    let (start, stop, step) = slice_indices(vm, s, len)?;
    let n = slice_len(start, stop, step);
    Ok((0..n).map(|k| (start + k as i64 * step) as usize).collect())
}

/// A new slice object.
pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    alloc(&t().slice, SliceData { start, stop, step }, None)
}

fn sl(v: &Value) -> PyResult<&SliceData> {
    v.downcast::<SliceData>().ok_or_else(|| type_error("descriptor requires a 'slice' object"))
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = method_args(&args, "slice", Conv::Clinic, 1, 3)?;
    let none = vm.none();
    Ok(match p.len() {
        2 => new_slice(none.clone(), p[1].clone(), none),
        3 => new_slice(p[1].clone(), p[2].clone(), none),
        _ => new_slice(p[1].clone(), p[2].clone(), p[3].clone()),
    })
}

fn slice_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(sl(v)?.start.clone())
}
fn slice_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(sl(v)?.stop.clone())
}
fn slice_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(sl(v)?.step.clone())
}

fn slice_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = sl(&args.pos()[0])?;
    let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
    let text = format!("slice({}, {}, {})", vm.repr_string(&a)?, vm.repr_string(&b)?, vm.repr_string(&c)?);
    Ok(vm.str(text))
}

fn slice_indices_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("indices").positional(2, 2)?;
    let n = to_big_index(vm, &p[1])?.ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&p[1]))))?;
    if n.is_negative() {
        return Err(value_error("length should not be negative"));
    }
    let n = n.to_usize().unwrap_or(usize::MAX >> 2);
    let (a, b, c) = slice_indices(vm, &p[0], n)?;
    Ok(vm.tuple(vec![vm.int(a), vm.int(b), vm.int(c)]))
}

fn slice_cmp(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let p = args.parser("__eq__").positional(2, 2)?;
    let (Some(a), Some(b)) = (p[0].downcast::<SliceData>(), p[1].downcast::<SliceData>()) else {
        return Ok(t().not_implemented.clone());
    };
    let ta = vm.tuple(vec![a.start.clone(), a.stop.clone(), a.step.clone()]);
    let tb = vm.tuple(vec![b.start.clone(), b.stop.clone(), b.step.clone()]);
    vm.compare(&ta, &tb, op)
}
fn slice_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_cmp(vm, args, CompareOp::Eq)
}
fn slice_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_cmp(vm, args, CompareOp::Ne)
}

/// Installs slice's methods.
pub fn install() {
    let ty = &t().slice;
    add_method(ty, "__new__", slice_new, BuiltinKind::StaticMethod);
    add_method(ty, "__repr__", slice_repr, BuiltinKind::Method);
    add_method(ty, "indices", slice_indices_m, BuiltinKind::Method);
    add_method(ty, "__eq__", slice_eq, BuiltinKind::Method);
    add_method(ty, "__ne__", slice_ne, BuiltinKind::Method);
    add_getset(ty, "start", slice_start, None);
    add_getset(ty, "stop", slice_stop, None);
    add_getset(ty, "step", slice_step, None);
    crate::object::registry::set_type_attr(ty, "__hash__", t().none.clone());
}
