//! The builtin iterator types: `__iter__`/`__next__`/`__length_hint__` for
//! every `IterData` type, and the constructors of `enumerate`, `zip`,
//! `map`, `filter` and `reversed`.

use crate::error::{PyErr, PyResult};
use crate::object::exception::type_error;
use crate::object::iter::{IterData, IterState, ITER_TYPE_NAMES};
use crate::object::registry::add_method;
use crate::object::*;
use crate::vm::iterate::is_exact;
use crate::vm::Vm;

fn it_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn it_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__next__").positional(1, 1)?;
    // The builtin step itself: `vm.next` of an instance of a subclass
    // would call the subclass's `__next__` (this one, or an override that
    // called `super().__next__()`).
    let step = match p[0].downcast::<IterData>() {
        Some(d) => vm.next_builtin(d, &p[0])?,
        None => vm.next(&p[0])?,
    };
    match step {
        Some(v) => Ok(v),
        None => Err(PyErr::new_empty(&t().named("StopIteration"))),
    }
}

fn length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__length_hint__").positional(1, 1)?;
    let Some(d) = p[0].downcast::<IterData>() else { return Ok(vm.int(0)) };
    let n: i64 = match &*d.state.borrow() {
        IterState::List { seq, index } => seq.downcast::<ListData>().map_or(0, |l| l.0.borrow().len().saturating_sub(*index)) as i64,
        IterState::ListRev { seq, index } => seq.downcast::<ListData>().map_or(0, |l| if *index >= 0 && (*index as usize) < l.0.borrow().len() { *index + 1 } else { 0 }) as i64,
        IterState::Tuple { seq, index } => seq.downcast::<TupleData>().map_or(0, |l| l.0.len().saturating_sub(*index)) as i64,
        IterState::Range { remaining, .. } => (*remaining).min(i64::MAX as u64) as i64,
        IterState::Bytes { seq, index } => seq.downcast::<BytesData>().map_or(0, |b| b.0.len().saturating_sub(*index)) as i64,
        IterState::Dict { dict, len, .. } => dict.downcast::<DictData>().map_or(0, |dd| if dd.len() == *len { dd.len() } else { 0 }) as i64,
        IterState::Set { set, len, .. } => set.downcast::<SetData>().map_or(0, |s| if s.len() == *len { s.len() } else { 0 }) as i64,
        IterState::Reversed { index, .. } => (*index + 1).max(0) as i64,
        _ => 0,
    };
    Ok(vm.int(n))
}

/// A new iterator of type `cls`: the builtin type `name` itself or a
/// subclass of it (whose instances get its instance extension).
fn new_iter(vm: &Vm, cls: &Value, name: &str, state: IterState) -> Value {
    let exact = cls.downcast::<TypeData>().is_some_and(|td| !td.has_flag(crate::object::typeobj::tflags::HEAPTYPE));
    if exact {
        vm.iterator(name, state)
    } else {
        alloc(cls, IterData::new(state), None)
    }
}

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // `enumerate(iterable)`: no argument binding needed.
    if let ([cls, iterable], []) = (args.all, args.kwnames) {
        let it = vm.iter(iterable)?;
        let count = vm.int(0);
        return Ok(new_iter(vm, cls, "enumerate", IterState::Enumerate { it, count }));
    }
    if let ([_], []) = (args.all, args.kwnames) {
        return Err(type_error("enumerate() missing required argument 'iterable'"));
    }
    let p = args.parser("enumerate").bind(&["cls", "iterable", "start"], 2)?;
    let it = vm.iter(p[1].as_ref().expect("required"))?;
    let count = match &p[2] {
        // As CPython's `PyNumber_Index`: bools and int subclasses count
        // as exact ints, other objects through `__index__`.
        Some(s) => {
            let b = crate::vm::ops::index_of(vm, s)?;
            vm.bigint(b)
        }
        None => vm.int(0),
    };
    Ok(new_iter(vm, &args.all[0], "enumerate", IterState::Enumerate { it, count }))
}

fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("zip").with_kwargs(1, usize::MAX, &["strict"])?;
    let strict = match args.kw("strict") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut its = Vec::new();
    for a in &p[1..] {
        its.push(vm.iter(a)?);
    }
    Ok(new_iter(vm, &p[0], "zip", IterState::Zip { its, strict }))
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("map").positional(1, usize::MAX)?;
    if p.len() < 3 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &p[2..] {
        its.push(vm.iter(a)?);
    }
    Ok(new_iter(vm, &p[0], "map", IterState::Map { func: p[1].clone(), its }))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("filter").positional(3, 3)?;
    let it = vm.iter(&p[2])?;
    Ok(new_iter(vm, &p[0], "filter", IterState::Filter { func: p[1].clone(), it }))
}

/// `cls(seq)` for `cls` the type `reversed` or a subclass of it: the
/// result of `seq.__reversed__()` when it has one, else a reversed
/// iterator of type `cls` over the sequence.
fn reversed_of(vm: &mut Vm, cls: &Value, seq: &Value) -> PyResult<Value> {
    let r = t();
    if is_exact(seq, &r.list) {
        let n = seq.downcast::<ListData>().map_or(0, |l| l.0.borrow().len());
        return Ok(vm.iterator("list_reverseiterator", IterState::ListRev { seq: seq.clone(), index: n as isize - 1 }));
    }
    if is_exact(seq, &r.tuple) || is_exact(seq, &r.str_) || is_exact(seq, &r.range) {
        if is_exact(seq, &r.range) {
            if let Some(m) = vm.lookup_special(seq, "__reversed__") {
                return vm.call(&m, &[]);
            }
        }
        let n = vm.len(seq)?;
        return Ok(new_iter(vm, cls, "reversed", IterState::Reversed { seq: seq.clone(), index: n as isize - 1 }));
    }
    if let Some(m) = vm.lookup_special(seq, "__reversed__") {
        if vm.is_none(&m) {
            return Err(type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
        }
        return vm.call(&m, &[]);
    }
    if vm.lookup_special(seq, "__getitem__").is_none() || vm.lookup_special(seq, "__len__").is_none() || seq.downcast::<DictData>().is_some() {
        return Err(type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
    }
    let n = vm.len(seq)?;
    Ok(new_iter(vm, cls, "reversed", IterState::Reversed { seq: seq.clone(), index: n as isize - 1 }))
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("reversed").positional(2, 2)?;
    reversed_of(vm, &p[0], &p[1])
}

/// Installs the iterator types' methods and constructors.
pub fn install() {
    let r = t();
    for name in ITER_TYPE_NAMES {
        if name.starts_with("dict_") && !name.ends_with("iterator") {
            continue;
        }
        let ty = r.named(name);
        add_method(&ty, "__iter__", it_iter, BuiltinKind::Method);
        add_method(&ty, "__next__", it_next, BuiltinKind::Method);
        add_method(&ty, "__length_hint__", length_hint, BuiltinKind::Method);
    }
    add_method(&r.named("enumerate"), "__new__", enumerate_new, BuiltinKind::StaticMethod);
    add_method(&r.named("zip"), "__new__", zip_new, BuiltinKind::StaticMethod);
    add_method(&r.named("map"), "__new__", map_new, BuiltinKind::StaticMethod);
    add_method(&r.named("filter"), "__new__", filter_new, BuiltinKind::StaticMethod);
    add_method(&r.named("reversed"), "__new__", reversed_new, BuiltinKind::StaticMethod);
}
