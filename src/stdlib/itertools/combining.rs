//! Iterators that combine or transform their inputs: `chain` (and
//! `chain.from_iterable`), `accumulate`, `pairwise`, `starmap` and
//! `zip_longest`.

use super::{bind, cls_of, it_state, new_iter_type, new_obj, positional, seq_items, st, ItIter, KwStyle};
use crate::bytecode::BinaryOp;
use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::registry::add_method;
use crate::object::*;
use crate::vm::Vm;

/// `chain`: the iterator over the iterables, and the active one.
struct Chain {
    source: Option<Value>,
    active: Option<Value>,
}
it_state!(Chain; source, active);

impl ItIter for Chain {
    const TYPE: &'static str = "itertools.chain";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let (mut source, mut active) = st(vm, this, |s: &mut Chain| (s.source.clone(), s.active.clone()))?;
        while let Some(src) = source.clone() {
            let it = match active.clone() {
                Some(a) => a,
                None => {
                    let got = vm.next(&src).and_then(|o| o.map(|v| vm.iter(&v)).transpose());
                    match got {
                        Ok(Some(it)) => {
                            st(vm, this, |s: &mut Chain| s.active = Some(it.clone()))?;
                            it
                        }
                        other => {
                            st(vm, this, |s: &mut Chain| s.source = None)?;
                            return other.map(|_| None);
                        }
                    }
                }
            };
            if let Some(v) = vm.next(&it)? {
                return Ok(Some(v));
            }
            st(vm, this, |s: &mut Chain| s.active = None)?;
            active = None;
            source = st(vm, this, |s: &mut Chain| s.source.clone())?;
        }
        Ok(None)
    }
}

fn chain_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, exact) = cls_of(vm, &args, "itertools.chain")?;
    if exact && args.has_kwargs() {
        return Err(type_error("chain() takes no keyword arguments"));
    }
    let items = vm.tuple(args.pos()[1..].to_vec());
    let source = vm.iter(&items)?;
    Ok(new_obj(&cls, Chain { source: Some(source), active: None }))
}

fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("chain.from_iterable").positional(2, 2).map_err(|_| {
        type_error(format!("chain.from_iterable() takes exactly one argument ({} given)", args.all.len().saturating_sub(1)))
    })?;
    let source = vm.iter(&p[1])?;
    Ok(new_obj(&p[0], Chain { source: Some(source), active: None }))
}

/// `accumulate`: the source, the function (None: `+`), the running total
/// and the initial value not yet produced.
struct Accumulate {
    it: Value,
    func: Option<Value>,
    total: Option<Value>,
    initial: Option<Value>,
}
it_state!(Accumulate; it, func, total, initial);

impl ItIter for Accumulate {
    const TYPE: &'static str = "itertools.accumulate";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let (it, func, total, initial) = st(vm, this, |s: &mut Accumulate| (s.it.clone(), s.func.clone(), s.total.clone(), s.initial.take()))?;
        if let Some(init) = initial {
            st(vm, this, |s: &mut Accumulate| s.total = Some(init.clone()))?;
            return Ok(Some(init));
        }
        let Some(v) = vm.next(&it)? else { return Ok(None) };
        let new = match (total, func) {
            (None, _) => v,
            (Some(t), None) => vm.binary_op(&t, &v, BinaryOp::Add, false)?,
            (Some(t), Some(f)) => vm.call(&f, &[t, v])?,
        };
        st(vm, this, |s: &mut Accumulate| s.total = Some(new.clone()))?;
        Ok(Some(new))
    }
}

fn accumulate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = cls_of(vm, &args, "itertools.accumulate")?;
    let p = bind(&args, "accumulate", &["iterable", "func", "initial"], 1, 2, KwStyle::Old)?;
    let it = vm.iter(p[0].as_ref().expect("required"))?;
    let func = p[1].clone().filter(|f| !vm.is_none(f));
    let initial = p[2].clone().filter(|f| !vm.is_none(f));
    Ok(new_obj(&cls, Accumulate { it, func, total: None, initial }))
}

/// `pairwise`: the source (None once exhausted) and the previous item.
struct Pairwise {
    it: Option<Value>,
    old: Option<Value>,
}
it_state!(Pairwise; it, old);

impl ItIter for Pairwise {
    const TYPE: &'static str = "itertools.pairwise";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let (it, old) = st(vm, this, |s: &mut Pairwise| (s.it.clone(), s.old.clone()))?;
        let Some(it) = it else { return Ok(None) };
        let clear = |vm: &mut Vm| st(vm, this, |s: &mut Pairwise| (s.it = None, s.old = None));
        let old = match old {
            Some(o) => o,
            None => match vm.next(&it) {
                Ok(Some(o)) => {
                    st(vm, this, |s: &mut Pairwise| s.old = Some(o.clone()))?;
                    o
                }
                r => {
                    clear(vm)?;
                    return r;
                }
            },
        };
        match vm.next(&it) {
            Ok(Some(new)) => {
                st(vm, this, |s: &mut Pairwise| s.old = Some(new.clone()))?;
                Ok(Some(vm.tuple(vec![old, new])))
            }
            r => {
                clear(vm)?;
                r
            }
        }
    }
}

