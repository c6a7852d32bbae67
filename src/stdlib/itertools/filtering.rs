//! Iterators that select items of their input: `compress`, `dropwhile`,
//! `takewhile`, `filterfalse` and `islice` (with CPython's argument rules
//! and exactly its consumption of the source), with CPython's
//! `__reduce__`/`__setstate__` (so `copy.copy`/`deepcopy` work).

use super::{bind, cls_of, it_state, new_iter_type, new_obj, positional, st, ItIter, KwStyle};
use crate::error::PyResult;
use crate::object::exception::value_error;
use crate::object::*;
use crate::vm::Vm;

/// `compress`: the data and the selectors.
struct Compress {
    data: Value,
    sel: Value,
}
it_state!(Compress; data, sel);

impl ItIter for Compress {
    const TYPE: &'static str = "itertools.compress";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let (data, sel) = st(vm, this, |s: &mut Compress| (s.data.clone(), s.sel.clone()))?;
        loop {
            let Some(d) = vm.next(&data)? else { return Ok(None) };
            let Some(s) = vm.next(&sel)? else { return Ok(None) };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        }
    }
}

fn compress_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = cls_of(vm, &args, "itertools.compress")?;
    let p = bind(&args, "compress", &["data", "selectors"], 2, 2, KwStyle::Clinic)?;
    let data = vm.iter(p[0].as_ref().expect("required"))?;
    let sel = vm.iter(p[1].as_ref().expect("required"))?;
    Ok(new_obj(&cls, Compress { data, sel }))
}

/// `dropwhile`: predicate, source, and whether dropping has ended.
struct Dropwhile {
    func: Value,
    it: Value,
    started: bool,
}
it_state!(Dropwhile; func, it);

impl ItIter for Dropwhile {
    const TYPE: &'static str = "itertools.dropwhile";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let (func, it, started) = st(vm, this, |s: &mut Dropwhile| (s.func.clone(), s.it.clone(), s.started))?;
        loop {
            let Some(v) = vm.next(&it)? else { return Ok(None) };
            if started {
                return Ok(Some(v));
            }
            let good = vm.call(&func, std::slice::from_ref(&v))?;
            if !vm.truthy(&good)? {
                st(vm, this, |s: &mut Dropwhile| s.started = true)?;
                return Ok(Some(v));
            }
        }
    }
}

/// `takewhile`: predicate, source, and whether taking has ended.
struct Takewhile {
    func: Value,
    it: Value,
    stopped: bool,
}
it_state!(Takewhile; func, it);

impl ItIter for Takewhile {
    const TYPE: &'static str = "itertools.takewhile";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let (func, it, stopped) = st(vm, this, |s: &mut Takewhile| (s.func.clone(), s.it.clone(), s.stopped))?;
        if stopped {
            return Ok(None);
        }
        let Some(v) = vm.next(&it)? else { return Ok(None) };
        let good = vm.call(&func, std::slice::from_ref(&v))?;
        if vm.truthy(&good)? {
            return Ok(Some(v));
        }
        st(vm, this, |s: &mut Takewhile| s.stopped = true)?;
        Ok(None)
    }
}

/// `filterfalse`: predicate (None or `bool`: the item's truth) and source.
struct Filterfalse {
    func: Value,
    it: Value,
}
it_state!(Filterfalse; func, it);

impl ItIter for Filterfalse {
    const TYPE: &'static str = "itertools.filterfalse";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let (func, it) = st(vm, this, |s: &mut Filterfalse| (s.func.clone(), s.it.clone()))?;
        let plain = vm.is_none(&func) || func.is(&t().bool_);
        loop {
            let Some(v) = vm.next(&it)? else { return Ok(None) };
            let ok = if plain {
                vm.truthy(&v)?
            } else {
                let good = vm.call(&func, std::slice::from_ref(&v))?;
                vm.truthy(&good)?
            };
            if !ok {
                return Ok(Some(v));
            }
        }
    }
}

