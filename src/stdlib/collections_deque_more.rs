//! The rest of native `collections.deque`: its two iterator types
//! (`_collections._deque_iterator` / `_deque_reverse_iterator`, which raise
//! "deque mutated during iteration" when the deque's state changes), rich
//! comparisons, `+`, `*`, `+=`, `*=`, repr (with `[...]` for recursion),
//! `__reduce__` and `__class_getitem__`.

use std::sync::OnceLock;

use crate::bytecode::CompareOp;
use crate::error::{PyErr, PyResult};
use crate::object::exception::{runtime_error, type_error};
use crate::object::registry::{add_method, new_builtin_subtype, t};
use crate::object::*;
use crate::vm::Vm;

use super::collections_deque::{copy_of, extend_impl, is_deque, snapshot, ssize_arg, with_dq, Deque};

/// State of a deque iterator.
struct DequeIter {
    dq: Value,
    /// Items produced so far.
    index: usize,
    /// Items left (CPython's `counter`).
    left: usize,
    /// The deque's state when the iterator was made.
    state: u64,
    rev: bool,
}

impl NativeState for DequeIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dq);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn native_next(&self) -> Option<NativeNext> {
        Some(step_exact)
    }
}

impl DequeIter {
    /// The next item (`Ok(None)` when exhausted); the state check raises
    /// "deque mutated during iteration".
    fn advance(&mut self) -> PyResult<Option<Value>> {
        let got = self.dq.downcast::<StateData>().and_then(|s| {
            s.with::<Deque, _>(|d| {
                if self.rev && self.left == 0 {
                    return Ok(None);
                }
                if d.state != self.state {
                    return Err(());
                }
                if self.left == 0 {
                    return Ok(None);
                }
                let n = d.items.len();
                let pos = if self.rev { n.checked_sub(self.index + 1) } else { Some(self.index) };
                Ok(pos.and_then(|p| d.items.get(p).cloned()))
            })
        });
        let Some(got) = got else { return Ok(None) };
        match got {
            Err(()) => {
                self.left = 0;
                Err(runtime_error("deque mutated during iteration"))
            }
            Ok(None) => Ok(None),
            Ok(Some(v)) => {
                self.index += 1;
                self.left -= 1;
                Ok(Some(v))
            }
        }
    }
}

static ITER_TYPES: OnceLock<()> = OnceLock::new();

fn iter_type(rev: bool) -> Value {
    ITER_TYPES.get_or_init(|| {
        for (name, qual) in [("_deque_iterator", "_collections._deque_iterator"), ("_deque_reverse_iterator", "_collections._deque_reverse_iterator")] {
            let ty = new_builtin_subtype::<StateData>(name, qual, "_collections", &t().object, 0);
            add_method(&ty, "__iter__", it_iter, BuiltinKind::Method);
            add_method(&ty, "__next__", it_next, BuiltinKind::Method);
            add_method(&ty, "__length_hint__", it_length_hint, BuiltinKind::Method);
        }
    });
    t().named(if rev { "_collections._deque_reverse_iterator" } else { "_collections._deque_iterator" })
}

/// The iterator types, for the `_collections` module.
pub fn iterator_types() -> (Value, Value) {
    (iter_type(false), iter_type(true))
}

fn make_iter(vm: &mut Vm, me: &Value, rev: bool) -> PyResult<Value> {
    let (left, state) = with_dq(vm, me, if rev { "__reversed__" } else { "__iter__" }, |d| (d.items.len(), d.state))?;
    Ok(alloc(&iter_type(rev), StateData::new(DequeIter { dq: me.clone(), index: 0, left, state, rev }), None))
}

fn with_it<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut DequeIter) -> R) -> PyResult<R> {
    match v.downcast::<StateData>().and_then(|s| s.with_mut::<DequeIter, R>(f)) {
        Some(r) => Ok(r),
        None => Err(type_error(format!("descriptor '__next__' for '_collections._deque_iterator' objects doesn't apply to a '{}' object", vm.type_name(v)))),
    }
}

fn it_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

/// One step of a deque iterator: `Ok(None)` when exhausted.
fn step(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    with_it(vm, it, |_| ())?;
    step_exact(vm, it)
}

/// One step of a value known to be a deque iterator (`next()`'s fast path).
fn step_exact(_vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let st = it.downcast::<StateData>().expect("a deque iterator");
    st.with_mut::<DequeIter, _>(|d| d.advance()).unwrap_or(Ok(None))
}

fn it_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__next__").positional(1, 1)?;
    match step(vm, &p[0])? {
        Some(v) => Ok(v),
        None => Err(PyErr::new_empty(&t().named("StopIteration"))),
    }
}

fn it_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__length_hint__").positional(1, 1)?;
    let n = with_it(vm, &p[0], |s| s.left)?;
    Ok(vm.int(n as i64))
}

fn dq_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__iter__").positional(1, 1)?;
    make_iter(vm, &p[0], false)
}

fn dq_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reversed__").positional(1, 1)?;
    make_iter(vm, &p[0], true)
}