fn pairwise_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, exact) = cls_of(vm, &args, "itertools.pairwise")?;
    let p = positional(&args, exact, "pairwise", 1, 1)?;
    let it = vm.iter(&p[0])?;
    Ok(new_obj(&cls, Pairwise { it: Some(it), old: None }))
}

/// `starmap`: the function and the source of argument tuples.
struct Starmap {
    func: Value,
    it: Value,
}
it_state!(Starmap; func, it);

impl ItIter for Starmap {
    const TYPE: &'static str = "itertools.starmap";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let (func, it) = st(vm, this, |s: &mut Starmap| (s.func.clone(), s.it.clone()))?;
        let Some(a) = vm.next(&it)? else { return Ok(None) };
        let items = seq_items(vm, &a)?;
        vm.call(&func, &items).map(Some)
    }
}

fn starmap_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, exact) = cls_of(vm, &args, "itertools.starmap")?;
    let p = positional(&args, exact, "starmap", 2, 2)?;
    let it = vm.iter(&p[1])?;
    Ok(new_obj(&cls, Starmap { func: p[0].clone(), it }))
}

/// `zip_longest`: the sources (None once exhausted), the fill value and the
/// number still active.
struct ZipLongest {
    its: std::rc::Rc<Vec<Option<Value>>>,
    fill: Value,
    active: usize,
}
it_state!(ZipLongest; its, fill);

impl ItIter for ZipLongest {
    const TYPE: &'static str = "itertools.zip_longest";
    fn next(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        let (its, fill, active) = st(vm, this, |s: &mut ZipLongest| (s.its.clone(), s.fill.clone(), s.active))?;
        if its.is_empty() || active == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(its.len());
        for (i, it) in its.iter().enumerate() {
            let Some(it) = it else {
                out.push(fill.clone());
                continue;
            };
            match vm.next(it) {
                Ok(Some(v)) => out.push(v),
                r => {
                    let left = st(vm, this, |s: &mut ZipLongest| {
                        s.active -= 1;
                        if s.active == 0 || r.is_err() {
                            s.active = 0;
                        } else {
                            std::rc::Rc::make_mut(&mut s.its)[i] = None;
                        }
                        s.active
                    })?;
                    r?;
                    if left == 0 {
                        return Ok(None);
                    }
                    out.push(fill.clone());
                }
            }
        }
        Ok(Some(vm.tuple(out)))
    }
}

fn zip_longest_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, _) = cls_of(vm, &args, "itertools.zip_longest")?;
    let mut fill = vm.none();
    if args.has_kwargs() {
        match args.kwargs().next() {
            Some(("fillvalue", v)) if args.kwnames.len() == 1 => fill = v.clone(),
            _ => return Err(type_error("zip_longest() got an unexpected keyword argument")),
        }
    }
    let mut its = Vec::new();
    for a in &args.pos()[1..] {
        its.push(Some(vm.iter(a)?));
    }
    let active = its.len();
    Ok(new_obj(&cls, ZipLongest { its: std::rc::Rc::new(its), fill, active }))
}

/// Creates the types of this file.
pub(super) fn install() {
    let c = new_iter_type::<Chain>("chain", true, chain_new);
    add_method(&c, "from_iterable", chain_from_iterable, BuiltinKind::ClassMethod);
    add_method(&c, "__reduce__", chain_reduce, BuiltinKind::Method);
    add_method(&c, "__setstate__", chain_setstate, BuiltinKind::Method);
    // `chain[int]`: the same `__class_getitem__` (types.GenericAlias) as list's.
    let list_ns = t().list.downcast::<TypeData>().map(|td| td.dict.clone());
    if let Some(cg) = list_ns.and_then(|d| d.downcast::<DictData>().and_then(|dd| dd.get_str("__class_getitem__"))) {
        crate::object::registry::set_type_attr(&c, "__class_getitem__", cg);
    }
    let a = new_iter_type::<Accumulate>("accumulate", true, accumulate_new);
    add_method(&a, "__reduce__", accumulate_reduce, BuiltinKind::Method);
    add_method(&a, "__setstate__", accumulate_setstate, BuiltinKind::Method);
    new_iter_type::<Pairwise>("pairwise", true, pairwise_new);
    let sm = new_iter_type::<Starmap>("starmap", true, starmap_new);
    add_method(&sm, "__reduce__", starmap_reduce, BuiltinKind::Method);
    let z = new_iter_type::<ZipLongest>("zip_longest", true, zip_longest_new);
    add_method(&z, "__reduce__", zip_longest_reduce, BuiltinKind::Method);
    add_method(&z, "__setstate__", zip_longest_setstate, BuiltinKind::Method);
}

