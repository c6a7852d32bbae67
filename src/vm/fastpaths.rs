//! Inline fast paths the generic eval-loop instructions try first: exact
//! builtin containers indexed by small ints, exact dicts with natively
//! hashable keys, exact-str equality, list and tuple iteration. Each returns `None` (or gives its input back) whenever
//! the case is not the simple one, including every case that raises, so the
//! generic path produces the result and the error message.

use crate::object::iter::{IterData, IterState};
use crate::object::registry::Registry;
use crate::object::*;

use super::frame::Frame;
use crate::bytecode::CompareOp;

/// Whether `h`'s type is exactly `ty`.
#[inline(always)]
fn exact(h: &crate::object::header::Header, ty: &Value) -> bool {
    h.type_ptr() as u64 == ty.raw()
}

/// A Python index `i` into a sequence of length `len`, if in range.
#[inline(always)]
fn index_in(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}

/// `obj[key]` for an exact list or tuple with an in-range small-int key,
/// or an exact dict holding an exact-str key.
#[inline(always)]
pub fn subscr(obj: &Value, key: &Value) -> Option<Value> {
    let h = obj.as_header()?;
    let r = t();
    if let Some(i) = key.as_small_int() {
        if exact(h, &r.list) {
            let items = h.downcast::<ListData>()?.0.borrow();
            return items.get(index_in(i, items.len())?).cloned();
        }
        if exact(h, &r.tuple) {
            let items = &h.downcast::<TupleData>()?.0;
            return items.get(index_in(i, items.len())?).cloned();
        }
        return None;
    }
    if exact(h, &r.dict) {
        return h.downcast::<DictData>()?.lookup_native(key)?;
    }
    None
}

/// BINARY_SUBSCR_LIST / _TUPLE / _DICT: the `subscr` case of that one
/// container type only (`None`: guard failed or not found / out of range).
/// `r` is the registry (`t()`), which the eval loop holds already.
#[inline(always)]
pub fn subscr_as(r: &Registry, op: crate::bytecode::Op, obj: &Value, key: &Value) -> Option<Value> {
    use crate::bytecode::Op;
    let h = obj.as_header()?;
    match op {
        Op::BinarySubscrList if exact(h, &r.list) => {
            let i = key.as_small_int()?;
            let items = h.downcast::<ListData>()?.0.borrow();
            items.get(index_in(i, items.len())?).cloned()
        }
        Op::BinarySubscrTuple if exact(h, &r.tuple) => {
            let i = key.as_small_int()?;
            let items = &h.downcast::<TupleData>()?.0;
            items.get(index_in(i, items.len())?).cloned()
        }
        Op::BinarySubscrDict if exact(h, &r.dict) => h.downcast::<DictData>()?.lookup_native(key)?,
        _ => None,
    }
}

/// `key in obj` for an exact dict and a key hashed and compared without
/// Python code (`None`: the generic path decides).
#[inline(always)]
pub fn dict_contains(obj: &Value, key: &Value) -> Option<bool> {
    let h = obj.as_header()?;
    if !exact(h, &t().dict) {
        return None;
    }
    Some(h.downcast::<DictData>()?.lookup_native(key)?.is_some())
}

/// `obj[key] = v` for an exact dict and a key hashed and compared without
/// Python code; gives `key` and `v` back otherwise.
#[inline(always)]
pub fn store_dict(obj: &Value, key: Value, v: Value) -> Result<(), (Value, Value)> {
    match obj.as_header() {
        Some(h) if exact(h, &t().dict) => match h.downcast::<DictData>() {
            Some(d) => d.store_native(key, v),
            None => Err((key, v)),
        },
        _ => Err((key, v)),
    }
}

/// At a `COPY 2` (`ip` past it) followed by `COPY 2; BINARY_SUBSCR_LIST`
/// (or `_TUPLE`, `_DICT`), the head of `obj[key] op= v`: pushes the item
/// `obj[key]` if that specialized subscript would produce it (`[obj, key]`
/// becomes `[obj, key, item]`, the three instructions run); `false`: not
/// that case, nothing done. Out of line: the eval loop stays small.
#[inline(never)]
pub fn aug_subscr_head(r: &Registry, f: &mut Frame, instrs: &[crate::bytecode::Instr], ip: usize) -> bool {
    let (Some(copy), Some(sub)) = (instrs.get(ip), instrs.get(ip + 1)) else { return false };
    if copy.op.get() != crate::bytecode::Op::Copy || copy.arg != 2 {
        return false;
    }
    match subscr_as(r, sub.op.get(), f.peek(2), f.peek(1)) {
        Some(v) => {
            f.push_in_room(v);
            true
        }
        None => false,
    }
}

