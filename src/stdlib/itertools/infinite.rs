//! The infinite iterators: `count(start, step)`, `cycle(iterable)` and
//! `repeat(object, times)`.

use super::{bind, cls_of, it_state, new_iter_type, new_obj, positional, st, ItIter, KwStyle};
use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::registry::add_method;
use crate::object::*;
use crate::vm::Vm;

/// `count`: the next value and the step (ints stay inline while they fit).
struct Count {
    cnt: Value,
    step: Value,
}
it_state!(Count; cnt, step);

impl ItIter for Count {
    const TYPE: &'static str = "itertools.count";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        // Inline ints add under one borrow; anything else goes through `+`.
        let slow = st(vm, this, |s: &mut Count| {
            if let (Some(a), Some(b)) = (s.cnt.as_small_int(), s.step.as_small_int()) {
                if let Some(n) = a.checked_add(b).filter(|_| !is_bool(&s.cnt)) {
                    return Err(std::mem::replace(&mut s.cnt, crate::object::int_value(n)));
                }
            }
            Ok((s.cnt.clone(), s.step.clone()))
        })?;
        let (cnt, step) = match slow {
            Ok(pair) => pair,
            Err(old) => return Ok(Some(old)),
        };
        let next = vm.binary_op(&cnt, &step, BinaryOp::Add, false)?;
        st(vm, this, |s: &mut Count| s.cnt = next)?;
        Ok(Some(cnt))
    }
}

fn is_bool(v: &Value) -> bool {
    let r = t();
    v.is(&r.true_) || v.is(&r.false_)
}

/// Whether `v` counts as a number for `count()` (CPython's `PyNumber_Check`).
fn is_number(vm: &mut Vm, v: &Value) -> bool {
    if vm.is_int(v) || vm.is_float(v) || v.downcast::<ComplexData>().is_some() {
        return true;
    }
    ["__index__", "__int__", "__float__"].iter().any(|m| vm.lookup_special(v, m).is_some())
}

/// An int (or bool) equal to 1.
fn is_int_one(vm: &Vm, v: &Value) -> bool {
    vm.is_int(v) && crate::vm::iterate::int_to_big(v).is_some_and(|b| b == 1.into())
}

fn count_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = cls_of(vm, &args, "itertools.count")?;
    let p = bind(&args, "count", &["start", "step"], 0, 2, KwStyle::Old)?;
    for v in p.iter().flatten() {
        if !is_number(vm, v) {
            return Err(type_error("a number is required"));
        }
    }
    let mut start = p[0].clone().unwrap_or_else(|| vm.int(0));
    let step = p[1].clone().unwrap_or_else(|| vm.int(1));
    // CPython's fast mode: an int start with step 1 counts in plain ints.
    if is_int_one(vm, &step) && is_bool(&start) {
        start = vm.int(i64::from(start.is(&t().true_)));
    }
    let step = if is_int_one(vm, &step) { vm.int(1) } else { step };
    Ok(new_obj(&cls, Count { cnt: start, step }))
}

/// `(type, (cnt,))`, or `(type, (cnt, step))` when the step is not 1.
fn count_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Count>(vm, &p[0], "__reduce__")?;
    let (cnt, step) = st(vm, &p[0], |s: &mut Count| (s.cnt.clone(), s.step.clone()))?;
    let a = if is_int_one(vm, &step) { vec![cnt] } else { vec![cnt, step] };
    let a = vm.tuple(a);
    Ok(vm.tuple(vec![vm.type_of(&p[0]), a]))
}

fn count_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__repr__").positional(1, 1)?;
    super::check_self::<Count>(vm, &p[0], "__repr__")?;
    let (cnt, step) = st(vm, &p[0], |s: &mut Count| (s.cnt.clone(), s.step.clone()))?;
    let name = vm.type_name(&p[0]).to_string();
    let c = vm.repr_string(&cnt)?;
    let s = if vm.is_int(&step) && is_int_one(vm, &step) {
        format!("{name}({c})")
    } else {
        let sr = vm.repr_string(&step)?;
        format!("{name}({c}, {sr})")
    };
    Ok(vm.str(s))
}

/// `cycle`: the source (until exhausted), the saved items, the replay index.
struct Cycle {
    it: Option<Value>,
    /// A Python list, shared with copies made through `__reduce__` (as in CPython).
    saved: Value,
    index: usize,
    /// Restored by `__setstate__` with the items already saved: the rest
    /// of the source is not saved again.
    firstpass: bool,
}
it_state!(Cycle; it, saved);

impl ItIter for Cycle {
    const TYPE: &'static str = "itertools.cycle";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        // Replaying needs one borrow; the first pass pulls from the source.
        let replay = |s: &mut Cycle| {
            let list = s.saved.downcast::<ListData>()?;
            let items = list.0.borrow();
            if items.is_empty() {
                return None;
            }
            let i = s.index.min(items.len() - 1);
            let v = items[i].clone();
            s.index = (i + 1) % items.len();
            Some(v)
        };
        let pull = st(vm, this, |s: &mut Cycle| match &s.it {
            Some(it) => Ok(it.clone()),
            None => Err(replay(s)),
        })?;
        let it = match pull {
            Ok(it) => it,
            Err(item) => return Ok(item),
        };
        match vm.next(&it)? {
            Some(v) => {
                st(vm, this, |s: &mut Cycle| {
                    if let (false, Some(list)) = (s.firstpass, s.saved.downcast::<ListData>()) {
                        list.0.borrow_mut().push(v.clone())
                    }
                })?;
                Ok(Some(v))
            }
            None => st(vm, this, |s: &mut Cycle| {
                s.it = None;
                replay(s)
            }),
        }
    }
}

