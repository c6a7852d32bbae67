//! `__reduce__`/`__setstate__` of the sequence iterators (list, tuple, str,
//! bytes) as CPython 3.11 gives them: `(iter, (seq,), index)` while
//! running and `(iter, (empty,))` once exhausted, so `copy.copy` and
//! `copy.deepcopy` of iterators (and of itertools objects holding them)
//! work.

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::iter::{IterData, IterState};
use crate::object::registry::add_method;
use crate::object::*;
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

/// Adds the methods to the sequence iterator types.
pub fn install() {
    let r = t();
    for name in ["list_iterator", "tuple_iterator", "str_ascii_iterator", "bytes_iterator"] {
        let ty = r.named(name);
        add_method(&ty, "__reduce__", it_reduce, BuiltinKind::Method);
        add_method(&ty, "__setstate__", it_setstate, BuiltinKind::Method);
    }
}