/// At a `SWAP 3` (`ip` past it), with `[obj, key, v]` on the stack: if
/// `SWAP 2; STORE_SUBSCR_LIST` follow (the tail of `obj[key] op= v`),
/// stores as that instruction would and returns 2 (the old item was
/// dropped), or, when its guard would fail, does both swaps and returns 1
/// (`STORE_SUBSCR_LIST` runs next). Otherwise does the swap alone: 0.
#[inline(never)]
pub fn aug_subscr_tail(r: &Registry, f: &mut Frame, instrs: &[crate::bytecode::Instr], ip: usize) -> usize {
    use crate::bytecode::Op;
    let tail = match (instrs.get(ip), instrs.get(ip + 1)) {
        (Some(swap), Some(store)) => swap.op.get() == Op::Swap && swap.arg == 2 && store.op.get() == Op::StoreSubscrList,
        _ => false,
    };
    if !tail {
        let n = f.stack.len();
        f.stack.swap(n - 1, n - 3);
        return 0;
    }
    let v = f.pop_in_eval();
    let key = f.pop_in_eval();
    let obj = f.pop_in_eval();
    match store_subscr(r, &obj, &key, v) {
        Ok(()) => 2,
        Err(v) => {
            f.push_in_room(v);
            f.push_in_room(obj);
            f.push_in_room(key);
            1
        }
    }
}

/// `obj[key] = v` for an exact list with an in-range small-int key; gives
/// `v` back otherwise (`r`: the registry, as for `subscr_as`).
#[inline(always)]
pub fn store_subscr(r: &Registry, obj: &Value, key: &Value, v: Value) -> Result<(), Value> {
    let (Some(h), Some(i)) = (obj.as_header(), key.as_small_int()) else { return Err(v) };
    if !exact(h, &r.list) {
        return Err(v);
    }
    let Some(l) = h.downcast::<ListData>() else { return Err(v) };
    let old = {
        let Ok(mut items) = l.0.try_borrow_mut() else { return Err(v) };
        let Some(j) = index_in(i, items.len()) else { return Err(v) };
        std::mem::replace(&mut items[j], v)
    };
    drop(old);
    Ok(())
}

/// COMPARE_OP_INT / _FLOAT / _STR: `a <op> b` when both operands are of
/// that one type (`None`: the guard failed).
#[inline(always)]
pub fn compare_as(form: crate::bytecode::Op, a: &Value, b: &Value, op: CompareOp) -> Option<bool> {
    use crate::bytecode::Op;
    match form {
        Op::CompareOpInt => Some(compare_i64(op, a.as_small_int()?, b.as_small_int()?)),
        Op::CompareOpFloat => Some(compare_f64(op, a.as_float()?, b.as_float()?)),
        Op::CompareOpStr => str_compare(a, b, op),
        _ => None,
    }
}

/// `a <op> b` for two exact strs (code-point order is UTF-8 byte order).
#[inline(always)]
pub fn str_compare(a: &Value, b: &Value, op: crate::bytecode::CompareOp) -> Option<bool> {
    let (ha, hb) = (a.as_header()?, b.as_header()?);
    let s = &t().str_;
    if !exact(ha, s) || !exact(hb, s) {
        return None;
    }
    let (x, y) = (&ha.downcast::<StrData>()?.s, &hb.downcast::<StrData>()?.s);
    Some(super::compare::apply_ord(op, Some(x.as_bytes().cmp(y.as_bytes()))))
}

/// `a == b` / `a != b` (`ne`) for two exact strs.
#[inline(always)]
pub fn str_eq(a: &Value, b: &Value, ne: bool) -> Option<bool> {
    let (ha, hb) = (a.as_header()?, b.as_header()?);
    let s = &t().str_;
    if !exact(ha, s) || !exact(hb, s) {
        return None;
    }
    let eq = a.is(b) || ha.downcast::<StrData>()?.s == hb.downcast::<StrData>()?.s;
    Some(eq != ne)
}