fn cycle_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, exact) = cls_of(vm, &args, "itertools.cycle")?;
    let p = positional(&args, exact, "cycle", 1, 1)?;
    let it = vm.iter(&p[0])?;
    let saved = vm.list(Vec::new());
    Ok(new_obj(&cls, Cycle { it: Some(it), saved, index: 0, firstpass: false }))
}

fn cycle_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Cycle>(vm, &p[0], "__reduce__")?;
    let (it, saved, index, firstpass) = st(vm, &p[0], |s: &mut Cycle| (s.it.clone(), s.saved.clone(), s.index, s.firstpass))?;
    let saved_list = saved.clone();
    let (it, firstpass) = match it {
        Some(it) => (it, firstpass),
        None => {
            // Replaying: a fresh iterator over the saved items, at the replay position.
            let it = vm.iter(&saved)?;
            if index != 0 {
                let set = vm.getattr_str(&it, "__setstate__")?;
                let i = vm.int(index as i64);
                vm.call(&set, &[i])?;
            }
            (it, true)
        }
    };
    let state = vm.tuple(vec![saved_list, vm.bool(firstpass)]);
    let a = vm.tuple(vec![it]);
    Ok(vm.tuple(vec![vm.type_of(&p[0]), a, state]))
}

fn cycle_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    super::check_self::<Cycle>(vm, &p[0], "__setstate__")?;
    let Some(items) = p[1].downcast::<TupleData>().map(|t| t.0.to_vec()) else {
        return Err(crate::object::exception::type_error("state is not a tuple"));
    };
    if items.len() != 2 {
        return Err(crate::object::exception::type_error(format!("function takes exactly 2 arguments ({} given)", items.len())));
    }
    if items[0].downcast::<ListData>().is_none() {
        return Err(crate::object::exception::type_error(format!("argument 1 must be list, not {}", vm.type_name(&items[0]))));
    };
    let saved = items[0].clone();
    let firstpass = vm.index_to_i64(&items[1], "")? != 0;
    st(vm, &p[0], |s: &mut Cycle| {
        s.saved = saved;
        s.firstpass = firstpass;
        s.index = 0;
    })?;
    Ok(vm.none())
}

/// `repeat`: the object and the remaining count (-1: forever).
struct Repeat {
    elem: Value,
    cnt: i64,
}
it_state!(Repeat; elem);

impl ItIter for Repeat {
    const TYPE: &'static str = "itertools.repeat";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        st(vm, this, |s: &mut Repeat| {
            if s.cnt == 0 {
                return None;
            }
            if s.cnt > 0 {
                s.cnt -= 1;
            }
            Some(s.elem.clone())
        })
    }
}

fn repeat_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = cls_of(vm, &args, "itertools.repeat")?;
    let p = bind(&args, "repeat", &["object", "times"], 1, 2, KwStyle::Old)?;
    let cnt = match &p[1] {
        Some(n) => vm.index_to_i64(n, "times")?.max(0),
        None => -1,
    };
    Ok(new_obj(&cls, Repeat { elem: p[0].clone().expect("required"), cnt }))
}

fn repeat_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__repr__").positional(1, 1)?;
    super::check_self::<Repeat>(vm, &p[0], "__repr__")?;
    let (elem, cnt) = st(vm, &p[0], |s: &mut Repeat| (s.elem.clone(), s.cnt))?;
    let name = vm.type_name(&p[0]).to_string();
    let e = vm.repr_string(&elem)?;
    let s = if cnt < 0 { format!("{name}({e})") } else { format!("{name}({e}, {cnt})") };
    Ok(vm.str(s))
}

/// `(type, (object,))`, or `(type, (object, remaining))` when bounded.
fn repeat_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Repeat>(vm, &p[0], "__reduce__")?;
    let (elem, cnt) = st(vm, &p[0], |s: &mut Repeat| (s.elem.clone(), s.cnt))?;
    let a = if cnt < 0 { vec![elem] } else { vec![elem, vm.int(cnt)] };
    let a = vm.tuple(a);
    Ok(vm.tuple(vec![vm.type_of(&p[0]), a]))
}

fn repeat_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__length_hint__").positional(1, 1)?;
    super::check_self::<Repeat>(vm, &p[0], "__length_hint__")?;
    let cnt = st(vm, &p[0], |s: &mut Repeat| s.cnt)?;
    if cnt < 0 {
        return Err(type_error("len() of unsized object"));
    }
    Ok(vm.int(cnt))
}

/// Creates the types of this file.
pub(super) fn install() {
    let c = new_iter_type::<Count>("count", true, count_new);
    add_method(&c, "__repr__", count_repr, BuiltinKind::Method);
    add_method(&c, "__reduce__", count_reduce, BuiltinKind::Method);
    let cy = new_iter_type::<Cycle>("cycle", true, cycle_new);
    add_method(&cy, "__reduce__", cycle_reduce, BuiltinKind::Method);
    add_method(&cy, "__setstate__", cycle_setstate, BuiltinKind::Method);
    let r = new_iter_type::<Repeat>("repeat", true, repeat_new);
    add_method(&r, "__repr__", repeat_repr, BuiltinKind::Method);
    add_method(&r, "__length_hint__", repeat_length_hint, BuiltinKind::Method);
    add_method(&r, "__reduce__", repeat_reduce, BuiltinKind::Method);
}