/// The predicate-and-iterable types share their constructor shape.
fn pred_args(vm: &mut Vm, args: &Args, key: &str, name: &str) -> PyResult<(Value, Value, Value)> {
    let (cls, exact) = cls_of(vm, args, key)?;
    let p = positional(args, exact, name, 2, 2)?;
    let it = vm.iter(&p[1])?;
    Ok((cls, p[0].clone(), it))
}

fn dropwhile_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, func, it) = pred_args(vm, &args, "itertools.dropwhile", "dropwhile")?;
    Ok(new_obj(&cls, Dropwhile { func, it, started: false }))
}

fn takewhile_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, func, it) = pred_args(vm, &args, "itertools.takewhile", "takewhile")?;
    Ok(new_obj(&cls, Takewhile { func, it, stopped: false }))
}

fn filterfalse_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, func, it) = pred_args(vm, &args, "itertools.filterfalse", "filterfalse")?;
    Ok(new_obj(&cls, Filterfalse { func, it }))
}

/// `islice`: the source (None once done), the index of the next item to
/// produce, stop (-1: none), step, and how many items were consumed.
struct Islice {
    it: Option<Value>,
    next: i64,
    stop: i64,
    step: i64,
    cnt: i64,
}
it_state!(Islice; it);

impl ItIter for Islice {
    const TYPE: &'static str = "itertools.islice";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let (it, mut next, stop, step, mut cnt) = st(vm, this, |s: &mut Islice| (s.it.clone(), s.next, s.stop, s.step, s.cnt))?;
        let Some(it) = it else { return Ok(None) };
        let item = loop {
            if cnt >= next && stop != -1 && cnt >= stop {
                break Ok(None);
            }
            let r = vm.next(&it);
            if !matches!(r, Ok(Some(_))) {
                break r;
            }
            cnt += 1;
            if cnt > next {
                break r;
            }
        };
        match item {
            Ok(Some(v)) => {
                let old = next;
                next = next.wrapping_add(step);
                if next < old || (stop != -1 && next > stop) {
                    next = stop;
                }
                st(vm, this, |s: &mut Islice| (s.cnt = cnt, s.next = next))?;
                Ok(Some(v))
            }
            r => {
                st(vm, this, |s: &mut Islice| (s.cnt = cnt, s.it = None))?;
                r
            }
        }
    }
}

/// `PyNumber_AsSsize_t` with every failure (not an int, overflow) as -1.
fn ssize_or_neg(vm: &mut Vm, v: &Value) -> i64 {
    vm.index_to_i64(v, "islice").unwrap_or(-1)
}

const STOP_MSG: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