/// Rich comparison: lexicographic over the items, as lists compare.
fn richcmp(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let p = args.parser("comparison").positional(2, 2)?;
    if !is_deque(&p[0]) || !is_deque(&p[1]) {
        return Ok(t().not_implemented.clone());
    }
    let a = snapshot(vm, &p[0])?;
    let b = snapshot(vm, &p[1])?;
    let (la, lb) = (vm.list(a), vm.list(b));
    vm.compare(&la, &lb, op)
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    richcmp(vm, args, CompareOp::Eq)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    richcmp(vm, args, CompareOp::Ne)
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    richcmp(vm, args, CompareOp::Lt)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    richcmp(vm, args, CompareOp::Le)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    richcmp(vm, args, CompareOp::Gt)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    richcmp(vm, args, CompareOp::Ge)
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__add__").positional(2, 2)?;
    if !is_deque(&p[1]) {
        return Err(type_error(format!("can only concatenate deque (not \"{}\") to deque", vm.type_name(&p[1]))));
    }
    let made = copy_of(vm, &p[0])?;
    extend_impl(vm, &made, &p[1], false)?;
    Ok(made)
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__iadd__").positional(2, 2)?;
    extend_impl(vm, &p[0], &p[1], false)?;
    Ok(p[0].clone())
}

/// The repeat count of `*`: `Ok(None)` to return NotImplemented (the other
/// operand may know how to multiply), else the count.
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    if vm.is_int(n) || vm.lookup_special(n, "__index__").is_some() {
        return ssize_arg(vm, n).map(Some);
    }
    let user_class = n.as_header().is_some_and(|h| h.type_data().has_flag(crate::object::typeobj::tflags::HEAPTYPE));
    if user_class && vm.lookup_special(n, "__rmul__").is_some() {
        return Ok(None);
    }
    Err(type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(n))))
}

/// In-place repetition `n` times (keeping the last `maxlen` items).
fn repeat_in_place(vm: &mut Vm, me: &Value, n: i64) -> PyResult<()> {
    let old = with_dq(vm, me, "__imul__", |d| {
        if n == 1 || d.items.is_empty() {
            return Ok(Vec::new());
        }
        d.state = d.state.wrapping_add(1);
        if n <= 0 {
            return Ok(std::mem::take(&mut d.items).into_iter().collect());
        }
        let base: Vec<Value> = d.items.iter().cloned().collect();
        let total = (base.len() as u128) * (n as u128);
        let keep = match d.maxlen {
            Some(m) => (m as u128).min(total),
            None => total,
        };
        if keep > (1u128 << 40) {
            return Err(());
        }
        let start = (total - keep) as usize;
        let total = total as usize;
        let mut fresh = std::collections::VecDeque::with_capacity(keep as usize);
        for i in start..total {
            fresh.push_back(base[i % base.len()].clone());
        }
        Ok(std::mem::replace(&mut d.items, fresh).into_iter().collect())
    })?;
    match old {
        Ok(v) => {
            drop(v);
            Ok(())
        }
        Err(()) => Err(crate::object::exception::memory_error("")),
    }
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__mul__").positional(2, 2)?;
    let Some(n) = repeat_count(vm, &p[1])? else { return Ok(t().not_implemented.clone()) };
    let made = copy_of(vm, &p[0])?;
    repeat_in_place(vm, &made, n)?;
    Ok(made)
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__imul__").positional(2, 2)?;
    let Some(n) = repeat_count(vm, &p[1])? else { return Ok(t().not_implemented.clone()) };
    repeat_in_place(vm, &p[0], n)?;
    Ok(p[0].clone())
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__repr__").positional(1, 1)?;
    let me = &p[0];
    let addr = me.raw();
    if vm.repr_stack.contains(&addr) {
        return Ok(vm.str("[...]"));
    }
    let (items, maxlen) = with_dq(vm, me, "__repr__", |d| (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen))?;
    let list = vm.list(items);
    vm.repr_stack.push(addr);
    let body = vm.repr_string(&list);
    vm.repr_stack.retain(|a| *a != addr);
    let body = body?;
    let name = vm.type_name(me);
    Ok(vm.str(match maxlen {
        Some(m) => format!("{name}({body}, maxlen={m})"),
        None => format!("{name}({body})"),
    }))
}

fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    let me = &p[0];
    let maxlen = with_dq(vm, me, "__reduce__", |d| d.maxlen)?;
    let cls = vm.type_of(me);
    let empty = vm.tuple(Vec::new());
    let ctor_args = match maxlen {
        Some(m) => {
            let mv = vm.int(m as i64);
            vm.tuple(vec![empty, mv])
        }
        None => empty,
    };
    let state = match crate::vm::instattr::existing_dict(vm, me) {
        Some(d) if d.downcast::<DictData>().is_some_and(|dd| !dd.is_empty()) => d,
        _ => vm.none(),
    };
    let it = make_iter(vm, me, false)?;
    Ok(vm.tuple(vec![cls, ctor_args, state, it]))
}

/// Installs the iteration, comparison, arithmetic and repr methods on `ty`.
pub fn install(ty: &Value) {
    let m = BuiltinKind::Method;
    for (name, f) in [
        ("__iter__", dq_iter as NativeFn),
        ("__reversed__", dq_reversed),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__repr__", repr),
        ("__reduce__", reduce),
    ] {
        add_method(ty, name, f, m);
    }
    // `deque[int]`: the same GenericAlias maker as dict's.
    let dict_cg = t().dict.downcast::<TypeData>().and_then(|td| td.dict.downcast::<DictData>().and_then(|d| d.get_str("__class_getitem__")));
    if let Some(b) = dict_cg.as_ref().and_then(|v| v.downcast::<BuiltinData>()) {
        add_method(ty, "__class_getitem__", b.func, BuiltinKind::ClassMethod);
    }
}
