//! `collections.deque`, native: a ring buffer (`VecDeque<Value>`) with an
//! optional `maxlen`, O(1) appends and pops at both ends, and a `state`
//! counter that structural mutations bump so iterators and searches can
//! raise "deque mutated during iteration". This file holds the type, its
//! construction and the mutating/searching methods; iterators, comparisons,
//! arithmetic and repr are in `collections_deque_more.rs`.

use std::collections::VecDeque;
use std::sync::OnceLock;

use num_traits::{Signed, ToPrimitive};

use crate::error::PyResult;
use crate::object::exception::{index_error, overflow_error, runtime_error, type_error, value_error};
use crate::object::registry::{add_getset, add_method, new_builtin_subtype, set_type_attr, t};
use crate::object::typeobj::tflags;
use crate::object::*;
use crate::vm::Vm;

use super::collections_deque_more as more;

/// The Rust state of a deque.
#[derive(Default)]
pub struct Deque {
    /// The items, left to right.
    pub items: VecDeque<Value>,
    /// `maxlen`, if bounded.
    pub maxlen: Option<usize>,
    /// Bumped by every structural mutation (what CPython's iterators check).
    pub state: u64,
}

impl NativeState for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.iter().for_each(visit);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Deque {
    /// Appends on the right, dropping from the left past `maxlen`; returns
    /// the dropped item (to be released after the borrow ends).
    fn push_back(&mut self, v: Value) -> Option<Value> {
        self.state = self.state.wrapping_add(1);
        match self.maxlen {
            Some(0) => Some(v),
            Some(m) => {
                self.items.push_back(v);
                if self.items.len() > m {
                    self.items.pop_front()
                } else {
                    None
                }
            }
            None => {
                self.items.push_back(v);
                None
            }
        }
    }

    /// Appends on the left, dropping from the right past `maxlen`.
    fn push_front(&mut self, v: Value) -> Option<Value> {
        self.state = self.state.wrapping_add(1);
        match self.maxlen {
            Some(0) => Some(v),
            Some(m) => {
                self.items.push_front(v);
                if self.items.len() > m {
                    self.items.pop_back()
                } else {
                    None
                }
            }
            None => {
                self.items.push_front(v);
                None
            }
        }
    }
}

static TYPES: OnceLock<()> = OnceLock::new();

/// The `collections.deque` type (created and filled on first use).
pub fn deque_type() -> Value {
    TYPES.get_or_init(install);
    t().named("collections.deque")
}

/// Runs `f` on the deque state of `v` (`what` names the method for the
/// wrong-type error). `f` must not run Python code.
pub fn with_dq<R>(vm: &Vm, v: &Value, what: &str, f: impl FnOnce(&mut Deque) -> R) -> PyResult<R> {
    match v.downcast::<StateData>().and_then(|s| s.with_mut::<Deque, R>(f)) {
        Some(r) => Ok(r),
        None => Err(type_error(format!("descriptor '{what}' for 'collections.deque' objects doesn't apply to a '{}' object", vm.type_name(v)))),
    }
}

/// Whether `v` is a deque (or an instance of a subclass).
pub fn is_deque(v: &Value) -> bool {
    v.downcast::<StateData>().and_then(|s| s.with::<Deque, ()>(|_| ())).is_some()
}

/// The items of a deque, copied out.
pub fn snapshot(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    with_dq(vm, v, "__iter__", |d| d.items.iter().cloned().collect())
}

/// The method arguments after `self`, checked: exactly `n` positional, no keywords.
fn exact<'a>(args: &'a Args, qual: &str, n: usize) -> PyResult<&'a [Value]> {
    crate::types::slice::method_args(args, qual, if n == 0 { crate::types::slice::Conv::NoArgs } else { crate::types::slice::Conv::O }, n, n)
}

