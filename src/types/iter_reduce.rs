//! `__reduce__`/`__setstate__` of the sequence iterators (list, tuple, str,
//! bytes) as CPython 3.11 gives them: `(iter, (seq,), index)` while
//! running and `(iter, (empty,))` once exhausted, so `copy.copy` and
//! `copy.deepcopy` of iterators (and of itertools objects holding them)
//! work. Range iterators reduce to `(iter, (range(start, stop, step),),
//! index)` with `stop = start + len * step`, as CPython.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::iter::{IterData, IterState};
use crate::object::registry::add_method;
use crate::object::*;
use crate::vm::iterate::int_to_big;
use crate::vm::Vm;

/// The sequence and the position (in items) of a sequence iterator, or
/// `None` once it is exhausted.
fn seq_and_index(d: &IterData) -> Option<(Value, usize)> {
    match &*d.state.borrow() {
        IterState::List { seq, index } | IterState::Tuple { seq, index } | IterState::Bytes { seq, index } => Some((seq.clone(), *index)),
        IterState::Str { s, byte_pos } => {
            let chars = crate::object::str::as_str(s).map_or(0, |t| t.get(..*byte_pos).map_or(0, |p| p.chars().count()));
            Some((s.clone(), chars))
        }
        _ => None,
    }
}

fn builtin_iter(vm: &Vm) -> PyResult<Value> {
    vm.builtins.downcast::<DictData>().and_then(|d| d.get_str("iter")).ok_or_else(|| type_error("builtins.iter missing"))
}

fn it_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    let d = p[0].downcast::<IterData>().ok_or_else(|| type_error("__reduce__ requires an iterator"))?;
    let iter_fn = builtin_iter(vm)?;
    let name = vm.type_name(&p[0]).to_string();
    match seq_and_index(d) {
        Some((seq, index)) => {
            let a = vm.tuple(vec![seq]);
            Ok(vm.tuple(vec![iter_fn, a, vm.int(index as i64)]))
        }
        None => {
            let empty = match name.as_str() {
                "list_iterator" => vm.list(Vec::new()),
                // An exhausted bytes iterator reduces to `iter(())`, as in CPython.
                "tuple_iterator" | "bytes_iterator" => vm.tuple(Vec::new()),
                _ => vm.str(""),
            };
            let a = vm.tuple(vec![empty]);
            Ok(vm.tuple(vec![iter_fn, a]))
        }
    }
}

fn it_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    let d = p[0].downcast::<IterData>().ok_or_else(|| type_error("__setstate__ requires an iterator"))?;
    let want = vm.index_to_i64(&p[1], "")?.max(0) as usize;
    let mut state = d.state.borrow_mut();
    match &mut *state {
        IterState::List { seq, index } => {
            let n = seq.downcast::<ListData>().map_or(0, |l| l.0.borrow().len());
            *index = want.min(n);
        }
        IterState::Tuple { seq, index } => {
            let n = seq.downcast::<TupleData>().map_or(0, |t| t.0.len());
            *index = want.min(n);
        }
        IterState::Bytes { seq, index } => {
            let n = crate::types::bytes::bytes_of(seq).map_or(0, |b| b.len());
            *index = want.min(n);
        }
        IterState::Str { s, byte_pos } => {
            let text = crate::object::str::as_str(s).unwrap_or("");
            *byte_pos = text.char_indices().nth(want).map_or(text.len(), |(i, _)| i);
        }
        _ => {}
    }
    drop(state);
    Ok(vm.none())
}

/// The range of a range iterator as `(start, step, len, index)`.
fn range_parts(d: &IterData) -> Option<(BigInt, BigInt, BigInt, BigInt)> {
    match &*d.state.borrow() {
        IterState::Range { next, step, remaining, len } => {
            let (next, step, remaining, len) = (*next as i128, *step as i128, *remaining as i128, *len as i128);
            // `next` stays on the last item once the iterator is exhausted.
            let start = if remaining > 0 {
                next - (len - remaining) * step
            } else if len == 0 {
                next
            } else {
                next - (len - 1) * step
            };
            Some((start.into(), step.into(), len.into(), (len - remaining).into()))
        }
        IterState::BigRange { next, step, stop, start } => {
            let (n, s, e, b) = (int_to_big(next)?, int_to_big(step)?, int_to_big(stop)?, int_to_big(start)?);
            let len = big_range_len(&b, &e, &s);
            let index = ((&n - &b) / &s).min(len.clone());
            Some((b, s, len, index))
        }
        _ => None,
    }
}

/// The number of items of `range(start, stop, step)` (`step != 0`).
fn big_range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let zero = BigInt::from(0);
    let (lo, hi, st) = if step > &zero { (start, stop, step.clone()) } else { (stop, start, -step) };
    if lo >= hi {
        return zero;
    }
    (hi - lo - 1) / st + 1
}

fn range_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    let d = p[0].downcast::<IterData>().ok_or_else(|| type_error("__reduce__ requires a range_iterator"))?;
    let (start, step, len, index) = range_parts(d).ok_or_else(|| type_error("__reduce__ requires a range_iterator"))?;
    let stop = &start + &len * &step;
    let (a, b, c) = (vm.bigint(start), vm.bigint(stop), vm.bigint(step));
    let range = vm.call(&t().range, &[a, b, c])?;
    let iter_fn = builtin_iter(vm)?;
    let args = vm.tuple(vec![range]);
    let i = vm.bigint(index);
    Ok(vm.tuple(vec![iter_fn, args, i]))
}

fn range_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    let d = p[0].downcast::<IterData>().ok_or_else(|| type_error("__setstate__ requires a range_iterator"))?;
    let want = crate::builtins::index_big(vm, &p[1])?;
    let (start, step, len, _) = range_parts(d).ok_or_else(|| type_error("__setstate__ requires a range_iterator"))?;
    let index = want.max(BigInt::from(0)).min(len.clone());
    let mut state = d.state.borrow_mut();
    match &mut *state {
        IterState::Range { next, remaining, .. } => {
            let rest = &len - &index;
            // Exhausted iterators keep `next` on the last item (see `range_parts`).
            let at = if rest > BigInt::from(0) || len == BigInt::from(0) { index.clone() } else { &len - 1 };
            *next = (&start + at * &step).to_i64().unwrap_or(0);
            *remaining = rest.to_u64().unwrap_or(0);
        }
        IterState::BigRange { next, .. } => {
            *next = vm.bigint(&start + &index * &step);
        }
        _ => {}
    }
    drop(state);
    Ok(vm.none())
}

/// Adds the methods to the sequence iterator types.
pub fn install() {
    let ri = t().named("range_iterator");
    add_method(&ri, "__reduce__", range_reduce, BuiltinKind::Method);
    add_method(&ri, "__setstate__", range_setstate, BuiltinKind::Method);
    let r = t();
    for name in ["list_iterator", "tuple_iterator", "str_ascii_iterator", "bytes_iterator"] {
        let ty = r.named(name);
        add_method(&ty, "__reduce__", it_reduce, BuiltinKind::Method);
        add_method(&ty, "__setstate__", it_setstate, BuiltinKind::Method);
    }
}