// ----- pickling and copying (`__reduce__`/`__setstate__`, as CPython 3.11) -----

fn chain_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Chain>(vm, &p[0], "__reduce__")?;
    let (source, active) = st(vm, &p[0], |s: &mut Chain| (s.source.clone(), s.active.clone()))?;
    let state = source.map(|src| {
        let mut items = vec![src];
        items.extend(active);
        vm.tuple(items)
    });
    Ok(super::filtering::reduce_value(vm, &p[0], Vec::new(), state))
}

fn chain_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    super::check_self::<Chain>(vm, &p[0], "__setstate__")?;
    let Some(items) = p[1].downcast::<TupleData>().map(|t| t.0.to_vec()) else {
        return Err(type_error("state is not a tuple"));
    };
    if items.is_empty() {
        return Err(type_error("function takes at least 1 argument (0 given)"));
    }
    if items.len() > 2 {
        return Err(type_error(format!("function takes at most 2 arguments ({} given)", items.len())));
    }
    for v in &items {
        if vm.lookup_special(v, "__next__").is_none() {
            return Err(type_error("Arguments must be iterators."));
        }
    }
    let (source, active) = (items[0].clone(), items.get(1).cloned());
    st(vm, &p[0], |s: &mut Chain| {
        s.source = Some(source);
        s.active = active;
    })?;
    Ok(vm.none())
}

fn starmap_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Starmap>(vm, &p[0], "__reduce__")?;
    let (func, it) = st(vm, &p[0], |s: &mut Starmap| (s.func.clone(), s.it.clone()))?;
    Ok(super::filtering::reduce_value(vm, &p[0], vec![func, it], None))
}

fn zip_longest_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<ZipLongest>(vm, &p[0], "__reduce__")?;
    let (its, fill) = st(vm, &p[0], |s: &mut ZipLongest| (s.its.clone(), s.fill.clone()))?;
    // An exhausted source is shown as `()`, as CPython does.
    let items = its.iter().map(|it| it.clone().unwrap_or_else(|| vm.tuple(Vec::new()))).collect();
    Ok(super::filtering::reduce_value(vm, &p[0], items, Some(fill)))
}

fn zip_longest_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    super::check_self::<ZipLongest>(vm, &p[0], "__setstate__")?;
    let fill = p[1].clone();
    st(vm, &p[0], |s: &mut ZipLongest| s.fill = fill)?;
    Ok(vm.none())
}

/// `(accumulate, (it, func), total)`. A pending `initial` is put back in
/// front of the source (`chain((initial,), it)`); a running total that is
/// `None` itself cannot be a state, so CPython (and this) reduce to
/// `islice(accumulate(chain((None,), it), func), 1, None)`.
fn accumulate_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__reduce__").positional(1, 1)?;
    super::check_self::<Accumulate>(vm, &p[0], "__reduce__")?;
    let (it, func, total, initial) = st(vm, &p[0], |s: &mut Accumulate| (s.it.clone(), s.func.clone(), s.total.clone(), s.initial.clone()))?;
    let func = func.unwrap_or_else(|| vm.none());
    let prefixed = |vm: &mut Vm, first: Value| -> PyResult<Value> {
        let head = vm.tuple(vec![first]);
        vm.call(&super::ty("itertools.chain"), &[head, it.clone()])
    };
    if let Some(init) = initial {
        let src = prefixed(vm, init)?;
        let none = vm.none();
        return Ok(super::filtering::reduce_value(vm, &p[0], vec![src, func], Some(none)));
    }
    match total {
        Some(t) if vm.is_none(&t) => {
            let src = prefixed(vm, t)?;
            let acc = vm.call(&vm.type_of(&p[0]), &[src, func])?;
            let (one, none) = (vm.int(1), vm.none());
            let args = vm.tuple(vec![acc, one, none]);
            Ok(vm.tuple(vec![super::ty("itertools.islice"), args]))
        }
        t => {
            let t = t.unwrap_or_else(|| vm.none());
            Ok(super::filtering::reduce_value(vm, &p[0], vec![it, func], Some(t)))
        }
    }
}

fn accumulate_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("__setstate__").positional(2, 2)?;
    super::check_self::<Accumulate>(vm, &p[0], "__setstate__")?;
    let total = p[1].clone();
    st(vm, &p[0], |s: &mut Accumulate| s.total = Some(total))?;
    Ok(vm.none())
}