/// Argument-count check for clinic-style methods (`deque.rotate expected at most 1 argument, got 2`).
fn clinic<'a>(args: &'a Args, qual: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let p = args.pos();
    if args.has_kwargs() {
        return Err(type_error(format!("{qual}() takes no keyword arguments")));
    }
    let n = p.len().saturating_sub(1);
    if p.is_empty() || (n >= min && n <= max) {
        return crate::types::slice::method_args(args, qual, crate::types::slice::Conv::Clinic, min, max);
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    Err(type_error(if n < min {
        if min == max {
            format!("{qual} expected {min} argument{}, got {n}", plural(min))
        } else {
            format!("{qual} expected at least {min} argument{}, got {n}", plural(min))
        }
    } else {
        format!("{qual} expected at most {max} argument{}, got {n}", plural(max))
    }))
}

/// An index argument (`__index__` allowed), as CPython's Py_ssize_t conversion.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.index_to_i64(v, "index")
}

/// A slice-style bound: ints and `__index__`, clamped to the i64 range.
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    if let Some(b) = crate::vm::iterate::int_to_big(v) {
        return Ok(b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }));
    }
    if vm.lookup_special(v, "__index__").is_some() {
        let b = crate::vm::ops::index_of(vm, v)?;
        return Ok(b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }));
    }
    Err(type_error("slice indices must be integers or have an __index__ method"))
}

/// A subscript: must be an int or have `__index__` (no slices).
fn item_index(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    if let Some(i) = key.as_small_int() {
        return Ok(i);
    }
    if vm.is_int(key) || vm.lookup_special(key, "__index__").is_some() {
        let b = crate::vm::ops::index_of(vm, key)?;
        return b.to_i64().ok_or_else(|| index_error(format!("cannot fit '{}' into an index-sized integer", vm.type_name(key))));
    }
    Err(type_error(format!("sequence index must be integer, not '{}'", vm.type_name(key))))
}

/// `i` made non-negative against `len`, if in range.
fn norm(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (j >= 0 && (j as usize) < len).then_some(j as usize)
}

fn dq_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos().first() else { return Err(type_error("deque.__new__(): not enough arguments")) };
    let _ = vm;
    crate::types::list::new_instance(cls, &deque_type(), StateData::new(Deque::default()))
}

/// Parses `maxlen` (None or a non-negative int, no `__index__`).
fn parse_maxlen(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    let Some(v) = v.filter(|v| !vm.is_none(v)) else { return Ok(None) };
    let Some(b) = crate::vm::iterate::int_to_big(v) else { return Err(type_error("an integer is required")) };
    let i = b.to_i64().ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
    if i < 0 {
        return Err(value_error("maxlen must be non-negative"));
    }
    Ok(Some(i as usize))
}

fn dq_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let Some(me) = p.first() else { return Err(type_error("deque.__init__(): not enough arguments")) };
    if p.len() > 3 {
        return Err(type_error(format!("deque() takes at most 2 arguments ({} given)", p.len() - 1)));
    }
    let mut slots: [Option<Value>; 2] = [p.get(1).cloned(), p.get(2).cloned()];
    for (k, v) in args.kwargs() {
        let i = match k {
            "iterable" => 0,
            "maxlen" => 1,
            _ => return Err(type_error(format!("'{k}' is an invalid keyword argument for deque()"))),
        };
        if slots[i].is_some() {
            return Err(type_error(format!("argument for deque() given by name ('{k}') and position ({})", i + 1)));
        }
        slots[i] = Some(v.clone());
    }
    let maxlen = parse_maxlen(vm, slots[1].as_ref())?;
    let old = with_dq(vm, me, "__init__", |d| {
        let old = if d.items.is_empty() {
            VecDeque::new()
        } else {
            d.state = d.state.wrapping_add(1);
            std::mem::take(&mut d.items)
        };
        d.maxlen = maxlen;
        old
    })?;
    drop(old);
    if let Some(it) = &slots[0] {
        extend_impl(vm, me, it, false)?;
    }
    Ok(vm.none())
}