fn islice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, exact) = cls_of(vm, &args, "itertools.islice")?;
    let p = positional(&args, exact, "islice", 2, 4)?;
    let (mut start, mut stop, mut step) = (0, -1, 1);
    if p.len() == 2 {
        if !vm.is_none(&p[1]) {
            stop = ssize_or_neg(vm, &p[1]);
            if stop == -1 {
                return Err(value_error(STOP_MSG));
            }
        }
    } else {
        if !vm.is_none(&p[1]) {
            start = ssize_or_neg(vm, &p[1]);
        }
        if !vm.is_none(&p[2]) {
            stop = ssize_or_neg(vm, &p[2]);
            if stop == -1 {
                return Err(value_error(STOP_MSG));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."));
    }
    if let Some(s) = p.get(3) {
        if !vm.is_none(s) {
            step = ssize_or_neg(vm, s);
        }
    }
    if step < 1 {
        return Err(value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.iter(&p[0])?;
    Ok(new_obj(&cls, Islice { it: Some(it), next: start, stop, step, cnt: 0 }))
}

/// Creates the types of this file.
pub(super) fn install() {
    use crate::object::registry::add_method;
    let c = new_iter_type::<Compress>("compress", true, compress_new);
    add_method(&c, "__reduce__", compress_reduce, BuiltinKind::Method);
    let d = new_iter_type::<Dropwhile>("dropwhile", true, dropwhile_new);
    add_method(&d, "__reduce__", dropwhile_reduce, BuiltinKind::Method);
    add_method(&d, "__setstate__", dropwhile_setstate, BuiltinKind::Method);
    let tw = new_iter_type::<Takewhile>("takewhile", true, takewhile_new);
    add_method(&tw, "__reduce__", takewhile_reduce, BuiltinKind::Method);
    add_method(&tw, "__setstate__", takewhile_setstate, BuiltinKind::Method);
    let f = new_iter_type::<Filterfalse>("filterfalse", true, filterfalse_new);
    add_method(&f, "__reduce__", filterfalse_reduce, BuiltinKind::Method);
    let i = new_iter_type::<Islice>("islice", true, islice_new);
    add_method(&i, "__reduce__", islice_reduce, BuiltinKind::Method);
    add_method(&i, "__setstate__", islice_setstate, BuiltinKind::Method);
}

// ----- pickling and copying (`__reduce__`/`__setstate__`, as CPython 3.11) -----

/// `(type(this), args)` or `(type(this), args, state)`.
pub(super) fn reduce_value(vm: &mut Vm, this: &Value, args: Vec<Value>, state: Option<Value>) -> Value {
    let mut parts = vec![vm.type_of(this), vm.tuple(args)];
    parts.extend(state);
    vm.tuple(parts)
}

fn compress_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Compress>(vm, &p[0], "__reduce__")?;
    let (data, sel) = st(vm, &p[0], |s: &mut Compress| (s.data.clone(), s.sel.clone()))?;
    Ok(reduce_value(vm, &p[0], vec![data, sel], None))
}

fn dropwhile_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Dropwhile>(vm, &p[0], "__reduce__")?;
    let (func, it, started) = st(vm, &p[0], |s: &mut Dropwhile| (s.func.clone(), s.it.clone(), s.started))?;
    let flag = vm.int(started as i64);
    Ok(reduce_value(vm, &p[0], vec![func, it], Some(flag)))
}

fn dropwhile_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    super::check_self::<Dropwhile>(vm, &p[0], "__setstate__")?;
    let on = vm.truthy(&p[1])?;
    st(vm, &p[0], |s: &mut Dropwhile| s.started = on)?;
    Ok(vm.none())
}

fn takewhile_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Takewhile>(vm, &p[0], "__reduce__")?;
    let (func, it, stopped) = st(vm, &p[0], |s: &mut Takewhile| (s.func.clone(), s.it.clone(), s.stopped))?;
    let flag = vm.int(stopped as i64);
    Ok(reduce_value(vm, &p[0], vec![func, it], Some(flag)))
}

fn takewhile_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    super::check_self::<Takewhile>(vm, &p[0], "__setstate__")?;
    let on = vm.truthy(&p[1])?;
    st(vm, &p[0], |s: &mut Takewhile| s.stopped = on)?;
    Ok(vm.none())
}

fn filterfalse_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Filterfalse>(vm, &p[0], "__reduce__")?;
    let (func, it) = st(vm, &p[0], |s: &mut Filterfalse| (s.func.clone(), s.it.clone()))?;
    Ok(reduce_value(vm, &p[0], vec![func, it], None))
}

fn islice_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Islice>(vm, &p[0], "__reduce__")?;
    let (it, next, stop, step, cnt) = st(vm, &p[0], |s: &mut Islice| (s.it.clone(), s.next, s.stop, s.step, s.cnt))?;
    let zero = vm.int(0);
    let Some(it) = it else {
        // Exhausted: a fresh islice over nothing.
        let empty = vm.list(Vec::new());
        let none_left = vm.iter(&empty)?;
        return Ok(reduce_value(vm, &p[0], vec![none_left, zero.clone()], Some(zero)));
    };
    let stop = if stop == -1 { vm.none() } else { vm.int(stop) };
    let a = vec![it, vm.int(next), stop, vm.int(step)];
    let c = vm.int(cnt);
    Ok(reduce_value(vm, &p[0], a, Some(c)))
}

fn islice_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    super::check_self::<Islice>(vm, &p[0], "__setstate__")?;
    let n = vm.index_to_i64(&p[1], "")?;
    st(vm, &p[0], |s: &mut Islice| s.cnt = n)?;
    Ok(vm.none())
}