/// Whether `it` is a builtin iterator in a state of the kind FOR_ITER
/// specialized for (`Op::ForIterRange` / `List` / `Tuple`).
#[inline(always)]
pub fn iter_is(it: &Value, op: crate::bytecode::Op) -> bool {
    use crate::bytecode::Op;
    let Some(d) = it.downcast::<IterData>() else { return false };
    let Ok(st) = d.state.try_borrow() else { return false };
    matches!((&*st, op), (IterState::Range { .. }, Op::ForIterRange) | (IterState::List { .. }, Op::ForIterList) | (IterState::Tuple { .. }, Op::ForIterTuple))
}

/// One FOR_ITER step over a builtin range, list or tuple iterator, or an
/// `enumerate` over one (with a small-int count): `Some(Some(v))` the next
/// value, `Some(None)` exhausted (range only), `None` not handled here
/// (other iterators, and the last step of a list or tuple, which the
/// generic path finishes).
#[inline(always)]
pub fn iter_step(it: &Value) -> Option<Option<Value>> {
    let d = it.downcast::<IterData>()?;
    let mut st = d.state.try_borrow_mut().ok()?;
    match &mut *st {
        IterState::Enumerate { it: inner, count } => enumerate_step(it, inner, count).map(Some),
        st => seq_step(st),
    }
}

/// [`iter_step`] for a range, list or tuple iterator state.
#[inline(always)]
pub(super) fn seq_step(st: &mut IterState) -> Option<Option<Value>> {
    match st {
        IterState::Range { next, step, remaining, .. } => {
            if *remaining == 0 {
                return Some(None);
            }
            let v = *next;
            *remaining -= 1;
            if *remaining > 0 {
                *next = next.wrapping_add(*step);
            }
            Some(Some(crate::object::int_value(v)))
        }
        IterState::List { seq, index } => {
            let item = seq.downcast::<ListData>()?.0.try_borrow().ok()?.get(*index).cloned()?;
            *index += 1;
            Some(Some(item))
        }
        IterState::Tuple { seq, index } => {
            let item = seq.downcast::<TupleData>()?.0.get(*index).cloned()?;
            *index += 1;
            Some(Some(item))
        }
        _ => None,
    }
}

/// The next `(count, item)` of the enumerate `e` over `inner` when `inner`
/// is a range, list or tuple iterator with an item left and `count` is a
/// small int below the limit; `None` (nothing consumed) otherwise: its end,
/// other iterators and counts are left to the generic path.
#[inline]
fn enumerate_step(e: &Value, inner: &Value, count: &mut Value) -> Option<Value> {
    if e.as_header()?.type_data().has_flag(crate::object::typeobj::tflags::HEAPTYPE) {
        return None;
    }
    let c = count.as_small_int()?;
    let next = Value::try_small_int(c.checked_add(1)?)?;
    let item = seq_step(&mut *inner.downcast::<IterData>()?.state.try_borrow_mut().ok()?)??;
    let c = std::mem::replace(count, next);
    Some(crate::object::tuple::tuple_of([c, item]))
}

/// UNPACK_SEQUENCE of an exact tuple or list of exactly `n` items: pushes
/// them (first on top) and returns true; false (nothing pushed) otherwise.
#[inline(always)]
pub fn unpack(f: &mut Frame, seq: &Value, n: usize) -> bool {
    let Some(h) = seq.as_header() else { return false };
    let r = t();
    if exact(h, &r.tuple) {
        let Some(tup) = h.downcast::<TupleData>() else { return false };
        if tup.0.len() != n {
            return false;
        }
        for v in tup.0.iter().rev() {
            f.push(v.clone());
        }
        return true;
    }
    if exact(h, &r.list) {
        let Some(l) = h.downcast::<ListData>() else { return false };
        let Ok(items) = l.0.try_borrow() else { return false };
        if items.len() != n {
            return false;
        }
        for v in items.iter().rev() {
            f.push(v.clone());
        }
        return true;
    }
    false
}

/// `a <op> b` on two f64s (IEEE: every comparison with NaN is false but `!=`).
#[inline(always)]
pub fn compare_f64(op: CompareOp, a: f64, b: f64) -> bool {
    match op {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }
}

/// `a <op> b` on two i64s.
#[inline(always)]
pub fn compare_i64(op: CompareOp, a: i64, b: i64) -> bool {
    match op {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }
}