/// `extend` / `extendleft`: items of `iterable` appended on one side.
pub fn extend_impl(vm: &mut Vm, me: &Value, iterable: &Value, left: bool) -> PyResult<()> {
    let what = if left { "extendleft" } else { "extend" };
    let r = t();
    let snap = if iterable.is(me) {
        Some(snapshot(vm, me)?)
    } else if crate::vm::iterate::is_exact(iterable, &r.list) || crate::vm::iterate::is_exact(iterable, &r.tuple) {
        Some(vm.collect(iterable)?)
    } else {
        None
    };
    let bounded_zero = with_dq(vm, me, what, |d| d.maxlen == Some(0))?;
    if let Some(items) = snap {
        if bounded_zero {
            return Ok(());
        }
        let dropped = with_dq(vm, me, what, |d| {
            let mut dropped = Vec::new();
            for v in items {
                let x = if left { d.push_front(v) } else { d.push_back(v) };
                dropped.extend(x);
            }
            dropped
        })?;
        drop(dropped);
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        if bounded_zero {
            continue;
        }
        let dropped = with_dq(vm, me, what, |d| if left { d.push_front(v) } else { d.push_back(v) })?;
        drop(dropped);
    }
    Ok(())
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.append", 1)?;
    let dropped = with_dq(vm, &p[0], "append", |d| d.push_back(p[1].clone()))?;
    drop(dropped);
    Ok(vm.none())
}

fn appendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.appendleft", 1)?;
    let dropped = with_dq(vm, &p[0], "appendleft", |d| d.push_front(p[1].clone()))?;
    drop(dropped);
    Ok(vm.none())
}

fn pop_side(vm: &mut Vm, args: Args, left: bool) -> PyResult<Value> {
    let (qual, what) = if left { ("deque.popleft", "popleft") } else { ("deque.pop", "pop") };
    let p = exact(&args, qual, 0)?;
    let v = with_dq(vm, &p[0], what, |d| {
        let v = if left { d.items.pop_front() } else { d.items.pop_back() };
        if v.is_some() {
            d.state = d.state.wrapping_add(1);
        }
        v
    })?;
    v.ok_or_else(|| index_error("pop from an empty deque"))
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop_side(vm, args, false)
}

fn popleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pop_side(vm, args, true)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.extend", 1)?;
    extend_impl(vm, &p[0], &p[1], false)?;
    Ok(vm.none())
}

fn extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.extendleft", 1)?;
    extend_impl(vm, &p[0], &p[1], true)?;
    Ok(vm.none())
}

fn rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = clinic(&args, "deque.rotate", 0, 1)?;
    let n = match p.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    with_dq(vm, &p[0], "rotate", |d| {
        let len = d.items.len();
        if len > 1 {
            d.state = d.state.wrapping_add(1);
            let k = n.rem_euclid(len as i64) as usize;
            d.items.rotate_right(k);
        }
    })?;
    Ok(vm.none())
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.clear", 0)?;
    let old = with_dq(vm, &p[0], "clear", |d| {
        if d.items.is_empty() {
            return VecDeque::new();
        }
        d.state = d.state.wrapping_add(1);
        std::mem::take(&mut d.items)
    })?;
    drop(old);
    Ok(vm.none())
}

/// `deque.copy()`: same class, items and maxlen.
pub fn copy_of(vm: &mut Vm, me: &Value) -> PyResult<Value> {
    let (items, maxlen) = with_dq(vm, me, "copy", |d| (d.items.clone(), d.maxlen))?;
    let cls = vm.type_of(me);
    if cls.is(&deque_type()) {
        return Ok(alloc(&cls, StateData::new(Deque { items, maxlen, state: 0 }), None));
    }
    drop(items);
    let made = match maxlen {
        None => vm.call(&cls, std::slice::from_ref(me))?,
        Some(m) => {
            let mv = vm.int(m as i64);
            vm.call(&cls, &[me.clone(), mv])?
        }
    };
    if !is_deque(&made) {
        return Err(type_error(format!("{}() must return a deque, not {}", vm.type_name(me), vm.type_name(&made))));
    }
    Ok(made)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.copy", 0)?;
    copy_of(vm, &p[0])
}

fn dunder_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.__copy__", 0)?;
    copy_of(vm, &p[0])
}

/// Item `i` and the deque's state, or None past the end.
fn item_at(vm: &Vm, me: &Value, i: usize) -> PyResult<Option<(Value, u64)>> {
    with_dq(vm, me, "__getitem__", |d| d.items.get(i).map(|v| (v.clone(), d.state)))
}

/// Compares `x` with items `start..stop` (clamped to the length) in order
/// and returns the first equal index; raises if the deque changes meanwhile.
fn find(vm: &mut Vm, me: &Value, x: &Value, start: usize, stop: usize, mutated: fn() -> crate::error::PyErr) -> PyResult<Option<usize>> {
    let state = with_dq(vm, me, "index", |d| d.state)?;
    let mut i = start;
    while i < stop {
        let Some((item, _)) = item_at(vm, me, i)? else { break };
        let eq = item.is(x) || vm.eq_bool(&item, x)?;
        if with_dq(vm, me, "index", |d| d.state)? != state {
            return Err(mutated());
        }
        if eq {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn mutated_rt() -> crate::error::PyErr {
    runtime_error("deque mutated during iteration")
}

fn mutated_ix() -> crate::error::PyErr {
    index_error("deque mutated during iteration")
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.count", 1)?;
    let (me, x) = (&p[0], &p[1]);
    let (n, state) = with_dq(vm, me, "count", |d| (d.items.len(), d.state))?;
    let mut c = 0i64;
    for i in 0..n {
        let Some((item, _)) = item_at(vm, me, i)? else { break };
        if item.is(x) || vm.eq_bool(&item, x)? {
            c += 1;
        }
        if with_dq(vm, me, "count", |d| d.state)? != state {
            return Err(mutated_rt());
        }
    }
    Ok(vm.int(c))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.__contains__", 1)?;
    let n = with_dq(vm, &p[0], "__contains__", |d| d.items.len())?;
    let found = find(vm, &p[0], &p[1], 0, n, mutated_rt)?;
    Ok(vm.bool(found.is_some()))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if args.has_kwargs() {
        return Err(type_error("index() takes no keyword arguments"));
    }
    if p.len() < 2 {
        return Err(type_error(format!("index() takes at least 1 argument ({} given)", p.len().saturating_sub(1))));
    }
    if p.len() > 4 {
        return Err(type_error(format!("index() takes at most 3 arguments ({} given)", p.len() - 1)));
    }
    let mut start = match p.get(2) {
        Some(v) => slice_bound(vm, v)?,
        None => 0,
    };
    let mut stop = match p.get(3) {
        Some(v) => slice_bound(vm, v)?,
        None => i64::MAX,
    };
    let n = with_dq(vm, &p[0], "index", |d| d.items.len())? as i64;
    if start < 0 {
        start = (start.saturating_add(n)).max(0);
    }
    if stop < 0 {
        stop = (stop.saturating_add(n)).max(0);
    }
    stop = stop.min(n);
    start = start.min(stop);
    match find(vm, &p[0], &p[1], start as usize, stop as usize, mutated_rt)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => {
            let r = vm.repr_string(&p[1])?;
            Err(value_error(format!("{r} is not in deque")))
        }
    }
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = clinic(&args, "insert", 2, 2)?;
    let i = ssize_arg(vm, &p[1])?;
    let full = with_dq(vm, &p[0], "insert", |d| {
        let n = d.items.len();
        if d.maxlen.is_some_and(|m| n >= m) {
            return true;
        }
        let j = if i < 0 { (i + n as i64).max(0) as usize } else { (i as u64).min(n as u64) as usize };
        d.state = d.state.wrapping_add(1);
        d.items.insert(j, p[2].clone());
        false
    })?;
    if full {
        return Err(index_error("deque already at its maximum size"));
    }
    Ok(vm.none())
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.remove", 1)?;
    let n = with_dq(vm, &p[0], "remove", |d| d.items.len())?;
    match find(vm, &p[0], &p[1], 0, n, mutated_ix)? {
        Some(i) => {
            let old = with_dq(vm, &p[0], "remove", |d| {
                d.state = d.state.wrapping_add(1);
                d.items.remove(i)
            })?;
            drop(old);
            Ok(vm.none())
        }
        None => {
            let r = vm.repr_string(&p[1])?;
            Err(value_error(format!("{r} is not in deque")))
        }
    }
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.reverse", 0)?;
    with_dq(vm, &p[0], "reverse", |d| d.items.make_contiguous().reverse())?;
    Ok(vm.none())
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.__len__", 0)?;
    let n = with_dq(vm, &p[0], "__len__", |d| d.items.len())?;
    Ok(vm.int(n as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.__getitem__", 1)?;
    let i = item_index(vm, &p[1])?;
    let v = with_dq(vm, &p[0], "__getitem__", |d| norm(i, d.items.len()).map(|j| d.items[j].clone()))?;
    v.ok_or_else(|| index_error("deque index out of range"))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = clinic(&args, "deque.__setitem__", 2, 2)?;
    let i = item_index(vm, &p[1])?;
    let old = with_dq(vm, &p[0], "__setitem__", |d| norm(i, d.items.len()).map(|j| std::mem::replace(&mut d.items[j], p[2].clone())))?;
    match old {
        Some(o) => {
            drop(o);
            Ok(vm.none())
        }
        None => Err(index_error("deque index out of range")),
    }
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.__delitem__", 1)?;
    let i = item_index(vm, &p[1])?;
    let old = with_dq(vm, &p[0], "__delitem__", |d| {
        let j = norm(i, d.items.len())?;
        d.state = d.state.wrapping_add(1);
        d.items.remove(j)
    })?;
    match old {
        Some(o) => {
            drop(o);
            Ok(vm.none())
        }
        None => Err(index_error("deque index out of range")),
    }
}

fn maxlen_get(vm: &mut Vm, me: &Value) -> PyResult<Value> {
    let m = with_dq(vm, me, "maxlen", |d| d.maxlen)?;
    Ok(match m {
        Some(m) => vm.int(m as i64),
        None => vm.none(),
    })
}

fn sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = exact(&args, "deque.__sizeof__", 0)?;
    let cap = with_dq(vm, &p[0], "__sizeof__", |d| d.items.capacity())?;
    Ok(vm.int((std::mem::size_of::<Deque>() + cap * std::mem::size_of::<Value>() + 32) as i64))
}

const DOC: &str = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.";

fn install() {
    let ty = new_builtin_subtype::<StateData>("deque", "collections.deque", "collections", &t().object, tflags::BASETYPE);
    add_method(&ty, "__new__", dq_new, BuiltinKind::StaticMethod);
    let m = BuiltinKind::Method;
    for (name, f) in [
        ("__init__", dq_init as NativeFn),
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("rotate", rotate),
        ("clear", clear),
        ("copy", copy),
        ("__copy__", dunder_copy),
        ("count", count),
        ("index", index),
        ("insert", insert),
        ("remove", remove),
        ("reverse", reverse),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__sizeof__", sizeof),
    ] {
        add_method(&ty, name, f, m);
    }
    add_getset(&ty, "maxlen", maxlen_get, None);
    set_type_attr(&ty, "__hash__", t().none.clone());
    set_type_attr(&ty, "__doc__", crate::object::str::intern(DOC));
    more::install(&ty);
}
